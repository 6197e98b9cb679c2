package org.secondopinion.web.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.secondopinion.referral.entity.PatientDecision;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralStatus;
import org.secondopinion.referral.entity.Urgency;

/**
 * A referral as the FHIR Task that carries its ServiceRequest ({@code Task/{id}}, the referral's id): the status
 * follows the workflow ({@link ReferralStatus#fhirTaskStatus()}), {@code businessStatus} names the application's own
 * state, {@code statusReason} says why a case is on hold (what the specialist asked for), rejected or cancelled, and
 * the outputs are the consult note (a DocumentReference, once delivered) and the patient's decision (a code of
 * {@link #PATIENT_DECISION_SYSTEM}, once recorded).
 */
public final class TaskMapping {

    /** The referral's reference ("SO-000123") as an identifier. */
    public static final String REFERENCE_SYSTEM = "urn:secondopinion:referral";
    /** The application's own states (ReferralStatus names), for {@code Task.businessStatus}. */
    public static final String REFERRAL_STATUS_SYSTEM = "urn:secondopinion:fhir:referral-status";
    /**
     * The patient's decision after the opinion (PatientDecision names: FOLLOWED_SECOND_OPINION, KEPT_ORIGINAL_PLAN,
     * OTHER, UNDECIDED), for the Task output typed {@code patient-decision} of {@link #OUTPUT_TYPE_SYSTEM}.
     */
    public static final String PATIENT_DECISION_SYSTEM = "urn:secondopinion:fhir:patient-decision";
    public static final String OUTPUT_TYPE_SYSTEM = "urn:secondopinion:fhir:task-output";
    public static final String TASK_CODE_SYSTEM = "http://hl7.org/fhir/CodeSystem/task-code";
    public static final String CONSULT_NOTE = "11488-4";

    /** The Task elements a client may change: everything else must come back as it was read. */
    private static final Set<String> CHANGEABLE = Set.of("id", "meta", "text", "status", "statusReason",
            "lastModified", "implicitRules", "language");

    private TaskMapping() {
    }

    /** The Task as it is now. */
    public static Task current(Referral referral, Long patientId) {
        return task(referral, ReferralVersion.current(referral), patientId);
    }

    /** The Task of one version of the referral. */
    public static Task task(Referral referral, ReferralVersion version, Long patientId) {
        Task task = new Task();
        task.setIdElement(new IdType("Task", String.valueOf(referral.getId()), String.valueOf(version.number())));
        task.setMeta(version.meta());
        task.addIdentifier(new Identifier().setSystem(REFERENCE_SYSTEM).setValue(referral.reference()));
        task.setStatus(Task.TaskStatus.fromCode(version.state().fhirTaskStatus()));
        task.setBusinessStatus(new CodeableConcept(new Coding(REFERRAL_STATUS_SYSTEM, version.state().name(),
                ReferralVersion.words(version.state()))).setText(ReferralVersion.words(version.state())));
        if (hasReason(version.state()) && version.reason() != null) {
            task.setStatusReason(new CodeableConcept().setText(version.reason()));
        }
        task.setIntent(Task.TaskIntent.ORDER);
        task.setPriority(referral.getUrgency() == Urgency.URGENT ? Task.TaskPriority.URGENT
                : Task.TaskPriority.ROUTINE);
        task.setCode(new CodeableConcept(new Coding(TASK_CODE_SYSTEM, "fulfill", "Fulfill the focal request")));
        task.setFocus(new Reference("ServiceRequest/" + referral.getId()));
        task.setFor(patient(referral, patientId));
        task.setAuthoredOnElement(ReferralVersion.dateTime(referral.getCreatedAt()));
        task.setLastModifiedElement(ReferralVersion.dateTime(version.at()));
        task.setRequester(requester(referral));
        if (version.latest() && version.state().specialistAssigned() && referral.getSpecialist() != null) {
            task.setOwner(new Reference("Practitioner/" + referral.getSpecialist().getId())
                    .setDisplay(referral.getSpecialist().displayName()));
        }
        if (version.delivered()) {
            task.addOutput().setType(new CodeableConcept(new Coding(FhirIds.LOINC_SYSTEM, CONSULT_NOTE,
                            "Consult note")))
                    .setValue(new Reference("DocumentReference/" + referral.getId()).setDisplay("Second opinion "
                            + referral.reference()));
        }
        version.decision().ifPresent(decision -> task.addOutput()
                .setType(new CodeableConcept(new Coding(OUTPUT_TYPE_SYSTEM, "patient-decision",
                        "The patient's decision")))
                .setValue(decision(decision)));
        return task;
    }

    /** The patient's decision as a code of {@link #PATIENT_DECISION_SYSTEM}. */
    static CodeableConcept decision(PatientDecision decision) {
        String words = ReferralVersion.words(decision.name());
        return new CodeableConcept(new Coding(PATIENT_DECISION_SYSTEM, decision.name(), words)).setText(words);
    }

    /** The states whose step's reason explains them: on hold (what is needed), rejected, cancelled. */
    static boolean hasReason(ReferralStatus state) {
        return state == ReferralStatus.INFO_REQUESTED || state == ReferralStatus.REJECTED
                || state == ReferralStatus.CANCELLED;
    }

    /** The patient: the register's Patient when registered, else their MRN and name. */
    static Reference patient(Referral referral, Long patientId) {
        Reference reference = patientId == null ? new Reference() : new Reference("Patient/" + patientId);
        if (patientId == null) {
            reference.setIdentifier(new Identifier().setSystem(FhirIds.mrnSystem()).setValue(referral.getPatientMrn()));
        }
        return reference.setDisplay(referral.getPatientName());
    }

    /** The first physician, who asked for the second opinion. */
    static Reference requester(Referral referral) {
        Reference reference = referral.getFirstPhysicianId() == null ? new Reference()
                : new Reference("Practitioner/" + referral.getFirstPhysicianId());
        return reference.setDisplay(referral.getFirstPhysicianName());
    }

    /**
     * The elements of {@code sent} that differ from the Task as it is ({@code current}), as FHIRPath expressions:
     * a client may change only the status (to cancel) and its reason.
     */
    public static List<String> unexpectedChanges(Task current, Task sent) {
        List<String> changed = new ArrayList<>();
        for (Property property : current.children()) {
            String name = property.getName();
            if (CHANGEABLE.contains(name)) {
                continue;
            }
            List<Base> was = property.getValues();
            Property given = sent.getNamedProperty(name);
            List<Base> now = given == null ? List.of() : given.getValues();
            if (!same(was, now)) {
                changed.add("Task." + name);
            }
        }
        return changed;
    }

    private static boolean same(List<Base> was, List<Base> now) {
        List<Base> a = was.stream().filter(b -> b != null && !b.isEmpty()).toList();
        List<Base> b = now.stream().filter(x -> x != null && !x.isEmpty()).toList();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsDeep(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
