/** The second-opinion department's pages: worklists, intake, the case, the dashboard. */
package org.secondopinion.web.referral;
