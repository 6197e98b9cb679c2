/** Start-up of the application: schema migration and the demo data set. */
package org.secondopinion.platform.boundary;
