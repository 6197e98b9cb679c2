/** Practitioners, organisations, practice groups and networks, and who belongs to which. */
package org.secondopinion.directory.entity;
