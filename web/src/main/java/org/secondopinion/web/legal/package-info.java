/** Malpractice-review pages of law firms and the coordinators who take cases in for them. */
package org.secondopinion.web.legal;
