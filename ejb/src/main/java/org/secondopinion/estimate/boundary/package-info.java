/** The estimate boundaries: health plans and coverage, cost estimates, Good Faith Estimates, final bills. */
package org.secondopinion.estimate.boundary;
