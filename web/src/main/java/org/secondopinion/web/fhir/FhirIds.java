package org.secondopinion.web.fhir;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralStep;

/**
 * The names FHIR resources of this server go by, and the versions of those built from a referral.
 *
 * <p>A referral is both {@code ServiceRequest/{id}} and {@code Task/{id}}. Their version is the number of workflow
 * steps the referral has taken (1 right after intake), their {@code lastUpdated} the time of the last step: every
 * change FHIR shows (status, reason, owner, outputs) comes with a step, and the step log is append-only, so each
 * earlier version can be rebuilt from it ({@code _history}).
 */
public final class FhirIds {

    /** The identifier system of the hospital's medical record numbers when configuration names none. */
    public static final String DEFAULT_MRN_SYSTEM = "urn:secondopinion:mrn";
    public static final String NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi";
    public static final String TIN_SYSTEM = "urn:oid:2.16.840.1.113883.4.4";
    public static final String ICD10CM_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm";
    public static final String CPT_SYSTEM = "http://www.ama-assn.org/go/cpt";
    public static final String HCPCS_SYSTEM = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    public static final String LOINC_SYSTEM = "http://loinc.org";

    private FhirIds() {
    }

    /** The identifier system of medical record numbers: {@code secondopinion.fhir.mrn-system}. */
    public static String mrnSystem() {
        try {
            return ConfigProvider.getConfig().getOptionalValue("secondopinion.fhir.mrn-system", String.class)
                    .filter(s -> !s.isBlank()).map(String::trim).orElse(DEFAULT_MRN_SYSTEM);
        } catch (IllegalStateException noConfig) {
            // plain unit tests run without a MicroProfile Config implementation
            return DEFAULT_MRN_SYSTEM;
        }
    }

    /** The version of the referral's Task and ServiceRequest: how many workflow steps it has taken. */
    public static long version(Referral referral) {
        return Math.max(1, referral.getSteps().size());
    }

    /** When the referral's Task and ServiceRequest last changed: the last step's time (or the intake's). */
    public static Instant lastUpdated(Referral referral) {
        List<ReferralStep> steps = referral.getSteps();
        return steps.isEmpty() ? referral.getCreatedAt() : steps.get(steps.size() - 1).getOccurredAt();
    }

    /** The weak ETag of a version, as FHIR writes it: {@code W/"3"}. */
    public static String etag(long version) {
        return "W/\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names ({@code W/"3"} or {@code "3"} or {@code 3}), if it names one. */
    public static Optional<Long> versionOf(String ifMatch) {
        if (ifMatch == null) {
            return Optional.empty();
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        return v.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(v)) : Optional.empty();
    }
}
