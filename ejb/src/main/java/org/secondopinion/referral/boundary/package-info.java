/** The referral boundaries: intake, workflow, records, matching, opinions, worklists, dashboard. */
package org.secondopinion.referral.boundary;
