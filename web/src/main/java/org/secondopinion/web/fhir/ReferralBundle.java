package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.secondopinion.referral.boundary.IntakeForm;
import org.secondopinion.referral.entity.Sex;
import org.secondopinion.referral.entity.StandardQuestion;
import org.secondopinion.referral.entity.TreatmentKind;
import org.secondopinion.referral.entity.Urgency;

/**
 * A referral as FHIR sends it (a transaction Bundle, or a ServiceRequest or Task alone) read into the one
 * {@link IntakeForm} the intake page fills, so the referral is taken in through the same boundary with the same rules.
 *
 * <p>The mapping (also in the README, "Sending a referral"):
 * <ul>
 * <li>Patient: the identifier whose system is the MRN system ({@link FhirIds#mrnSystem()}), else the one whose type
 * is v2-0203 {@code MR}; the official (else first) name; birthDate; gender; the first phone (else e-mail) of telecom;
 * the preferred (else first) communication.language.</li>
 * <li>ServiceRequest: intent {@code order}; status {@code active} or {@code draft}; subject (the Bundle's Patient, or
 * {@code Patient/{id}} of this server); requester (Practitioner, PractitionerRole or Organization: names and NPIs);
 * the ICD-10-CM coding of reasonCode; performerType, else code (its text, else a coding's display) the requested
 * specialty; a requester outside the Bundle is taken by its display;
 * the orderDetail coded in {@value #TREATMENT_SYSTEM} the kind of the proposed treatment and its text the treatment;
 * the first note the reason, every further note one of the patient's own questions; priority routine or urgent
 * ({@code stat} is an emergency, refused by the referral as on the page); meta.tag {@value #INTAKE_SYSTEM}|{@value
 * #CONFIRMED_NOT_DUPLICATE} confirms a separate request despite an open case.</li>
 * <li>Consent: a Consent with status active whose patient is the ServiceRequest's subject, in the Bundle or contained
 * in the ServiceRequest (ServiceRequest.supportingInfo may point to it).</li>
 * <li>QuestionnaireResponse (optional): an item whose linkId names a standard question ({@link StandardQuestion},
 * e.g. {@code ALTERNATIVES}) answered true picks it; every other item's string answers are the patient's own
 * questions.</li>
 * <li>Coverage (optional): payor (display, or the referenced Organization's name), the class of type {@code plan}
 * (name, else value), subscriberId: kept with the referral as the sender gave them.</li>
 * <li>Task (optional in a Bundle): intent {@code order}, code {@code fulfill}, status {@code requested}, focus the
 * ServiceRequest.</li>
 * </ul>
 * Errors name the element by a FHIRPath rooted at the resource type ({@code ServiceRequest.reasonCode}); errors in
 * the Bundle's own structure by a path rooted at the Bundle ({@code Bundle.entry[2].request.method}).
 */
public final class ReferralBundle {

    public static final String INTAKE_SYSTEM = "urn:secondopinion:intake";
    public static final String CONFIRMED_NOT_DUPLICATE = "confirmed-not-duplicate";
    public static final String TREATMENT_SYSTEM = "urn:secondopinion:treatment-kind";
    public static final String V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public static final String TASK_CODE_SYSTEM = "http://hl7.org/fhir/CodeSystem/task-code";

    /** What became of one entry of the Bundle. */
    public enum Role {
        PATIENT, SERVICE_REQUEST, TASK, COVERAGE, REQUESTER, CONSENT, QUESTIONS, IGNORED
    }

    /**
     * The intake read from FHIR: the form, the role of each Bundle entry (in order), the Patient's conditional
     * create ({@code ifNoneExist}, or null) and the patient's register id when the subject is {@code Patient/{id}}.
     */
    public record Intake(IntakeForm form, List<Role> roles, String patientIfNoneExist, Long registeredPatientId) {
    }

    private final String mrnSystem;
    private final LongFunction<Optional<org.secondopinion.referral.entity.Patient>> registered;
    private final Map<String, Resource> byUrl = new HashMap<>();
    private DomainResource container;

