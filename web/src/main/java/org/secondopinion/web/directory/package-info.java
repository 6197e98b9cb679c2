/** The directory pages: organisations, practice groups, networks and practitioners. */
package org.secondopinion.web.directory;
