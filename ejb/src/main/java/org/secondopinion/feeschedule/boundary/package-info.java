/** The fee schedule boundaries: importing hospital price files, listing them and looking up their prices. */
package org.secondopinion.feeschedule.boundary;
