package org.secondopinion.web.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Meta;
import org.secondopinion.referral.entity.PatientDecision;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralStatus;
import org.secondopinion.referral.entity.ReferralStep;

/**
 * A referral as it stood after its n-th workflow step: the version n of its Task and ServiceRequest (see
 * {@link FhirIds}). The step log is append-only, so every earlier version is rebuilt from it; what the log does not
 * keep per step (the assigned specialist, the decision's note) belongs to the latest version only.
 *
 * @param number    the version, 1 for the state right after intake
 * @param state     the state the step led to
 * @param at        when the step was taken
 * @param reason    why, as the step recorded it
 * @param latest    whether this is the current version
 * @param delivered whether the opinion had been delivered by this version
 * @param decision  the patient's decision recorded by this version, if any
 */
public record ReferralVersion(long number, ReferralStatus state, Instant at, String reason, boolean latest,
                              boolean delivered, Optional<PatientDecision> decision) {

    /** Version {@code number} of the referral, or empty when it has no such version. */
    public static Optional<ReferralVersion> of(Referral referral, long number) {
        List<ReferralStep> steps = referral.getSteps();
        if (number < 1 || number > FhirIds.version(referral)) {
            return Optional.empty();
        }
        if (steps.isEmpty()) {
            return Optional.of(new ReferralVersion(1, referral.getStatus(), referral.getCreatedAt(), null, true,
                    referral.getDeliveredAt() != null, Optional.ofNullable(referral.getDecision())));
        }
        ReferralStep step = steps.get((int) number - 1);
        boolean latest = number == steps.size();
        boolean delivered = referral.getDeliveredAt() != null && steps.subList(0, (int) number).stream()
                .anyMatch(s -> s.getTo() == ReferralStatus.OPINION_DELIVERED);
        Optional<PatientDecision> decision = Optional.empty();
        for (ReferralStep earlier : steps.subList(0, (int) number)) {
            if (earlier.getTo() == ReferralStatus.DECISION_RECORDED) {
                decision = decisionNamedIn(earlier.getReason()).or(() -> Optional.ofNullable(referral.getDecision()));
            }
        }
        if (latest && referral.getDecision() != null) {
            decision = Optional.of(referral.getDecision());
        }
        return Optional.of(new ReferralVersion(number, step.getTo(), step.getOccurredAt(), step.getReason(), latest,
                delivered, decision));
    }

    /** The current version. */
    public static ReferralVersion current(Referral referral) {
        return of(referral, FhirIds.version(referral)).orElseThrow();
    }

    /** Every version, newest first, as {@code _history} lists them. */
    public static List<ReferralVersion> all(Referral referral) {
        List<ReferralVersion> versions = new ArrayList<>();
        for (long n = FhirIds.version(referral); n >= 1; n--) {
            of(referral, n).ifPresent(versions::add);
        }
        return versions;
    }

    /** The meta of this version: its number and time. */
    public Meta meta() {
        return new Meta().setVersionId(String.valueOf(number)).setLastUpdatedElement(instant(at));
    }

    /** The state in words, for {@code businessStatus.display}: "Information requested". */
    public static String words(ReferralStatus state) {
        return words(state.name());
    }

    static String words(String constant) {
        String text = constant.replace("INFO_", "INFORMATION_").replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A FHIR dateTime of an instant, written in UTC, so that a resource read back compares equal. */
    static DateTimeType dateTime(Instant instant) {
        return instant == null ? null
                : new DateTimeType(Date.from(instant), TemporalPrecisionEnum.MILLI, TimeZone.getTimeZone("UTC"));
    }

    static InstantType instant(Instant instant) {
        return instant == null ? null
                : new InstantType(Date.from(instant), TemporalPrecisionEnum.MILLI, TimeZone.getTimeZone("UTC"));
    }

    /** The decision a step's reason names at its end ("patient decided: KEPT_ORIGINAL_PLAN"). */
    private static Optional<PatientDecision> decisionNamedIn(String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        String[] words = reason.trim().split("[\\s:]+");
        try {
            return Optional.of(PatientDecision.valueOf(words[words.length - 1]));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }
}
