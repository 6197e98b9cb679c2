/** Administration pages: user accounts, the audit log and the law firms behind the walls of case files. */
package org.secondopinion.web.admin;
