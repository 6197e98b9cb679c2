package org.secondopinion.referral.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * A patient's request for an independent second opinion, from intake to the patient's
 * decision. The state machine lives here: each step checks that it is legal from the
 * current state, records who took it, when and why, and keeps the turnaround clock.
 */
@Entity
@Table(name = "referral")
@NamedQuery(name = Referral.FIND_OPEN_DUPLICATES, query = "SELECT r.id FROM Referral r WHERE r.patientMrn = :mrn"
        + " AND r.diagnosisCode = :code AND r.status IN :open ORDER BY r.id")
@NamedQuery(name = Referral.FIND_DUE_BEFORE, query = "SELECT r FROM Referral r WHERE r.escalatedAt IS NULL"
        + " AND r.dueAt < :now AND r.status IN :running ORDER BY r.dueAt, r.id")
@NamedQuery(name = Referral.COUNT_OPEN_BY_SPECIALIST, query = "SELECT r.specialist.id, COUNT(r) FROM Referral r"
        + " WHERE r.specialist IS NOT NULL AND r.status IN :active GROUP BY r.specialist.id")
public class Referral implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_OPEN_DUPLICATES = "Referral.findOpenDuplicates";
    public static final String FIND_DUE_BEFORE = "Referral.findDueBefore";
    public static final String COUNT_OPEN_BY_SPECIALIST = "Referral.countOpenBySpecialist";

    /** The states in which a case counts against a specialist's capacity. */
    public static final Set<ReferralStatus> SPECIALIST_LOAD =
            EnumSet.of(ReferralStatus.OFFERED, ReferralStatus.ACCEPTED, ReferralStatus.IN_REVIEW,
                    ReferralStatus.INFO_REQUESTED);

    @Id
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralStatus status;

    @Column(name = "patient_name", nullable = false, length = 200)
    private String patientName;
    @Column(name = "patient_birth_date", nullable = false)
    private LocalDate patientBirthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "patient_sex", nullable = false, length = 10)
    private Sex patientSex;
    @Column(name = "patient_mrn", nullable = false, length = 40)
    private String patientMrn;
    @Column(name = "patient_contact", length = 200)
    private String patientContact;
    @Column(name = "patient_language", nullable = false, length = 40)
    private String patientLanguage;

    @Column(name = "first_physician_name", nullable = false, length = 200)
    private String firstPhysicianName;
    @Column(name = "first_physician_id")
    private Long firstPhysicianId;
    @Column(name = "first_organisation_name", length = 200)
    private String firstOrganisationName;
    @Column(name = "first_physician_npi", length = 10)
    private String firstPhysicianNpi;
    @Column(name = "first_organisation_npi", length = 10)
    private String firstOrganisationNpi;
    @Column(name = "coverage_payor", length = 200)
    private String coveragePayor;
    @Column(name = "coverage_plan", length = 200)
    private String coveragePlan;
    @Column(name = "coverage_member_id", length = 80)
    private String coverageMemberId;
    @Column(name = "first_organisation_id")
    private Long firstOrganisationId;
    @Column(name = "first_network_id")
    private Long firstNetworkId;
    @Column(name = "first_opinion_date")
    private LocalDate firstOpinionDate;
    @Column(name = "diagnosis_code", nullable = false, length = 8)
    private String diagnosisCode;
    @Column(name = "diagnosis_text", nullable = false, length = 400)
    private String diagnosisText;
    @Enumerated(EnumType.STRING)
    @Column(name = "treatment_kind", nullable = false, length = 20)
    private TreatmentKind treatmentKind;
    @Column(name = "treatment_text", nullable = false, length = 1000)
    private String treatmentText;

    @Column(name = "requested_specialty", nullable = false, length = 80)
    private String requestedSpecialty;
    @Column(name = "requested_sub_specialty", length = 80)
    private String requestedSubSpecialty;
    @Column(nullable = false, length = 2000)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Urgency urgency;
    @Column(name = "consent_given_at", nullable = false)
    private Instant consentGivenAt;
    @Column(name = "possible_duplicate_of")
    private Long possibleDuplicateOf;
    @Column(name = "taken_in_by", nullable = false, length = 80)
    private String takenInBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "specialist_id")
    private Practitioner specialist;

    @Column(name = "records_complete_at")
    private Instant recordsCompleteAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(nullable = false)
    private boolean overdue;
    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Convert(converter = OutcomesConverter.class)
    @Column(name = "opinion_outcome", length = 80)
    private Set<OpinionOutcome> outcomes = EnumSet.noneOf(OpinionOutcome.class);
    @Column(name = "second_diagnosis_code", length = 8)
    private String secondDiagnosisCode;
    @Column(name = "second_diagnosis_text", length = 400)
    private String secondDiagnosisText;
    @Column(name = "recommended_treatment", length = 4000)
    private String recommendedTreatment;
    @Column(name = "repeat_diagnostics", length = 2000)
    private String repeatDiagnostics;
    @Column(name = "opinion_summary", length = 8000)
    private String opinionSummary;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "referral_alternative", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    private List<Alternative> alternatives = new ArrayList<>();
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "report_sha256", length = 64)
    private String reportSha256;
    @Column(name = "report_key", length = 64)
    private String reportKey;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private PatientDecision decision;
    @Column(name = "decision_note", length = 2000)
    private String decisionNote;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReferralQuestion> questions = new ArrayList<>();

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReferralRecord> records = new ArrayList<>();

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<ReferralStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL)
    @OrderBy("askedAt, id")
    private List<ReferralAddendum> addenda = new ArrayList<>();

    @Version
    private long version;

    protected Referral() {
    }

    /**
     * Takes in a request. Refuses an emergency (the patient belongs in emergency care) and a
     * request without the patient's consent to share records; needs at least one question.
     */
    public Referral(Patient patient, FirstOpinion first, String specialty, String subSpecialty, String reason,
                    Urgency urgency, boolean consent, Collection<StandardQuestion> standardQuestions,
                    Collection<String> ownQuestions, String by, Instant at) {
        if (urgency == Urgency.EMERGENCY) {
            throw new RuleViolation("urgency", "This is an emergency: a second opinion cannot wait for it. "
                    + "Send the patient to emergency care now (call 911 or go to the nearest emergency department).");
        }
        if (urgency == null) {
            throw new RuleViolation("urgency", "Urgency is required.");
        }
        if (!consent) {
            throw new RuleViolation("consent", "The patient's consent to share records with the reviewing specialist "
                    + "is required before a request can be taken in.");
        }
        requireText("patientName", patient.name(), "Patient name");
        if (patient.birthDate() == null || patient.birthDate().isAfter(LocalDate.ofInstant(at, ZoneOffset.UTC))) {
            throw new RuleViolation("patientBirthDate", "Date of birth is required and cannot be in the future.");
        }
        requireText("patientMrn", patient.medicalRecordNumber(), "Medical record number");
        requireText("firstPhysicianName", first.physicianName(), "The first physician");
        requireText("diagnosisText", first.diagnosisText(), "Diagnosis text");
        requireText("treatmentText", first.treatmentText(), "Proposed treatment");
        requireText("requestedSpecialty", specialty, "Requested specialty");
        requireText("reason", reason, "Reason for a second opinion");
        if (first.treatmentKind() == null) {
            throw new RuleViolation("treatmentKind", "Kind of the proposed treatment is required.");
        }
        if (first.date() != null && first.date().isAfter(LocalDate.ofInstant(at, ZoneOffset.UTC))) {
            throw new RuleViolation("firstOpinionDate", "Date of the first opinion cannot be in the future.");
        }
        this.patientName = patient.name().trim();
        this.patientBirthDate = patient.birthDate();
        this.patientSex = patient.sex() == null ? Sex.UNKNOWN : patient.sex();
        this.patientMrn = patient.medicalRecordNumber().trim();
        this.patientContact = blankToNull(patient.contact());
        this.patientLanguage = patient.preferredLanguage() == null || patient.preferredLanguage().isBlank()
                ? "English" : patient.preferredLanguage().trim();
        this.firstPhysicianName = first.physicianName().trim();
        this.firstPhysicianId = first.physicianId();
        this.firstOrganisationName = blankToNull(first.organisationName());
        this.firstOrganisationId = first.organisationId();
        this.firstNetworkId = first.networkId();
        this.firstOpinionDate = first.date();
        this.diagnosisCode = DiagnosisCode.normalise("diagnosisCode", first.diagnosisCode());
        this.diagnosisText = first.diagnosisText().trim();
        this.treatmentKind = first.treatmentKind();
        this.treatmentText = first.treatmentText().trim();
        this.requestedSpecialty = specialty.trim();
        this.requestedSubSpecialty = blankToNull(subSpecialty);
        this.reason = reason.trim();
        this.urgency = urgency;
        this.consentGivenAt = at;
        this.takenInBy = by;
        this.createdAt = at;
        int position = 0;
        for (StandardQuestion standard : EnumSet.copyOf(standardQuestions == null || standardQuestions.isEmpty()
                ? EnumSet.noneOf(StandardQuestion.class) : EnumSet.copyOf(standardQuestions))) {
            questions.add(new ReferralQuestion(this, ++position, standard, standard.text()));
        }
        if (ownQuestions != null) {
            for (String own : ownQuestions) {
                if (own != null && !own.isBlank()) {
                    if (own.trim().length() > 1000) {
                        throw new RuleViolation("ownQuestions", "A question is at most 1000 characters.");
                    }
                    questions.add(new ReferralQuestion(this, ++position, null, own.trim()));
                }
            }
        }
        if (questions.isEmpty()) {
            throw new RuleViolation("questions", "Choose or write at least one question the patient wants answered.");
        }
        LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
        for (RecordType type : RecordType.standardChecklist()) {
            records.add(new ReferralRecord(this, type, today, null, false));
        }
        this.status = ReferralStatus.REQUESTED;
        steps.add(new ReferralStep(this, null, ReferralStatus.REQUESTED, by, at, "request taken in"));
    }

    /** Marks this request as possibly the same as an open one; the coordinator confirmed it is a separate request. */
    public void flagPossibleDuplicateOf(Long otherId) {
        this.possibleDuplicateOf = otherId;
    }

    // ---- the workflow -------------------------------------------------------------------------

    public void startRecordCollection(String by, Instant at, String why) {
        move(ReferralStatus.RECORDS_PENDING, by, at, why == null ? "eligible; collecting records" : why);
    }

    public void reject(String by, Instant at, String why) {
        move(ReferralStatus.REJECTED, by, at, requireReason(why, "Say why the request is not eligible."));
        closedAt = at;
    }

    public void cancel(String by, Instant at, String why) {
        move(ReferralStatus.CANCELLED, by, at, requireReason(why, "Say why the case is cancelled."));
        closedAt = at;
    }

    /** Records complete: the turnaround clock starts and the case is ready for matching. */
    public void completeRecords(String by, Instant at, Duration target) {
        List<String> outstanding = records.stream().filter(ReferralRecord::isOutstanding)
                .map(r -> r.getType().name()).toList();
        if (!outstanding.isEmpty()) {
            throw new RuleViolation("records", "Records are not complete: still requested " + outstanding
                    + ". Mark each as received or not applicable first.");
        }
        move(ReferralStatus.READY_FOR_MATCHING, by, at, "records complete; turnaround clock started");
        recordsCompleteAt = at;
        dueAt = at.plus(target);
    }

    public void offerTo(Practitioner candidate, String by, Instant at, String why) {
        if (candidate == null) {
            throw new RuleViolation("specialist", "Choose a specialist to offer the case to.");
        }
        move(ReferralStatus.OFFERED, by, at, "offered to " + candidate.displayName() + (why == null ? "" : ": " + why));
        specialist = candidate;
    }

    public void accept(String by, Instant at) {
        requireStep(ReferralStatus.ACCEPTED);
        move(ReferralStatus.ACCEPTED, by, at, specialist.displayName() + " accepted");
    }

    /** The specialist declines: the case goes back to matching, without them. */
    public void decline(String by, Instant at, String why) {
        requireStep(ReferralStatus.DECLINED);
        String reasonGiven = requireReason(why, "Say why the offer is declined.");
        move(ReferralStatus.DECLINED, by, at, specialist.displayName() + " declined: " + reasonGiven);
        specialist = null;
        move(ReferralStatus.READY_FOR_MATCHING, by, at, "back to matching after a declined offer");
    }

    public void startReview(String by, Instant at) {
        move(ReferralStatus.IN_REVIEW, by, at, "review started");
    }

    /** The specialist asks for more records or repeat diagnostics; each becomes a requested item of the checklist. */
    public void requestInformation(RecordType type, String what, String by, Instant at) {
        String request = requireReason(what, "Say which records or diagnostics are needed.");
        move(ReferralStatus.INFO_REQUESTED, by, at, "asked for " + (type == null ? RecordType.OTHER : type) + ": "
                + request);
        records.add(new ReferralRecord(this, type == null ? RecordType.OTHER : type,
                LocalDate.ofInstant(at, ZoneOffset.UTC), request, true));
    }

    public void resumeReview(String by, Instant at, String why) {
        move(ReferralStatus.IN_REVIEW, by, at, why == null || why.isBlank() ? "information received" : why);
    }

    public void markRecord(long recordId, RecordState state, LocalDate on, String source, String note) {
        if (!status.isOpen()) {
            throw new RuleViolation("records", "The case is " + status + "; its records can no longer change.");
        }
        if (state == null) {
            throw new RuleViolation("state", "Choose requested, received or not applicable.");
        }
        record(recordId).mark(state, on, source, note);
    }

    public ReferralRecord record(long recordId) {
        return records.stream().filter(r -> r.getId() != null && r.getId() == recordId).findFirst()
                .orElseThrow(() -> new RecordNotFound("Record item", recordId));
    }

    // ---- the opinion --------------------------------------------------------------------------

    public void writeOpinion(Set<OpinionOutcome> newOutcomes, String secondCode, String secondText,
                             String recommended, String repeat, String summary, List<Alternative> newAlternatives) {
        requireWritable();
        Set<OpinionOutcome> chosen = newOutcomes == null || newOutcomes.isEmpty()
                ? EnumSet.noneOf(OpinionOutcome.class) : EnumSet.copyOf(newOutcomes);
        if (chosen.contains(OpinionOutcome.CONFIRMED) && chosen.size() > 1) {
            throw new RuleViolation("outcomes", "A confirmed opinion cannot also refine or change the diagnosis or treatment.");
        }
        if (chosen.contains(OpinionOutcome.DIAGNOSIS_REFINED) && chosen.contains(OpinionOutcome.DIAGNOSIS_CHANGED)) {
            throw new RuleViolation("outcomes", "Choose either refined or changed for the diagnosis, not both.");
        }
        this.outcomes = chosen;
        this.secondDiagnosisCode = secondCode == null || secondCode.isBlank() ? null
                : DiagnosisCode.normalise("secondDiagnosisCode", secondCode);
        this.secondDiagnosisText = blankToNull(secondText);
        this.recommendedTreatment = blankToNull(recommended);
        this.repeatDiagnostics = blankToNull(repeat);
        this.opinionSummary = blankToNull(summary);
        alternatives.clear();
        if (newAlternatives != null) {
            alternatives.addAll(newAlternatives);
        }
    }

    public void answer(long questionId, String text) {
        requireWritable();
        question(questionId).answer(text);
    }

    public ReferralQuestion question(long questionId) {
        return questions.stream().filter(q -> q.getId() != null && q.getId() == questionId).findFirst()
                .orElseThrow(() -> new RecordNotFound("Question", questionId));
    }

    /** Everything that still stops delivery: no outcome, no recommendation, unanswered questions. */
    public List<String> whatStopsDelivery() {
        List<String> missing = new ArrayList<>();
        if (outcomes.isEmpty()) {
            missing.add("the coded outcome");
        }
        if (recommendedTreatment == null) {
            missing.add("the recommended treatment");
        }
        if ((outcomes.contains(OpinionOutcome.DIAGNOSIS_CHANGED) || outcomes.contains(OpinionOutcome.DIAGNOSIS_REFINED))
                && secondDiagnosisCode == null) {
            missing.add("the second diagnosis (ICD-10-CM)");
        }
        questions.stream().filter(q -> !q.isAnswered())
                .forEach(q -> missing.add("an answer to question " + q.getPosition() + " (\"" + q.getText() + "\")"));
        return missing;
    }

    public void deliver(String by, Instant at) {
        if (status != ReferralStatus.IN_REVIEW) {
            throw illegal(ReferralStatus.OPINION_DELIVERED);
        }
        List<String> missing = whatStopsDelivery();
        if (!missing.isEmpty()) {
            throw new RuleViolation("opinion", "The opinion cannot be delivered yet: it still needs "
                    + String.join("; ", missing) + ".");
        }
        move(ReferralStatus.OPINION_DELIVERED, by, at, "opinion delivered");
        deliveredAt = at;
        overdue = false;
        escalatedAt = null;
    }

    /**
     * The report as issued: where it is stored and its SHA-256, so that every copy given out is that one and a
     * changed file is noticed. Issued at delivery, and again when a follow-up answer adds an addendum.
     */
    public void sealReport(String sha256, String storageKey) {
        if (deliveredAt == null) {
            throw new IllegalStateException("Only a delivered report is sealed");
        }
        reportSha256 = sha256;
        reportKey = storageKey;
    }

    public ReferralAddendum askFollowUp(String question, Instant at) {
        if (status != ReferralStatus.OPINION_DELIVERED && status != ReferralStatus.DECISION_RECORDED) {
            throw new RuleViolation("followUp", "Follow-up questions are taken after the opinion is delivered.");
        }
        String text = requireReason(question, "Write the patient's follow-up question.");
        if (addenda.size() >= 10) {
            throw new RuleViolation("followUp", "A case takes at most 10 follow-up questions.");
        }
        ReferralAddendum addendum = new ReferralAddendum(this, text, at);
        addenda.add(addendum);
        return addendum;
    }

    public void answerFollowUp(long addendumId, String text, String by, Instant at) {
        ReferralAddendum addendum = addenda.stream().filter(a -> a.getId() != null && a.getId() == addendumId)
                .findFirst().orElseThrow(() -> new RecordNotFound("Follow-up question", addendumId));
        if (addendum.isAnswered()) {
            throw new RuleViolation("answer", "This follow-up question is already answered.");
        }
        addendum.answer(requireReason(text, "Write the answer."), by, at);
    }

    // ---- the decision ---------------------------------------------------------------------------

    public void recordDecision(PatientDecision chosen, String note, String by, Instant at) {
        if (chosen == null) {
            throw new RuleViolation("decision", "Choose the patient's decision.");
        }
        if (status == ReferralStatus.DECISION_RECORDED) {
            steps.add(new ReferralStep(this, status, status, by, at, "decision changed to " + chosen));
        } else {
            move(ReferralStatus.DECISION_RECORDED, by, at, "patient decided: " + chosen);
        }
        decision = chosen;
        decisionNote = blankToNull(note);
        decidedAt = at;
    }

    public void close(String by, Instant at) {
        move(ReferralStatus.CLOSED, by, at, "case closed");
        closedAt = at;
    }

    // ---- the turnaround clock ---------------------------------------------------------------------

    /** Flags the case overdue when its clock ran past the target; true when it was flagged now. */
    public boolean flagIfOverdue(Instant now) {
        if (overdue || dueAt == null || !status.clockRuns() || !now.isAfter(dueAt)) {
            return false;
        }
        overdue = true;
        escalatedAt = now;
        return true;
    }

    public boolean isAssignedTo(String username) {
        return specialist != null && status.specialistAssigned() && username != null
                && username.equalsIgnoreCase(specialist.getUsername());
    }

    private void move(ReferralStatus target, String by, Instant at, String why) {
        if (!status.canMoveTo(target)) {
            throw illegal(target);
        }
        steps.add(new ReferralStep(this, status, target, by, at, why));
        status = target;
    }

    private void requireStep(ReferralStatus target) {
        if (!status.canMoveTo(target)) {
            throw illegal(target);
        }
    }

    private RuleViolation illegal(ReferralStatus target) {
        return new RuleViolation("status", "A case that is " + status + " cannot move to " + target
                + (status.next().isEmpty() ? "; it is finished." : "; next steps from here: " + status.next() + "."));
    }

    private void requireWritable() {
        if (status != ReferralStatus.IN_REVIEW && status != ReferralStatus.INFO_REQUESTED
                && status != ReferralStatus.ACCEPTED) {
            throw new RuleViolation("opinion", "The opinion can be written only while the case is in review (it is "
                    + status + ").");
        }
    }

    private static String requireReason(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("reason", message);
        }
        return text.trim();
    }

    private static void requireText(String field, String text, String label) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, label + " is required.");
        }
    }

    /**
     * Keeps the National Provider Identifiers of the first physician and their organisation as the referring system
     * sent them (ten digits each, or none).
     */
    public void keepProviderNumbers(String physicianNpi, String organisationNpi) {
        this.firstPhysicianNpi = npi("firstPhysicianNpi", physicianNpi);
        this.firstOrganisationNpi = npi("firstOrganisationNpi", organisationNpi);
    }

    /** Keeps the patient's coverage as the referring system gave it: payor, plan and member id (each optional). */
    public void keepCoverage(String payor, String plan, String memberId) {
        this.coveragePayor = limited("coveragePayor", payor, 200, "The coverage's payor");
        this.coveragePlan = limited("coveragePlan", plan, 200, "The coverage's plan");
        this.coverageMemberId = limited("coverageMemberId", memberId, 80, "The coverage's member id");
    }

    private static String npi(String field, String value) {
        String npi = blankToNull(value);
        if (npi != null && !npi.matches("[0-9]{10}")) {
            throw new RuleViolation(field, "A National Provider Identifier is ten digits.");
        }
        return npi;
    }

    private static String limited(String field, String value, int max, String label) {
        String text = blankToNull(value);
        if (text != null && text.length() > max) {
            throw new RuleViolation(field, label + " is at most " + max + " characters.");
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** "SO-000123": how people refer to a case. */
    public String reference() {
        return String.format("SO-%06d", id);
    }

    public Long getId() { return id; }
    public ReferralStatus getStatus() { return status; }
    public String getPatientName() { return patientName; }
    public LocalDate getPatientBirthDate() { return patientBirthDate; }
    public Sex getPatientSex() { return patientSex; }
    public String getPatientMrn() { return patientMrn; }
    public String getPatientContact() { return patientContact; }
    public String getPatientLanguage() { return patientLanguage; }
    public String getFirstPhysicianName() { return firstPhysicianName; }
    public Long getFirstPhysicianId() { return firstPhysicianId; }
    public String getFirstOrganisationName() { return firstOrganisationName; }
    public String getFirstPhysicianNpi() { return firstPhysicianNpi; }
    public String getFirstOrganisationNpi() { return firstOrganisationNpi; }
    public String getCoveragePayor() { return coveragePayor; }
    public String getCoveragePlan() { return coveragePlan; }
    public String getCoverageMemberId() { return coverageMemberId; }
    public Long getFirstOrganisationId() { return firstOrganisationId; }
    public Long getFirstNetworkId() { return firstNetworkId; }
    public LocalDate getFirstOpinionDate() { return firstOpinionDate; }
    public String getDiagnosisCode() { return diagnosisCode; }
    public String getDiagnosisText() { return diagnosisText; }
    public TreatmentKind getTreatmentKind() { return treatmentKind; }
    public String getTreatmentText() { return treatmentText; }
    public String getRequestedSpecialty() { return requestedSpecialty; }
    public String getRequestedSubSpecialty() { return requestedSubSpecialty; }
    public String getReason() { return reason; }
    public Urgency getUrgency() { return urgency; }
    public Instant getConsentGivenAt() { return consentGivenAt; }
    public Long getPossibleDuplicateOf() { return possibleDuplicateOf; }
    public String getTakenInBy() { return takenInBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Practitioner getSpecialist() { return specialist; }
    public Instant getRecordsCompleteAt() { return recordsCompleteAt; }
    public Instant getDueAt() { return dueAt; }
    public boolean isOverdue() { return overdue; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public Set<OpinionOutcome> getOutcomes() { return outcomes; }
    public String getSecondDiagnosisCode() { return secondDiagnosisCode; }
    public String getSecondDiagnosisText() { return secondDiagnosisText; }
    public String getRecommendedTreatment() { return recommendedTreatment; }
    public String getRepeatDiagnostics() { return repeatDiagnostics; }
    public String getOpinionSummary() { return opinionSummary; }
    public List<Alternative> getAlternatives() { return alternatives; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public String getReportSha256() { return reportSha256; }
    public String getReportKey() { return reportKey; }
    public PatientDecision getDecision() { return decision; }
    public String getDecisionNote() { return decisionNote; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getClosedAt() { return closedAt; }
    public List<ReferralQuestion> getQuestions() { return questions; }
    public List<ReferralRecord> getRecords() { return records; }
    public List<ReferralStep> getSteps() { return steps; }
    public List<ReferralAddendum> getAddenda() { return addenda; }
    public long getVersion() { return version; }
}
