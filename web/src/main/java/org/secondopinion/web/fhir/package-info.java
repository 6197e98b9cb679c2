/**
 * FHIR R4 at {@code /fhir}, on HAPI FHIR's plain server ({@code RestfulServer}): referrals come in as a transaction
 * Bundle (or ServiceRequest and Task alone), their status goes out as Task, the opinion as a DocumentReference with
 * its PDF, coverages as Coverage. Every call goes through the same boundaries as the pages and {@code /api}, with
 * the same roles, walls and audit; the resource providers only translate between FHIR and the boundaries.
 */
package org.secondopinion.web.fhir;
