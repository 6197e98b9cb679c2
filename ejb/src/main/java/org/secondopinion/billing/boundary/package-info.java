/** The billing boundaries: importing and reading fee schedules. */
package org.secondopinion.billing.boundary;
