package org.secondopinion.web.fhir;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.directory.entity.Specialty;
import org.secondopinion.referral.entity.FirstOpinion;
import org.secondopinion.referral.entity.OpinionOutcome;
import org.secondopinion.referral.entity.Patient;
import org.secondopinion.referral.entity.PatientDecision;
import org.secondopinion.referral.entity.RecordState;
import org.secondopinion.referral.entity.RecordType;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralPart;
import org.secondopinion.referral.entity.ReferralQuestion;
import org.secondopinion.referral.entity.ReferralRecord;
import org.secondopinion.referral.entity.ReferralStatus;
import org.secondopinion.referral.entity.Sex;
import org.secondopinion.referral.entity.StandardQuestion;
import org.secondopinion.referral.entity.TreatmentKind;
import org.secondopinion.referral.entity.Urgency;

/** Referrals walked to each state of the workflow, with the ids the database would give them, for mapping tests. */
final class Cases {

    static final Instant INTAKE = Instant.parse("2026-11-02T09:15:30.123Z");
    static final long ID = 4711;

    private static long nextPartId = 9000;

    private Cases() {
    }

    static Instant at(int hours) {
        return INTAKE.plus(Duration.ofHours(hours));
    }

    static Referral requested() {
        Referral referral = new Referral(new Patient("Maria Lopez", LocalDate.of(1968, 5, 17), Sex.FEMALE, "MRN-100200",
                "maria.lopez@example.org", "Spanish"),
                new FirstOpinion("Dr. Elsewhere", null, "General Hospital", null, null, LocalDate.of(2026, 10, 1),
                        "M48.061", "Spinal stenosis, lumbar region", TreatmentKind.SURGERY, "Laminectomy"),
                "Orthopaedic surgery", "Spine", "Unsure whether surgery can wait", Urgency.URGENT, true,
                EnumSet.of(StandardQuestion.ALTERNATIVES), List.of("Can it wait a month?"), "coordinator", INTAKE);
        set(Referral.class, referral, "id", ID);
        referral.getQuestions().forEach(q -> set(ReferralPart.class, q, "id", nextPartId++));
        referral.getRecords().forEach(r -> set(ReferralPart.class, r, "id", nextPartId++));
        return referral;
    }

    static Referral recordsPending() {
        Referral referral = requested();
        referral.startRecordCollection("coordinator", at(1), null);
        return referral;
    }

    static Referral readyForMatching() {
        Referral referral = recordsPending();
        for (ReferralRecord record : referral.getRecords()) {
            referral.markRecord(record.getId(), RecordState.RECEIVED, LocalDate.of(2026, 11, 2), "General Hospital",
                    null);
        }
        referral.completeRecords("coordinator", at(2), Duration.ofDays(7));
        return referral;
    }

    static Practitioner specialist() {
        Practitioner specialist = new Practitioner("Samuel", "Okafor");
        specialist.identify("1234567893", "specialist");
        specialist.practise(List.of(new Specialty("Orthopaedic surgery", "Spine")), List.of("English"));
        set(Practitioner.class, specialist, "id", 31L);
        return specialist;
    }

    static Referral offered() {
        Referral referral = readyForMatching();
        referral.offerTo(specialist(), "coordinator", at(3), null);
        return referral;
    }

    static Referral declined() {
        Referral referral = offered();
        referral.decline("specialist", at(4), "on leave");
        return referral;
    }

    static Referral accepted() {
        Referral referral = offered();
        referral.accept("specialist", at(4));
        return referral;
    }

    static Referral inReview() {
        Referral referral = accepted();
        referral.startReview("specialist", at(5));
        return referral;
    }

    static Referral informationRequested() {
        Referral referral = inReview();
        referral.requestInformation(RecordType.REPEAT_DIAGNOSTICS, "A new MRI of the lumbar spine", "specialist",
                at(6));
        return referral;
    }

    static Referral delivered() {
        Referral referral = inReview();
        referral.writeOpinion(EnumSet.of(OpinionOutcome.CONFIRMED), null, null, "Go ahead with the laminectomy.", null,
                null, List.of());
        for (ReferralQuestion question : referral.getQuestions()) {
            referral.answer(question.getId(), "Answered.");
        }
        referral.deliver("specialist", at(7));
        referral.sealReport("ab".repeat(32), "00000000-0000-0000-0000-000000000000");
        return referral;
    }

    static Referral decided() {
        Referral referral = delivered();
        referral.recordDecision(PatientDecision.KEPT_ORIGINAL_PLAN, "Will think again", "coordinator", at(8));
        return referral;
    }

    static Referral closed() {
        Referral referral = decided();
        referral.close("coordinator", at(9));
        return referral;
    }

    static Referral rejected() {
        Referral referral = requested();
        referral.reject("coordinator", at(1), "Not eligible: no first opinion yet");
        return referral;
    }

    static Referral cancelled() {
        Referral referral = inReview();
        referral.cancel("coordinator", at(6), "The patient withdrew");
        return referral;
    }

    /** A referral in each state of the workflow. */
    static Referral in(ReferralStatus state) {
        return switch (state) {
            case REQUESTED -> requested();
            case RECORDS_PENDING -> recordsPending();
            case READY_FOR_MATCHING -> readyForMatching();
            case OFFERED -> offered();
            case DECLINED -> declined();
            case ACCEPTED -> accepted();
            case IN_REVIEW -> inReview();
            case INFO_REQUESTED -> informationRequested();
            case OPINION_DELIVERED -> delivered();
            case DECISION_RECORDED -> decided();
            case CLOSED -> closed();
            case REJECTED -> rejected();
            case CANCELLED -> cancelled();
        };
    }

    static void set(Class<?> type, Object target, String field, Object value) {
        try {
            Field f = type.getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
