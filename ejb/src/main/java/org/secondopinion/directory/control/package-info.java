/** The independence rule (who may not review whom), with no container types. */
package org.secondopinion.directory.control;
