package org.secondopinion.referral.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.platform.entity.RuleViolation;

class ReferralTest {

    private static final Instant INTAKE = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration TARGET = Duration.ofDays(10);
    private static final String OWN_QUESTION = "Can the operation wait until after my daughter's wedding?";

    // ---- intake -------------------------------------------------------------------------------

    @Test
    void refusesAnEmergencyWithAMessageSendingThePatientToEmergencyCare() {
        assertThatThrownBy(() -> intake(Urgency.EMERGENCY, true, "C50.911",
                EnumSet.of(StandardQuestion.ALTERNATIVES), List.of()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("urgency");
                    assertThat(v.getMessage()).containsIgnoringCase("emergency care");
                });
    }

    @Test
    void refusesARequestWithoutThePatientsConsent() {
        assertThatThrownBy(() -> intake(Urgency.ROUTINE, false, "C50.911",
                EnumSet.of(StandardQuestion.ALTERNATIVES), List.of()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("consent"));
    }

    @Test
    void refusesARequestWithoutAnyQuestion() {
        assertThatThrownBy(() -> intake(Urgency.ROUTINE, true, "C50.911", Set.of(), List.of("  ")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("questions"));
    }

    @Test
    void refusesAMalformedIcd10CmCode() {
        assertThatThrownBy(() -> intake(Urgency.ROUTINE, true, "50.911X",
                EnumSet.of(StandardQuestion.ALTERNATIVES), List.of()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("diagnosisCode");
                    assertThat(v.getMessage()).contains("50.911X").contains("ICD-10-CM");
                });
    }

    @Test
    void normalisesAnIcd10CmCodeToUpperCaseWithTheDot() {
        Referral referral = intake(Urgency.ROUTINE, true, "c50911", EnumSet.of(StandardQuestion.ALTERNATIVES), List.of());

        assertThat(referral.getDiagnosisCode()).isEqualTo("C50.911");
    }

    @Test
    void takesInARequestWithTheStandardChecklistAndNumberedQuestions() {
        Referral referral = referral();

        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(referral.getUrgency()).isEqualTo(Urgency.URGENT);
        assertThat(referral.getConsentGivenAt()).isEqualTo(INTAKE);
        assertThat(referral.getQuestions()).extracting(ReferralQuestion::getPosition, ReferralQuestion::getText)
                .containsExactly(
                        tuple(1, StandardQuestion.DIAGNOSIS_ACCURACY.text()),
                        tuple(2, StandardQuestion.ALTERNATIVES.text()),
                        tuple(3, OWN_QUESTION));
        assertThat(referral.getRecords()).extracting(ReferralRecord::getType)
                .containsExactly(RecordType.standardChecklist());
        assertThat(referral.getRecords()).allMatch(ReferralRecord::isOutstanding);
        assertThat(referral.getSteps()).singleElement().satisfies(step -> {
            assertThat(step.getFrom()).isNull();
            assertThat(step.getTo()).isEqualTo(ReferralStatus.REQUESTED);
            assertThat(step.getActor()).isEqualTo("coordinator");
            assertThat(step.getOccurredAt()).isEqualTo(INTAKE);
        });
    }

    // ---- the workflow -------------------------------------------------------------------------

    @Test
    void followsTheHappyPathFromIntakeToCloseRecordingEveryStep() {
        Referral referral = referral();
        Practitioner specialist = specialist();

        referral.startRecordCollection("coordinator", at(1), null);
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.RECORDS_PENDING);

        markAllRecords(referral, RecordState.RECEIVED);
        referral.completeRecords("coordinator", at(5), TARGET);
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.READY_FOR_MATCHING);
        assertThat(referral.getRecordsCompleteAt()).isEqualTo(at(5));
        assertThat(referral.getDueAt()).isEqualTo(referral.getRecordsCompleteAt().plus(TARGET)).isEqualTo(at(15));

        referral.offerTo(specialist, "coordinator", at(6), "best match");
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.OFFERED);
        assertThat(referral.getSpecialist()).isSameAs(specialist);

