/** Types every component shares: business exceptions and persistence converters. */
package org.secondopinion.platform.entity;
