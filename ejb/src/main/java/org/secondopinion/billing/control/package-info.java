/**
 * Billing logic with no container types: the out-of-pocket calculator (plans, coverage, service
 * lines, the estimate) and the streaming reader of hospital price-transparency files.
 */
package org.secondopinion.billing.control;
