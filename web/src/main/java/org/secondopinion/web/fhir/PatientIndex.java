package org.secondopinion.web.fhir;

import java.util.Optional;

/**
 * How this server's {@code Patient/{id}} ids and the hospital's medical record numbers relate: the patient register
 * answers it. Providers that take or give a patient reference ask through this one place, and when no
 * implementation is deployed they work with the MRN alone ({@code patient.identifier=<system>|<mrn>}, references by
 * identifier).
 */
public interface PatientIndex {

    /** The MRN of the patient {@code Patient/{id}}, if that patient is known. */
    Optional<String> mrnOf(String patientId);

    /** The id of the patient with this MRN, if the register holds that patient. */
    Optional<String> idOf(String mrn);
}
