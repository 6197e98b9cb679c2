/** Sign-in (form and HTTP Basic), session policy and request origin for the audit trail. */
package org.secondopinion.web.security;
