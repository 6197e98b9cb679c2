/** Signing in and the administration of user accounts. */
package org.secondopinion.identity.boundary;
