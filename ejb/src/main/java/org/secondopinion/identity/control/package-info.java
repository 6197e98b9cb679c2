/** Password rules and login throttling, free of the container. */
package org.secondopinion.identity.control;
