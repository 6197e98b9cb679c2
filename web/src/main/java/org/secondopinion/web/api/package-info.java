/** The REST API under /api: JSON resources, role checks, and errors as RFC 9457 problem details. */
package org.secondopinion.web.api;
