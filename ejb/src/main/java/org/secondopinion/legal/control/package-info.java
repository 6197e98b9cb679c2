/**
 * Malpractice-review logic with no container types: per-state deadline rules as data, the limitations, repose,
 * notice-of-intent and certificate-of-merit dates of a defendant with their reasons, deadline reminders, the
 * reviewer conflict and qualification check, and Bates numbers.
 */
package org.secondopinion.legal.control;
