/** The out-of-pocket cost calculator: plans, coverage, service lines and the estimate, with no container types. */
package org.secondopinion.billing.control;
