package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralStatus;

/** A referral as its FHIR Task: the status table, the reasons, the outputs, the versions. */
class TaskMappingTest {

    /** The status table of the issue, row by row (DECLINED passes straight back to matching: received). */
    private static final Map<ReferralStatus, String> TABLE = Map.ofEntries(
            Map.entry(ReferralStatus.REQUESTED, "requested"),
            Map.entry(ReferralStatus.RECORDS_PENDING, "received"),
            Map.entry(ReferralStatus.READY_FOR_MATCHING, "received"),
            Map.entry(ReferralStatus.OFFERED, "received"),
            Map.entry(ReferralStatus.DECLINED, "received"),
            Map.entry(ReferralStatus.ACCEPTED, "accepted"),
            Map.entry(ReferralStatus.IN_REVIEW, "in-progress"),
            Map.entry(ReferralStatus.INFO_REQUESTED, "on-hold"),
            Map.entry(ReferralStatus.OPINION_DELIVERED, "completed"),
            Map.entry(ReferralStatus.DECISION_RECORDED, "completed"),
            Map.entry(ReferralStatus.CLOSED, "completed"),
            Map.entry(ReferralStatus.REJECTED, "rejected"),
            Map.entry(ReferralStatus.CANCELLED, "cancelled"));

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void mapsEachStateAsTheStatusTableSaysAndValidates(ReferralStatus state) {
        Referral referral = Cases.in(state);
        Task task = TaskMapping.current(referral, 77L);

        assertThat(task.getStatus().toCode()).isEqualTo(TABLE.get(state));
        ReferralStatus shown = referral.getStatus();
        assertThat(task.getBusinessStatus().getCodingFirstRep().getSystem())
                .isEqualTo(TaskMapping.REFERRAL_STATUS_SYSTEM);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo(shown.name());
        assertThat(task.getBusinessStatus().getText()).isEqualTo(ReferralVersion.words(shown));
        assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
        assertThat(task.getCode().getCodingFirstRep().getCode()).isEqualTo("fulfill");
        assertThat(task.getFocus().getReference()).isEqualTo("ServiceRequest/" + Cases.ID);
        assertThat(task.getFor().getReference()).isEqualTo("Patient/77");
        assertThat(task.getIdentifierFirstRep().getValue()).isEqualTo("SO-004711");
        assertThat(task.getPriority()).isEqualTo(Task.TaskPriority.URGENT);
        assertThat(task.getMeta().getVersionId()).isEqualTo(String.valueOf(referral.getSteps().size()));
        assertThat(task.getMeta().getLastUpdated().toInstant()).isEqualTo(FhirIds.lastUpdated(referral));
        assertThat(task.getIdElement().getVersionIdPart()).isEqualTo(task.getMeta().getVersionId());
        assertThat(R4Validation.errors(task)).isEmpty();
    }