    /**
     * @param mrnSystem the identifier system of medical record numbers
     * @param registered the register's patient of an id ({@code Patient/{id}} of this server), if the caller may see
     *                   them
     */
    public ReferralBundle(String mrnSystem,
                          LongFunction<Optional<org.secondopinion.referral.entity.Patient>> registered) {
        this.mrnSystem = mrnSystem;
        this.registered = registered;
    }

    /** Reads a transaction Bundle. */
    public Intake read(Bundle bundle) {
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            throw invalid("Bundle.type", "Send a Bundle of type transaction (this one is "
                    + (bundle.getType() == null ? "without a type" : bundle.getType().toCode()) + ").");
        }
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            Bundle.BundleEntryComponent entry = entries.get(i);
            if (entry.getResource() == null) {
                throw invalid("Bundle.entry[" + i + "].resource", "Every entry carries a resource.");
            }
            if (entry.getRequest().getMethod() != Bundle.HTTPVerb.POST) {
                throw invalid("Bundle.entry[" + i + "].request.method",
                        "Only POST (create) entries are taken in a referral transaction.");
            }
            Resource resource = entry.getResource();
            if (entry.hasFullUrl()) {
                if (byUrl.containsKey(entry.getFullUrl())) {
                    throw invalid("Bundle.entry[" + i + "].fullUrl", "Two entries have the fullUrl "
                            + entry.getFullUrl() + ": each entry needs its own.");
                }
                byUrl.put(entry.getFullUrl(), resource);
                // a relative reference resolves against an absolute fullUrl's base: [base]/Type/id
                java.util.regex.Matcher tail = java.util.regex.Pattern.compile("^(https?://.*/)?([A-Z][A-Za-z]+/"
                        + "[A-Za-z0-9\\-.]{1,64})$").matcher(entry.getFullUrl());
                if (tail.matches()) {
                    byUrl.putIfAbsent(tail.group(2), resource);
                }
            }
            if (resource.getIdElement().hasIdPart()) {
                byUrl.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
            }
        }
        List<ServiceRequest> requests = ofType(entries, ServiceRequest.class);
        if (requests.size() != 1) {
            throw unprocessable("Bundle.entry", "A referral Bundle carries exactly one ServiceRequest (this one has "
                    + requests.size() + ").");
        }
        List<Patient> patients = ofType(entries, Patient.class);
        if (patients.size() > 1) {
            throw unprocessable("Bundle.entry", "A referral Bundle carries at most one Patient (this one has "
                    + patients.size() + ").");
        }
        List<Task> tasks = ofType(entries, Task.class);
        if (tasks.size() > 1) {
            throw unprocessable("Bundle.entry", "A referral Bundle carries at most one Task.");
        }
        List<Coverage> coverages = ofType(entries, Coverage.class);
        if (coverages.size() > 1) {
            throw unprocessable("Bundle.entry", "A referral Bundle carries at most one Coverage.");
        }
        ServiceRequest request = requests.get(0);
        Reading reading = readRequest(request, patients.isEmpty() ? null : patients.get(0));
        tasks.forEach(task -> {
            checkTask(task, request);
            checkTaskPatient(task, reading);
        });
        coverages.forEach(coverage -> readCoverage(coverage, reading));
        readConsent(reading, ofType(entries, Consent.class));
        ofType(entries, QuestionnaireResponse.class).forEach(answers -> readQuestions(answers, reading.form));
        List<Role> roles = new ArrayList<>();
        String ifNoneExist = null;
        for (Bundle.BundleEntryComponent entry : entries) {
            Resource resource = entry.getResource();
            Role role = roleOf(resource, reading);
            if (role == Role.PATIENT && entry.getRequest().hasIfNoneExist()) {
                ifNoneExist = entry.getRequest().getIfNoneExist();
            }
            roles.add(role);
        }
        return new Intake(reading.form, List.copyOf(roles), ifNoneExist, reading.registeredPatientId);
    }

    /** Reads a ServiceRequest sent alone (its subject a Patient of this server, or contained). */
    public Intake read(ServiceRequest request) {
        container = request;
        Reading reading = readRequest(request, null);
        readConsent(reading, List.of());
        return new Intake(reading.form, List.of(Role.SERVICE_REQUEST), null, reading.registeredPatientId);
    }

    /** Reads a Task sent alone whose focus is a contained ServiceRequest (what that refers to contained too). */
    public Intake readTask(Task task) {
        container = task;
        Resource focus = resolve(task.getFocus());
        if (!(focus instanceof ServiceRequest request)) {
            throw unprocessable("Task.focus", "The Task's focus must be the ServiceRequest: contained (#id) or"
                    + " ServiceRequest/{id} of this server.");
        }
        checkTask(task, request);
        Reading reading = readRequest(request, null);
        checkTaskPatient(task, reading);
        readConsent(reading, List.of());
        return new Intake(reading.form, List.of(Role.TASK), null, reading.registeredPatientId);
    }

    /** The id of a focus {@code ServiceRequest/{id}} (this server's referral), if the Task names one. */
    public static Optional<Long> focusId(Task task) {
        String reference = task.getFocus().getReference();
        if (reference != null && reference.matches("(.*/)?ServiceRequest/[0-9]{1,18}(/_history/[0-9]+)?")) {
            String tail = reference.replaceAll("/_history/[0-9]+$", "");
            return Optional.of(Long.parseLong(tail.substring(tail.lastIndexOf('/') + 1)));
        }
        return Optional.empty();
    }

    /**
     * The identifier a conditional create names ({@code identifier=system|value}, several separated by commas),
     * as (system, value) pairs; the system may be empty.
     */
    public static List<String[]> identifiersOf(String condition) {
        String query = condition == null ? "" : condition.trim();
        int question = query.indexOf('?');
        if (question >= 0) {
            query = query.substring(question + 1);
        }
        if (!query.startsWith("identifier=") || query.contains("&")) {
            throw invalid("Bundle.entry.request.ifNoneExist", "A Patient's conditional create takes"
                    + " identifier=<system>|<value> (the medical record number), nothing else.");
        }
        List<String[]> identifiers = new ArrayList<>();
        for (String token : java.net.URLDecoder.decode(query.substring("identifier=".length()),
                java.nio.charset.StandardCharsets.UTF_8).split(",")) {
            int bar = token.indexOf('|');
            String system = bar < 0 ? "" : token.substring(0, bar);
            String value = bar < 0 ? token : token.substring(bar + 1);
            if (value.isBlank()) {
                throw invalid("Bundle.entry.request.ifNoneExist", "The conditional create names no identifier value.");
            }
            identifiers.add(new String[] {system, value});
        }
        return identifiers;
    }

    /** Reads a Patient's demographics the way an intake does (a Patient sent alone, too). */
    public org.secondopinion.referral.entity.Patient patient(Patient patient) {
        String mrn = mrnOf(patient);
        if (!patient.hasBirthDate()) {
            throw unprocessable("Patient.birthDate", "Date of birth is required.");
        }
        String name = nameOf(patient);
        if (name == null) {
            throw unprocessable("Patient.name", "Patient name is required: a name with family and/or given, or text.");
        }
        org.hl7.fhir.r4.model.DateType born = patient.getBirthDateElement();
        if (born.getPrecision() != ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
            throw unprocessable("Patient.birthDate", "Date of birth must be a full date (year, month and day).");
        }
        LocalDate birthDate = LocalDate.of(born.getYear(), born.getMonth() + 1, born.getDay());
        return new org.secondopinion.referral.entity.Patient(name, birthDate, sexOf(patient.getGender()), mrn,
                contactOf(patient), languageOf(patient));
    }

    private static final class Reading {
        final IntakeForm form = new IntakeForm();
        Long registeredPatientId;
        Patient patient;
        String subject;
        Resource requester;
        final List<Resource> requesterParts = new ArrayList<>();
    }

    private Reading readRequest(ServiceRequest request, Patient bundlePatient) {
        Reading reading = new Reading();
        IntakeForm form = reading.form;
        if (request.getIntent() != ServiceRequest.ServiceRequestIntent.ORDER) {
            throw unprocessable("ServiceRequest.intent", "A referral's ServiceRequest has intent order.");
        }
        if (!request.hasStatus()) {
            throw invalid("ServiceRequest.status", "A ServiceRequest has a status (active, for a new referral).");
        }
        if (request.getStatus() != ServiceRequest.ServiceRequestStatus.ACTIVE
                && request.getStatus() != ServiceRequest.ServiceRequestStatus.DRAFT) {
            throw unprocessable("ServiceRequest.status", "A new referral's ServiceRequest is active (or draft), not "
                    + request.getStatus().toCode() + ".");
        }
        readSubject(request, bundlePatient, reading);
        readRequester(request, reading);
        readReason(request, form);
        readSpecialtyAndTreatment(request, form);
        List<String> notes = request.getNote().stream().map(n -> n.getText()).filter(t -> t != null && !t.isBlank())
                .toList();
        if (notes.isEmpty()) {
            throw unprocessable("ServiceRequest.note", "Reason for the second opinion is required: the first note.");
        }
        form.setReason(notes.get(0));
        form.getOwnQuestions().addAll(notes.subList(1, notes.size()));
        form.setUrgency(urgencyOf(request));
        form.setConfirmedNotDuplicate(request.getMeta().getTag().stream()
                .anyMatch(t -> INTAKE_SYSTEM.equals(t.getSystem()) && CONFIRMED_NOT_DUPLICATE.equals(t.getCode())));
        return reading;
    }

    private void readSubject(ServiceRequest request, Patient bundlePatient, Reading reading) {
        Reference subject = request.getSubject();
        if (!subject.hasReference() && subject.getResource() == null) {
            throw unprocessable("ServiceRequest.subject", "The ServiceRequest's subject must be the Patient: an entry"
                    + " of the Bundle (its fullUrl) or Patient/{id} of this server.");
        }
        Resource target = resolve(subject);
        Patient patient;
        if (target instanceof Patient found) {
            patient = found;
        } else if (bundlePatient != null && target == null && isLocalPatient(subject.getReference())) {
            throw unprocessable("ServiceRequest.subject", "The subject names " + subject.getReference()
                    + " but the Bundle's Patient is another: point the subject at the Patient's fullUrl.");
        } else if (target == null && isLocalPatient(subject.getReference())) {
            long id = localId(subject.getReference());
            org.secondopinion.referral.entity.Patient known = registered.apply(id).orElseThrow(() -> unprocessable(
                    "ServiceRequest.subject", "There is no Patient/" + id + " here: send the Patient in the Bundle."));
            reading.registeredPatientId = id;
            reading.subject = subject.getReference();
            takePatient(reading.form, known);
            return;
        } else {
            throw unprocessable("ServiceRequest.subject", "The ServiceRequest's subject (" + subject.getReference()
                    + ") is neither an entry of the Bundle nor a Patient of this server.");
        }
        if (bundlePatient != null && patient != bundlePatient) {
            throw unprocessable("ServiceRequest.subject", "The subject must be the Bundle's Patient.");
        }
        reading.patient = patient;
        reading.subject = subject.getReference();
        takePatient(reading.form, patient(patient));
    }

    private static void takePatient(IntakeForm form, org.secondopinion.referral.entity.Patient patient) {
        form.setPatientName(patient.name());
        form.setPatientBirthDate(patient.birthDate());
        form.setPatientSex(patient.sex());
        form.setPatientMrn(patient.medicalRecordNumber());
        form.setPatientContact(patient.contact());
        if (patient.preferredLanguage() != null) {
            form.setPatientLanguage(patient.preferredLanguage());
        }
    }

    private void readRequester(ServiceRequest request, Reading reading) {
        Reference requester = request.getRequester();
        if (!requester.hasReference() && !requester.hasDisplay() && requester.getResource() == null) {
            throw unprocessable("ServiceRequest.requester", "The first physician is required: ServiceRequest.requester"
                    + " (a Practitioner, PractitionerRole or Organization in the Bundle).");
        }
        Resource target = resolve(requester);
        IntakeForm form = reading.form;
        Practitioner practitioner = null;
        Organization organisation = null;
        if (target instanceof PractitionerRole role) {
            reading.requesterParts.add(role);
            if (resolve(role.getPractitioner()) instanceof Practitioner p) {
                practitioner = p;
            } else if (role.getPractitioner().hasDisplay()) {
                form.setFirstPhysicianName(role.getPractitioner().getDisplay());
            }
            if (resolve(role.getOrganization()) instanceof Organization o) {
                organisation = o;
            } else if (role.getOrganization().hasDisplay()) {
                form.setFirstOrganisationName(role.getOrganization().getDisplay());
            }
        } else if (target instanceof Practitioner p) {
            practitioner = p;
        } else if (target instanceof Organization o) {
            organisation = o;
        } else if (target != null) {
            throw unprocessable("ServiceRequest.requester", "The requester must be a Practitioner, PractitionerRole"
                    + " or Organization, not " + target.fhirType() + ".");
        }
        if (practitioner != null) {
            reading.requesterParts.add(practitioner);
            HumanName name = practitioner.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                    .findFirst().orElse(practitioner.getNameFirstRep());
            form.setFirstPhysicianName(text(name));
            form.setFirstPhysicianNpi(npiOf(practitioner.getIdentifier()));
        }
        if (organisation != null) {
            reading.requesterParts.add(organisation);
            form.setFirstOrganisationName(organisation.getName());
            form.setFirstOrganisationNpi(npiOf(organisation.getIdentifier()));
        }
        if (blank(form.getFirstPhysicianName()) && requester.hasDisplay() && !(target instanceof Organization)) {
            form.setFirstPhysicianName(requester.getDisplay());
        }
        if (target == null && requester.hasReference() && !requester.hasDisplay()) {
            throw unprocessable("ServiceRequest.requester", "The requester (" + requester.getReference()
                    + ") is not in the Bundle: send the first physician as a Practitioner, PractitionerRole or"
                    + " Organization entry, or name them in requester.display.");
        }
        if (blank(form.getFirstPhysicianName())) {
            throw unprocessable("ServiceRequest.requester", "The first physician is required: the requester names an"
                    + " organisation only; send a PractitionerRole (practitioner and organization) or a Practitioner.");
        }
        reading.requester = target;
    }

    private static void readReason(ServiceRequest request, IntakeForm form) {
        for (CodeableConcept reason : request.getReasonCode()) {
            for (Coding coding : reason.getCoding()) {
                if (FhirIds.ICD10CM_SYSTEM.equals(coding.getSystem()) && coding.hasCode()) {
                    form.setDiagnosisCode(coding.getCode());
                    String text = reason.hasText() ? reason.getText() : coding.getDisplay();
                    if (blank(text)) {
                        throw unprocessable("ServiceRequest.reasonCode.text", "Diagnosis text is required: the"
                                + " reasonCode's text or its ICD-10-CM coding's display.");
                    }
                    form.setDiagnosisText(text);
                    return;
                }
            }
        }
        throw unprocessable("ServiceRequest.reasonCode", "An ICD-10-CM diagnosis is required: a reasonCode coding"
                + " with system " + FhirIds.ICD10CM_SYSTEM + ".");
    }

    private static void readSpecialtyAndTreatment(ServiceRequest request, IntakeForm form) {
        String specialty = textOf(request.getPerformerType());
        if (blank(specialty)) {
            specialty = textOf(request.getCode());
        }
        if (blank(specialty)) {
            throw unprocessable("ServiceRequest.code", "Requested specialty is required: ServiceRequest.performerType"
                    + " or ServiceRequest.code (its text, or a coding's display).");
        }
        form.setRequestedSpecialty(specialty);
        for (CodeableConcept detail : request.getOrderDetail()) {
            for (Coding coding : detail.getCoding()) {
                if (TREATMENT_SYSTEM.equals(coding.getSystem())) {
                    form.setTreatmentKind(treatmentKindOf(coding.getCode()));
                    String text = detail.hasText() ? detail.getText() : coding.getDisplay();
                    if (blank(text)) {
                        throw unprocessable("ServiceRequest.orderDetail.text", "Proposed treatment is required: the"
                                + " orderDetail's text.");
                    }
                    form.setTreatmentText(text);
                    return;
                }
            }
        }
        throw unprocessable("ServiceRequest.orderDetail", "The proposed treatment is required: an orderDetail coded in "
                + TREATMENT_SYSTEM + " (surgery, drug-therapy, radiation, monitoring or other) with the treatment as"
                + " its text.");
    }

    private static String textOf(CodeableConcept concept) {
        return concept.hasText() ? concept.getText()
                : concept.getCoding().stream().map(Coding::getDisplay).filter(d -> !blank(d)).findFirst().orElse(null);
    }

    static TreatmentKind treatmentKindOf(String code) {
        if (code != null) {
            for (TreatmentKind kind : TreatmentKind.values()) {
                if (kind.name().replace('_', '-').equalsIgnoreCase(code.trim())) {
                    return kind;
                }
            }
        }
        throw unprocessable("ServiceRequest.orderDetail", "Unknown kind of treatment " + code + ": use surgery,"
                + " drug-therapy, radiation, monitoring or other.");
    }

    private static Urgency urgencyOf(ServiceRequest request) {
        if (!request.hasPriority()) {
            return Urgency.ROUTINE;
        }
        return switch (request.getPriority()) {
            case ROUTINE -> Urgency.ROUTINE;
            case URGENT -> Urgency.URGENT;
            // the referral refuses an emergency with the page's words
            case STAT -> Urgency.EMERGENCY;
            default -> throw unprocessable("ServiceRequest.priority", "Priority " + request.getPriority().toCode()
                    + " is not taken: send routine or urgent (an emergency, stat, belongs in emergency care).");
        };
    }

    private void checkTask(Task task, ServiceRequest request) {
        if (task.getIntent() != Task.TaskIntent.ORDER) {
            throw unprocessable("Task.intent", "A referral's Task has intent order.");
        }
        if (task.getStatus() != Task.TaskStatus.REQUESTED) {
            throw unprocessable("Task.status", "A new referral's Task has status requested.");
        }
        if (task.getCode().getCoding().stream()
                .noneMatch(c -> TASK_CODE_SYSTEM.equals(c.getSystem()) && "fulfill".equals(c.getCode()))) {
            throw unprocessable("Task.code", "A referral's Task has code fulfill (" + TASK_CODE_SYSTEM + ").");
        }
        if (resolve(task.getFocus()) != request) {
            throw unprocessable("Task.focus", "The Task's focus must be the referral's ServiceRequest (its fullUrl).");
        }
    }

    /** A Task's {@code for}, when given, is the referral's patient: the Bundle's Patient or the subject named. */
    private void checkTaskPatient(Task task, Reading reading) {
        if (task.hasFor() && (reading.patient != null && resolve(task.getFor()) != reading.patient
                || reading.patient == null && !java.util.Objects.equals(task.getFor().getReference(),
                reading.subject))) {
            throw unprocessable("Task.for", "The Task is for the referral's patient (the ServiceRequest's subject).");
        }
    }

    private void readCoverage(Coverage coverage, Reading reading) {
        IntakeForm form = reading.form;
        if (coverage.hasBeneficiary() && reading.patient != null && resolve(coverage.getBeneficiary()) != reading.patient
                || coverage.hasBeneficiary() && reading.patient == null
                && !java.util.Objects.equals(coverage.getBeneficiary().getReference(), reading.subject)) {
            throw unprocessable("Coverage.beneficiary", "The Coverage's beneficiary must be the referral's patient.");
        }
        String payor = null;
        for (Reference reference : coverage.getPayor()) {
            if (resolve(reference) instanceof Organization organisation && organisation.hasName()) {
                payor = organisation.getName();
            } else if (reference.hasDisplay()) {
                payor = reference.getDisplay();
            }
            if (payor != null) {
                break;
            }
        }
        form.setCoveragePayor(payor);
        coverage.getClass_().stream()
                .filter(c -> c.getType().getCoding().stream().anyMatch(t -> "plan".equals(t.getCode())))
                .findFirst().ifPresent(plan -> form.setCoveragePlan(plan.hasName() ? plan.getName() : plan.getValue()));
        form.setCoverageMemberId(coverage.hasSubscriberId() ? coverage.getSubscriberId() : null);
    }

    private void readConsent(Reading reading, List<Consent> inBundle) {
        List<Consent> candidates = new ArrayList<>(inBundle);
        if (container != null) {
            container.getContained().stream().filter(Consent.class::isInstance).map(Consent.class::cast)
                    .forEach(candidates::add);
        }
        for (Consent consent : candidates) {
            Resource patient = resolve(consent.getPatient());
            boolean forSubject = reading.patient != null ? patient == reading.patient
                    : consent.getPatient().hasReference() && consent.getPatient().getReference().equals(reading.subject);
            if (!forSubject) {
                throw unprocessable("Consent.patient", "The Consent's patient must be the ServiceRequest's subject.");
            }
            if (consent.getStatus() != Consent.ConsentState.ACTIVE) {
                throw unprocessable("Consent.status", "The patient's consent must be active (this one is "
                        + (consent.getStatus() == null ? "without a status" : consent.getStatus().toCode()) + ").");
            }
            reading.form.setConsent(true);
        }
        if (!reading.form.isConsent()) {
            throw unprocessable("ServiceRequest.supportingInfo", "The patient's consent to share records with the"
                    + " reviewing specialist is required before a request can be taken in: send a Consent (status"
                    + " active, patient = the ServiceRequest's subject) in the Bundle, or contained and referenced"
                    + " by ServiceRequest.supportingInfo.");
        }
    }

    private static void readQuestions(QuestionnaireResponse answers, IntakeForm form) {
        collect(answers.getItem(), form);
    }

    private static void collect(List<QuestionnaireResponse.QuestionnaireResponseItemComponent> items, IntakeForm form) {
        for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : items) {
            Optional<StandardQuestion> standard = standardQuestion(item.getLinkId());
            for (QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
                if (standard.isPresent() && answer.hasValueBooleanType() && answer.getValueBooleanType().booleanValue()) {
                    if (!form.getStandardQuestions().contains(standard.get())) {
                        form.getStandardQuestions().add(standard.get());
                    }
                } else if (answer.hasValueStringType() && !blank(answer.getValueStringType().getValue())) {
                    form.getOwnQuestions().add(answer.getValueStringType().getValue());
                }
                collect(answer.getItem(), form);
            }
            collect(item.getItem(), form);
        }
    }

    private static Optional<StandardQuestion> standardQuestion(String linkId) {
        if (linkId == null) {
            return Optional.empty();
        }
        for (StandardQuestion question : StandardQuestion.values()) {
            if (question.name().equalsIgnoreCase(linkId.trim().replace('-', '_'))) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    private Role roleOf(Resource resource, Reading reading) {
        if (resource instanceof Patient) {
            return Role.PATIENT;
        }
        if (resource instanceof ServiceRequest) {
            return Role.SERVICE_REQUEST;
        }
        if (resource instanceof Task) {
            return Role.TASK;
        }
        if (resource instanceof Coverage) {
            return Role.COVERAGE;
        }
        if (resource instanceof Consent) {
            return Role.CONSENT;
        }
        if (resource instanceof QuestionnaireResponse) {
            return Role.QUESTIONS;
        }
        if (resource == reading.requester || reading.requesterParts.contains(resource)) {
            return Role.REQUESTER;
        }
        return Role.IGNORED;
    }

    private String mrnOf(Patient patient) {
        Optional<Identifier> mrn = patient.getIdentifier().stream()
                .filter(i -> mrnSystem.equals(i.getSystem()) && !blank(i.getValue())).findFirst();
        if (mrn.isEmpty()) {
            mrn = patient.getIdentifier().stream().filter(i -> !blank(i.getValue())
                    && i.getType().getCoding().stream().anyMatch(c -> "MR".equals(c.getCode())
                    && (V2_0203.equals(c.getSystem()) || "http://hl7.org/fhir/v2/0203".equals(c.getSystem()))))
                    .findFirst();
        }
        return mrn.map(Identifier::getValue).map(String::trim).orElseThrow(() -> unprocessable("Patient.identifier",
                "Medical record number is required: an identifier with system " + mrnSystem + " or of type MR ("
                        + V2_0203 + ")."));
    }

    private static String nameOf(Patient patient) {
        HumanName name = patient.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(patient.getName().isEmpty() ? null : patient.getName().get(0));
        return name == null ? null : text(name);
    }

    private static String text(HumanName name) {
        if (name.hasText()) {
            return name.getText().trim();
        }
        String given = String.join(" ", name.getGiven().stream().map(g -> g.getValue()).filter(g -> !blank(g))
                .toList());
        String full = (given + " " + (name.hasFamily() ? name.getFamily() : "")).trim();
        return full.isEmpty() ? null : full;
    }

    private static Sex sexOf(AdministrativeGender gender) {
        if (gender == null) {
            return Sex.UNKNOWN;
        }
        return switch (gender) {
            case FEMALE -> Sex.FEMALE;
            case MALE -> Sex.MALE;
            case OTHER -> Sex.OTHER;
            default -> Sex.UNKNOWN;
        };
    }

    private static String contactOf(Patient patient) {
        return patient.getTelecom().stream()
                .filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE && !blank(t.getValue()))
                .findFirst()
                .or(() -> patient.getTelecom().stream()
                        .filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.EMAIL && !blank(t.getValue()))
                        .findFirst())
                .map(ContactPoint::getValue).orElse(null);
    }

    private static String languageOf(Patient patient) {
        Optional<Patient.PatientCommunicationComponent> chosen = patient.getCommunication().stream()
                .filter(Patient.PatientCommunicationComponent::getPreferred).findFirst()
                .or(() -> patient.getCommunication().stream().findFirst());
        if (chosen.isEmpty()) {
            return null;
        }
        CodeableConcept language = chosen.get().getLanguage();
        if (language.hasText()) {
            return language.getText();
        }
        for (Coding coding : language.getCoding()) {
            if (!blank(coding.getDisplay())) {
                return coding.getDisplay();
            }
            if (!blank(coding.getCode())) {
                String name = Locale.forLanguageTag(coding.getCode()).getDisplayLanguage(Locale.ENGLISH);
                return name.isBlank() ? coding.getCode() : name;
            }
        }
        return null;
    }

    private static String npiOf(List<Identifier> identifiers) {
        return identifiers.stream().filter(i -> FhirIds.NPI_SYSTEM.equals(i.getSystem())).map(Identifier::getValue)
                .findFirst().orElse(null);
    }

    private Resource resolve(Reference reference) {
        if (reference == null) {
            return null;
        }
        if (reference.getResource() instanceof Resource inline) {
            return inline;
        }
        String ref = reference.getReference();
        if (ref == null) {
            return null;
        }
        if (ref.startsWith("#")) {
            if (container == null) {
                return null;
            }
            String id = ref.substring(1);
            return container.getContained().stream()
                    .filter(r -> id.equals(r.getIdElement().getIdPart()) || ref.equals(r.getId())).findFirst()
                    .orElse(null);
        }
        Resource found = byUrl.get(ref);
        if (found == null && ref.contains("/_history/")) {
            found = byUrl.get(ref.substring(0, ref.indexOf("/_history/")));
        }
        return found;
    }

    private static boolean isLocalPatient(String reference) {
        return reference != null && reference.matches("Patient/[0-9]{1,18}");
    }

    private static long localId(String reference) {
        return Long.parseLong(reference.substring("Patient/".length()));
    }

    private static <T extends Resource> List<T> ofType(List<Bundle.BundleEntryComponent> entries, Class<T> type) {
        return entries.stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast)
                .toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** 422: the input is readable FHIR but lacks or contradicts what a referral needs. */
    static UnprocessableEntityException unprocessable(String expression, String message) {
        return new UnprocessableEntityException(FhirContexts.r4(),
                FhirErrors.outcome(IssueType.INVALID, message, expression));
    }

    /** 400: the request is not of a form this server takes. */
    static BaseServerResponseException invalid(String expression, String message) {
        return new InvalidRequestException(message, FhirErrors.outcome(IssueType.INVALID, message, expression));
    }
}
