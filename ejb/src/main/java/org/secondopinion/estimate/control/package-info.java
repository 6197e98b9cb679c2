/**
 * Estimate logic with no container types: the out-of-pocket calculator (plans, coverage, service lines, the
 * estimate), the comparison of options, and the Good Faith Estimate for self-pay patients (business-day
 * deadlines, the PDF, the $400 bill-dispute test), and the accuracy of estimates against final bills.
 */
package org.secondopinion.estimate.control;
