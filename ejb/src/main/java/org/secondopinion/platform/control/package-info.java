/** Container-free helpers shared by components: the caller's request origin. */
package org.secondopinion.platform.control;
