/** Hashing and verification of the audit chain, free of the container. */
package org.secondopinion.audit.control;
