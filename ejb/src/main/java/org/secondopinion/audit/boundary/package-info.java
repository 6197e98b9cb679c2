/** Writing, searching and verifying the audit trail. */
package org.secondopinion.audit.boundary;
