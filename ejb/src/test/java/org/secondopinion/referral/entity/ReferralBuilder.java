package org.secondopinion.referral.entity;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A second-opinion request as the unit tests take it in: Maria Lopez, whose first physician, Dr. John Smith of
 * General Hospital, proposes a mastectomy for a breast cancer (C50.911); an oncologist's opinion is asked for, with
 * consent. Each test changes what it is about. Outside JPA the questions and records get no ids; {@link #build()}
 * numbers them, as the methods that take an id need one.
 */
public final class ReferralBuilder {

    private final Instant intake;
    private Urgency urgency = Urgency.ROUTINE;
    private boolean consent = true;
    private String diagnosisCode = "C50.911";
    private Set<StandardQuestion> standardQuestions = EnumSet.of(StandardQuestion.ALTERNATIVES);
    private List<String> ownQuestions = List.of();
    private String patientEmail;
    private long firstPartId = 1000;

    private ReferralBuilder(Instant intake) {
        this.intake = intake;
    }

    /** A request taken in by "coordinator" at the instant given. */
    public static ReferralBuilder aReferral(Instant intake) {
        return new ReferralBuilder(intake);
    }

    public ReferralBuilder urgency(Urgency urgency) {
        this.urgency = urgency;
        return this;
    }

    public ReferralBuilder consent(boolean consent) {
        this.consent = consent;
        return this;
    }

    public ReferralBuilder diagnosisCode(String code) {
        this.diagnosisCode = code;
        return this;
    }

    public ReferralBuilder questions(Set<StandardQuestion> standard, List<String> own) {
        this.standardQuestions = standard;
        this.ownQuestions = own;
        return this;
    }

    public ReferralBuilder patientEmail(String email) {
        this.patientEmail = email;
        return this;
    }

    /** The questions and then the records are numbered from the one after this. */
    public ReferralBuilder partIdsAfter(long id) {
        this.firstPartId = id;
        return this;
    }

    public Referral build() {
        Patient patient = new Patient("Maria Lopez", LocalDate.of(1968, 5, 14), Sex.FEMALE, "MRN-100200",
                patientEmail, "Spanish");
        FirstOpinion first = new FirstOpinion("Dr. John Smith", null, "General Hospital", 10L, 20L,
                LocalDate.of(2026, 2, 20), diagnosisCode, "Malignant neoplasm of the right breast",
                TreatmentKind.SURGERY, "Mastectomy");
        Referral referral = new Referral(patient, first, "Oncology", "Breast", "Wants to avoid a mastectomy",
                urgency, consent, standardQuestions, ownQuestions, "coordinator", intake);
        long id = firstPartId;
        for (ReferralQuestion question : referral.getQuestions()) {
            withId(question, ++id);
        }
        for (ReferralRecord record : referral.getRecords()) {
            withId(record, ++id);
        }
        return referral;
    }

    /** Gives a question or record the id JPA would. */
    public static void withId(ReferralPart part, long id) {
        try {
            Field field = ReferralPart.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(part, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
