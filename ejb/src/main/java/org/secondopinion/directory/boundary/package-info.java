/** The directory in use: reading and maintaining practitioners and organisations. */
package org.secondopinion.directory.boundary;
