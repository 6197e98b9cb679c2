/**
 * Container-free helpers shared by components: the caller's request origin, business days, and the checks every
 * input passes (plain text, plausible dates, US jurisdictions).
 */
package org.secondopinion.platform.control;
