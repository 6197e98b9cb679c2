/**
 * Billing logic with no container types: the out-of-pocket calculator (plans, coverage, service
 * lines, the estimate), the streaming reader of hospital price-transparency files, and the Good Faith
 * Estimate for self-pay patients (business-day deadlines, the PDF, the $400 bill-dispute test).
 */
package org.secondopinion.billing.control;