        referral.accept("specialist", at(7));
        referral.startReview("specialist", at(8));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.IN_REVIEW);

        writeCompleteOpinion(referral);
        assertThat(referral.whatStopsDelivery()).isEmpty();
        referral.deliver("specialist", at(12));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.OPINION_DELIVERED);
        assertThat(referral.getDeliveredAt()).isEqualTo(at(12));
        assertThat(referral.getOutcomes()).containsExactly(OpinionOutcome.TREATMENT_CHANGED);
        assertThat(referral.getQuestions()).allMatch(ReferralQuestion::isAnswered);

        referral.recordDecision(PatientDecision.FOLLOWED_SECOND_OPINION, "chose lumpectomy", "coordinator", at(20));
        assertThat(referral.getDecision()).isEqualTo(PatientDecision.FOLLOWED_SECOND_OPINION);
        assertThat(referral.getDecidedAt()).isEqualTo(at(20));

        referral.close("coordinator", at(21));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(referral.getClosedAt()).isEqualTo(at(21));

        assertThat(referral.getSteps())
                .extracting(ReferralStep::getFrom, ReferralStep::getTo, ReferralStep::getActor, ReferralStep::getOccurredAt)
                .containsExactly(
                        tuple(null, ReferralStatus.REQUESTED, "coordinator", INTAKE),
                        tuple(ReferralStatus.REQUESTED, ReferralStatus.RECORDS_PENDING, "coordinator", at(1)),
                        tuple(ReferralStatus.RECORDS_PENDING, ReferralStatus.READY_FOR_MATCHING, "coordinator", at(5)),
                        tuple(ReferralStatus.READY_FOR_MATCHING, ReferralStatus.OFFERED, "coordinator", at(6)),
                        tuple(ReferralStatus.OFFERED, ReferralStatus.ACCEPTED, "specialist", at(7)),
                        tuple(ReferralStatus.ACCEPTED, ReferralStatus.IN_REVIEW, "specialist", at(8)),
                        tuple(ReferralStatus.IN_REVIEW, ReferralStatus.OPINION_DELIVERED, "specialist", at(12)),
                        tuple(ReferralStatus.OPINION_DELIVERED, ReferralStatus.DECISION_RECORDED, "coordinator", at(20)),
                        tuple(ReferralStatus.DECISION_RECORDED, ReferralStatus.CLOSED, "coordinator", at(21)));
        assertThat(referral.getSteps()).extracting(ReferralStep::getReason).containsExactly(
                "request taken in",
                "eligible; collecting records",
                "records complete; turnaround clock started",
                "offered to Dr. Ana Ortiz: best match",
                "Dr. Ana Ortiz accepted",
                "review started",
                "opinion delivered",
                "patient decided: FOLLOWED_SECOND_OPINION",
                "case closed");
    }

    @Test
    void refusesToCompleteRecordsWhileOneIsStillRequested() {
        Referral referral = referral();
        referral.startRecordCollection("coordinator", at(1), null);
        List<ReferralRecord> records = referral.getRecords();
        for (int i = 0; i < records.size() - 1; i++) {
            referral.markRecord(idOf(records.get(i)), RecordState.RECEIVED, LocalDate.of(2026, 3, 3), "hospital", null);
        }

        assertThatThrownBy(() -> referral.completeRecords("coordinator", at(5), TARGET))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("records");
                    assertThat(v.getMessage()).contains(RecordType.MEDICATION_LIST.name());
                });
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.RECORDS_PENDING);
        assertThat(referral.getDueAt()).isNull();
    }

    @Test
    void acceptsNotApplicableRecordsAsComplete() {
        Referral referral = referral();
        referral.startRecordCollection("coordinator", at(1), null);
        markAllRecords(referral, RecordState.NOT_APPLICABLE);

        referral.completeRecords("coordinator", at(2), TARGET);

        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.READY_FOR_MATCHING);
    }

    @Test
    void refusesToDeliverWhileAQuestionIsUnansweredNamingTheQuestion() {
        Referral referral = inReview();
        referral.writeOpinion(EnumSet.of(OpinionOutcome.CONFIRMED), null, null, "Mastectomy as proposed", null,
                null, List.of());
        List<ReferralQuestion> questions = referral.getQuestions();
        referral.answer(idOf(questions.get(0)), "Very sure.");
        referral.answer(idOf(questions.get(1)), "Lumpectomy with radiation.");

        assertThatThrownBy(() -> referral.deliver("specialist", at(12)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("opinion");
                    assertThat(v.getMessage()).contains("question 3").contains(OWN_QUESTION);
                });
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.IN_REVIEW);
        assertThat(referral.getDeliveredAt()).isNull();
    }

    @Test
    void aDeclinedOfferGoesBackToMatchingWithoutTheSpecialist() {
        Referral referral = readyForMatching();
        referral.offerTo(specialist(), "coordinator", at(6), null);

        referral.decline("specialist", at(7), "on leave next month");

        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.READY_FOR_MATCHING);
        assertThat(referral.getSpecialist()).isNull();
        assertThat(referral.isAssignedTo("specialist")).isFalse();
        List<ReferralStep> steps = referral.getSteps();
        assertThat(steps.subList(steps.size() - 2, steps.size()))
                .extracting(ReferralStep::getFrom, ReferralStep::getTo, ReferralStep::getActor)
                .containsExactly(
                        tuple(ReferralStatus.OFFERED, ReferralStatus.DECLINED, "specialist"),
                        tuple(ReferralStatus.DECLINED, ReferralStatus.READY_FOR_MATCHING, "specialist"));
        assertThat(steps.get(steps.size() - 2).getReason()).isEqualTo("Dr. Ana Ortiz declined: on leave next month");
    }

    @Test
    void refusesADeclineWithoutAReason() {
        Referral referral = readyForMatching();
        referral.offerTo(specialist(), "coordinator", at(6), null);

        assertThatThrownBy(() -> referral.decline("specialist", at(7), " "))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.OFFERED);
    }

    @Test
    void refusesAnIllegalStepNamingBothStates() {
        Referral referral = referral();

        assertThatThrownBy(() -> referral.startReview("specialist", at(1)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("status");
                    assertThat(v.getMessage()).contains("REQUESTED").contains("IN_REVIEW");
                });
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(referral.getSteps()).hasSize(1);
    }

    @Test
    void refusesAcceptingOrDecliningACaseNotOfferedToAnyone() {
        Referral referral = referral();

        assertThatThrownBy(() -> referral.accept("coordinator", at(1)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.getMessage()).contains("REQUESTED").contains("ACCEPTED"));
        assertThatThrownBy(() -> referral.decline("coordinator", at(1), "busy"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.getMessage()).contains("REQUESTED").contains("DECLINED"));
        assertThat(referral.getSteps()).hasSize(1);
    }

    @Test
    void refusesAcceptingTwiceNamingBothStates() {
        Referral referral = readyForMatching();
        referral.offerTo(specialist(), "coordinator", at(6), null);
        referral.accept("specialist", at(7));

        assertThatThrownBy(() -> referral.accept("specialist", at(8)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getMessage())
                        .contains("A case that is ACCEPTED cannot move to ACCEPTED"));
    }

    @Test
    void refusesAnyStepFromAClosedCaseSayingItIsFinished() {
        Referral referral = referral();
        referral.cancel("coordinator", at(1), "patient withdrew");

        assertThatThrownBy(() -> referral.startRecordCollection("coordinator", at(2), null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getMessage())
                        .contains("CANCELLED").contains("RECORDS_PENDING").contains("finished"));
        assertThat(referral.getClosedAt()).isEqualTo(at(1));
    }

    // ---- the turnaround clock -------------------------------------------------------------------

    @Test
    void flagsAnOverdueCaseOnlyAfterTheDueTimeAndOnlyOnce() {
        Referral referral = readyForMatching();
        Instant due = referral.getDueAt();

        assertThat(referral.flagIfOverdue(due.minusSeconds(1))).isFalse();
        assertThat(referral.flagIfOverdue(due)).isFalse();
        assertThat(referral.isOverdue()).isFalse();

        assertThat(referral.flagIfOverdue(due.plusSeconds(1))).isTrue();
        assertThat(referral.isOverdue()).isTrue();
        assertThat(referral.getEscalatedAt()).isEqualTo(due.plusSeconds(1));

        assertThat(referral.flagIfOverdue(due.plusSeconds(3600))).isFalse();
        assertThat(referral.getEscalatedAt()).isEqualTo(due.plusSeconds(1));
    }

    @Test
    void doesNotFlagACaseWhoseClockHasNotStarted() {
        Referral referral = referral();

        assertThat(referral.flagIfOverdue(INTAKE.plus(Duration.ofDays(365)))).isFalse();
        assertThat(referral.isOverdue()).isFalse();
    }

    @Test
    void doesNotFlagACaseOnceTheOpinionIsDelivered() {
        Referral referral = inReview();
        writeCompleteOpinion(referral);
        referral.deliver("specialist", at(12));

        assertThat(referral.flagIfOverdue(referral.getDueAt().plus(Duration.ofDays(30)))).isFalse();
        assertThat(referral.isOverdue()).isFalse();
    }

    @Test
    void doesNotFlagACancelledCase() {
        Referral referral = readyForMatching();
        referral.cancel("coordinator", at(6), "patient withdrew");

        assertThat(referral.flagIfOverdue(referral.getDueAt().plus(Duration.ofDays(1)))).isFalse();
    }

    // ---- assignment -------------------------------------------------------------------------------

    @Test
    void isAssignedToTheOfferedSpecialistWhateverTheCaseOfTheUserName() {
        Referral referral = readyForMatching();
        assertThat(referral.isAssignedTo("specialist")).isFalse();

        referral.offerTo(specialist(), "coordinator", at(6), null);

        assertThat(referral.isAssignedTo("specialist")).isTrue();
        assertThat(referral.isAssignedTo("SPECIALIST")).isTrue();
        assertThat(referral.isAssignedTo("someone.else")).isFalse();
        assertThat(referral.isAssignedTo(null)).isFalse();
    }

    @Test
    void staysAssignedAfterDeliveryButNotAfterCancellation() {
        Referral delivered = inReview();
        writeCompleteOpinion(delivered);
        delivered.deliver("specialist", at(12));
        assertThat(delivered.isAssignedTo("specialist")).isTrue();

        Referral cancelled = inReview();
        cancelled.cancel("coordinator", at(9), "patient withdrew");
        assertThat(cancelled.isAssignedTo("specialist")).isFalse();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static Instant at(int days) {
        return INTAKE.plus(Duration.ofDays(days));
    }

    private static Referral referral() {
        return intake(Urgency.URGENT, true, "C50.911",
                EnumSet.of(StandardQuestion.DIAGNOSIS_ACCURACY, StandardQuestion.ALTERNATIVES), List.of(OWN_QUESTION));
    }

    private static Referral intake(Urgency urgency, boolean consent, String code, Set<StandardQuestion> standard,
                                   List<String> own) {
        return ReferralBuilder.aReferral(INTAKE).urgency(urgency).consent(consent).diagnosisCode(code)
                .questions(standard, own).patientEmail("maria@example.org").build();
    }

    private static Referral readyForMatching() {
        Referral referral = referral();
        referral.startRecordCollection("coordinator", at(1), null);
        markAllRecords(referral, RecordState.RECEIVED);
        referral.completeRecords("coordinator", at(5), TARGET);
        return referral;
    }

    private static Referral inReview() {
        Referral referral = readyForMatching();
        referral.offerTo(specialist(), "coordinator", at(6), null);
        referral.accept("specialist", at(7));
        referral.startReview("specialist", at(8));
        return referral;
    }

    private static Practitioner specialist() {
        Practitioner practitioner = new Practitioner("Ana", "Ortiz");
        practitioner.identify(null, "specialist");
        return practitioner;
    }

    private static void markAllRecords(Referral referral, RecordState state) {
        for (ReferralRecord record : referral.getRecords()) {
            referral.markRecord(idOf(record), state, LocalDate.of(2026, 3, 4), "General Hospital", null);
        }
    }

    private static void writeCompleteOpinion(Referral referral) {
        referral.writeOpinion(EnumSet.of(OpinionOutcome.TREATMENT_CHANGED), null, null,
                "Lumpectomy followed by radiation", null, "Breast-conserving surgery is enough.",
                List.of(new Alternative("Mastectomy", "no radiation", "larger operation", "same survival")));
        for (ReferralQuestion question : referral.getQuestions()) {
            referral.answer(idOf(question), "Answer to question " + question.getPosition());
        }
    }

    private static long idOf(ReferralPart part) {
        return part.getId();
    }
}