    @Test
    void saysWhatIsNeededWhileOnHold() {
        Task task = TaskMapping.current(Cases.informationRequested(), 77L);

        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.ONHOLD);
        assertThat(task.getStatusReason().getText()).contains("REPEAT_DIAGNOSTICS")
                .contains("A new MRI of the lumbar spine");
        assertThat(task.getBusinessStatus().getText()).isEqualTo("Information requested");
    }

    @Test
    void givesTheReasonOfARejectionAndOfACancellation() {
        assertThat(TaskMapping.current(Cases.rejected(), 1L).getStatusReason().getText())
                .isEqualTo("Not eligible: no first opinion yet");
        assertThat(TaskMapping.current(Cases.cancelled(), 1L).getStatusReason().getText())
                .isEqualTo("The patient withdrew");
        assertThat(TaskMapping.current(Cases.inReview(), 1L).hasStatusReason()).isFalse();
    }

    @Test
    void namesTheAssignedSpecialistAsOwner() {
        assertThat(TaskMapping.current(Cases.inReview(), 1L).getOwner().getReference()).isEqualTo("Practitioner/31");
        assertThat(TaskMapping.current(Cases.readyForMatching(), 1L).hasOwner()).isFalse();
    }

    @Test
    void outputsTheConsultNoteOnceDeliveredAndTheDecisionOnceRecorded() {
        assertThat(TaskMapping.current(Cases.inReview(), 1L).getOutput()).isEmpty();

        Task delivered = TaskMapping.current(Cases.delivered(), 1L);
        assertThat(delivered.getOutput()).singleElement().satisfies(output -> {
            assertThat(output.getType().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
            assertThat(output.getType().getCodingFirstRep().getCode()).isEqualTo("11488-4");
            assertThat(((Reference) output.getValue()).getReference()).isEqualTo("DocumentReference/" + Cases.ID);
        });

        Task decided = TaskMapping.current(Cases.closed(), 1L);
        assertThat(decided.getOutput()).hasSize(2);
        CodeableConcept decision = (CodeableConcept) decided.getOutput().get(1).getValue();
        assertThat(decision.getCodingFirstRep().getSystem()).isEqualTo(TaskMapping.PATIENT_DECISION_SYSTEM);
        assertThat(decision.getCodingFirstRep().getCode()).isEqualTo("KEPT_ORIGINAL_PLAN");
        assertThat(R4Validation.errors(decided)).isEmpty();
    }

    @Test
    void rebuildsEveryVersionFromTheSteps() {
        Referral referral = Cases.closed();
        List<ReferralVersion> versions = ReferralVersion.all(referral);

        assertThat(versions).hasSize(referral.getSteps().size());
        assertThat(versions.get(0).number()).as("newest first").isEqualTo(referral.getSteps().size());
        List<Task> tasks = versions.stream().map(v -> TaskMapping.task(referral, v, 1L)).toList();
        Task first = tasks.get(tasks.size() - 1);
        assertThat(first.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(first.getMeta().getVersionId()).isEqualTo("1");
        assertThat(first.getLastModifiedElement().getValue().toInstant()).isEqualTo(Cases.INTAKE);
        assertThat(first.getOutput()).isEmpty();
        assertThat(tasks).filteredOn(t -> t.getBusinessStatus().getCodingFirstRep().getCode().equals("IN_REVIEW"))
                .allSatisfy(t -> assertThat(t.getOutput()).isEmpty());
        assertThat(tasks).filteredOn(t -> t.getBusinessStatus().getCodingFirstRep().getCode()
                .equals("OPINION_DELIVERED")).singleElement().satisfies(t -> assertThat(t.getOutput()).hasSize(1));
        assertThat(tasks.get(0).getOutput()).hasSize(2);
        assertThat(ReferralVersion.of(referral, 0)).isEmpty();
        assertThat(ReferralVersion.of(referral, referral.getSteps().size() + 1)).isEmpty();
    }

    @Test
    void acceptsAStatusChangeOfTheTaskAsReadAndNamesAnyOtherChange() {
        IParser json = FhirContexts.r4().newJsonParser();
        Task current = TaskMapping.current(Cases.inReview(), 77L);
        Task sent = json.parseResource(Task.class, json.encodeResourceToString(current));
        sent.setStatus(Task.TaskStatus.CANCELLED);
        sent.setStatusReason(new CodeableConcept().setText("The patient withdrew"));
        assertThat(TaskMapping.unexpectedChanges(current, sent)).isEmpty();

        sent.setPriority(Task.TaskPriority.ROUTINE);
        sent.setOwner(null);
        assertThat(TaskMapping.unexpectedChanges(current, sent)).containsExactly("Task.priority", "Task.owner");
    }

    @Test
    void keepsEachVersionsOwnDecisionWhenTheDecisionChanges() {
        Referral referral = Cases.decided();
        referral.recordDecision(org.secondopinion.referral.entity.PatientDecision.FOLLOWED_SECOND_OPINION, null,
                "coordinator", Cases.at(10));
        List<Task> tasks = ReferralVersion.all(referral).stream().map(v -> TaskMapping.task(referral, v, 1L)).toList();

        assertThat(((CodeableConcept) tasks.get(0).getOutput().get(1).getValue()).getCodingFirstRep().getCode())
                .isEqualTo("FOLLOWED_SECOND_OPINION");
        assertThat(((CodeableConcept) tasks.get(1).getOutput().get(1).getValue()).getCodingFirstRep().getCode())
                .isEqualTo("KEPT_ORIGINAL_PLAN");
        assertThat(tasks.get(0).getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
    }
}
