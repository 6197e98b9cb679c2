/** Administration pages: user accounts and the audit log. */
package org.secondopinion.web.admin;
