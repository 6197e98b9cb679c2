/** Referral logic with no container types: specialist ranking, the opinion report. */
package org.secondopinion.referral.control;
