package org.secondopinion.estimate.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.secondopinion.feeschedule.entity.FeeSchedule;
import org.secondopinion.platform.entity.RecordLocked;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * One version of a patient's cost estimate: the second-opinion workup and each treatment option, line by line,
 * under the patient's coverage (none: self-pay, a Good Faith Estimate). A draft is edited; an issued version is
 * locked and a change makes the next version; final bills are entered later against an issued version.
 */
@Entity
@Table(name = "cost_estimate")
@NamedQuery(name = CostEstimate.FIND_RECENT, query = "SELECT e FROM CostEstimate e ORDER BY e.createdAt DESC, e.id DESC")
@NamedQuery(name = CostEstimate.FIND_BY_PATIENT, query = "SELECT e FROM CostEstimate e WHERE e.patientMrn = :mrn"
        + " ORDER BY e.estimateNumber DESC, e.revision DESC")
@NamedQuery(name = CostEstimate.FIND_VERSIONS, query = "SELECT e FROM CostEstimate e WHERE e.estimateNumber = :number"
        + " ORDER BY e.revision")
public class CostEstimate implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_RECENT = "CostEstimate.findRecent";
    public static final String FIND_BY_PATIENT = "CostEstimate.findByPatient";
    public static final String FIND_VERSIONS = "CostEstimate.findVersions";
    /** The option name of the second-opinion workup lines. */
    public static final String WORKUP = "Second-opinion workup";

    @Id
    @SequenceGenerator(name = "cost_estimate_seq", sequenceName = "cost_estimate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cost_estimate_seq")
    private Long id;

    @Column(name = "estimate_number", nullable = false)
    private long estimateNumber;
    @Column(nullable = false)
    private int revision;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EstimateStatus status;
    @Column(name = "patient_mrn", nullable = false, length = 40)
    private String patientMrn;
    @Column(name = "patient_name", nullable = false, length = 200)
    private String patientName;
    @Column(name = "patient_birth_date", nullable = false)
    private LocalDate patientBirthDate;
    @Column(name = "referral_id")
    private Long referralId;
    @ManyToOne
    @JoinColumn(name = "coverage_id")
    private PatientCoverage coverage;
    @ManyToOne(optional = false)
    @JoinColumn(name = "fee_schedule_id")
    private FeeSchedule feeSchedule;
    @Column(name = "primary_service", nullable = false, length = 400)
    private String primaryService;
    @Column(name = "diagnosis_codes", length = 200)
    private String diagnosisCodes;
    @Column(name = "scheduled_on", nullable = false)
    private LocalDate scheduledOn;
    @Column(name = "service_date")
    private LocalDate serviceDate;
    @Column(name = "separately_scheduled", length = 2000)
    private String separatelyScheduled;
    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "issued_by", length = 80)
    private String issuedBy;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "gfe_due_by")
    private LocalDate goodFaithDueBy;
    @Column(name = "document_key", length = 64)
    private String documentKey;
    @Column(name = "document_sha256", length = 64)
    private String documentSha256;
    @OneToMany(mappedBy = "estimate", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<EstimateLine> lines = new ArrayList<>();
    @OneToMany(mappedBy = "estimate", cascade = CascadeType.ALL)
    @OrderBy("billDate, id")
    private List<FinalBill> finalBills = new ArrayList<>();
    @Version
    private long version;

    protected CostEstimate() {
    }

    /** A first version; its number is given by {@link #numberedAfterPersist()}. */
    public CostEstimate(String patientMrn, String patientName, LocalDate patientBirthDate, Long referralId,
                        PatientCoverage coverage, FeeSchedule feeSchedule, String by, Instant at) {
        this(0, patientMrn, patientName, patientBirthDate, referralId, coverage, feeSchedule, by, at);
    }

    /** @param coverage null for an uninsured or self-pay patient */
    private CostEstimate(long estimateNumber, String patientMrn, String patientName, LocalDate patientBirthDate,
                        Long referralId, PatientCoverage coverage, FeeSchedule feeSchedule, String by, Instant at) {
        this.estimateNumber = estimateNumber;
        this.revision = 1;
        this.status = EstimateStatus.DRAFT;
        this.patientMrn = patientMrn;
        this.patientName = patientName;
        this.patientBirthDate = patientBirthDate;
        this.referralId = referralId;
        this.coverage = coverage;
        this.feeSchedule = feeSchedule;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** A first version takes its own id as the estimate's number; call right after persisting. */
    public void numberedAfterPersist() {
        if (estimateNumber == 0 && id != null) {
            estimateNumber = id;
        }
    }

    /** What is being estimated, and when it was scheduled (or asked for) and is to happen. */
    public void describe(String primaryService, String diagnosisCodes, LocalDate scheduledOn, LocalDate serviceDate,
                         String separatelyScheduled) {
        requireDraft();
        this.primaryService = primaryService;
        this.diagnosisCodes = diagnosisCodes;
        this.scheduledOn = scheduledOn;
        this.serviceDate = serviceDate;
        this.separatelyScheduled = separatelyScheduled;
    }

    /** An issued or superseded version is never changed: a change is the next version. */
    public void requireDraft() {
        if (status != EstimateStatus.DRAFT) {
            throw new RecordLocked("Estimate " + reference() + " is " + status.name().toLowerCase()
                    + " and locked. Make a new version to change it.");
        }
    }

    public void add(EstimateLine line) {
        requireDraft();
        int next = lines.stream().mapToInt(EstimateLine::getLineNo).max().orElse(0) + 1;
        line.attach(this, next);
        lines.add(line);
    }

    public void remove(long lineId) {
        requireDraft();
        if (!lines.removeIf(line -> Objects.equals(line.getId(), lineId))) {
            throw new RuleViolation("line", "Estimate " + reference() + " has no line " + lineId + ".");
        }
    }

    /** Corrects who provides one line of a draft (name, NPI, TIN, location and state of care). */
    public void changeProvider(long lineId, EstimateLine.Provider provider) {
        requireDraft();
        lines.stream().filter(line -> Objects.equals(line.getId(), lineId)).findFirst()
                .orElseThrow(() -> new RuleViolation("line", "Estimate " + reference() + " has no line " + lineId + "."))
                .providedBy(provider);
    }

    /**
     * For a self-pay patient, each line whose provider lacks what the Good Faith Estimate must name (NPI, TIN,
     * location and state of care), with what is missing; empty when it can be issued, and always for an insured
     * patient.
     */
    public List<MissingProviderDetails> whatStopsGoodFaithEstimate() {
        if (!isSelfPay()) {
            return List.of();
        }
        return lines.stream()
                .map(line -> new MissingProviderDetails(line.getId(), line.getLineNo(), line.getCode(),
                        line.getProviderName(), line.provider().missingForGoodFaithEstimate()))
                .filter(missing -> !missing.missing().isEmpty()).toList();
    }

    /** A line whose provider details a Good Faith Estimate needs and does not have. */
    public record MissingProviderDetails(Long lineId, int lineNo, String code, String providerName,
                                         List<String> missing) implements Serializable {
        /** "Line 2 (99204, Lakeside Hospital): the NPI is missing, the TIN is missing". */
        public String describe() {
            return "Line " + lineNo + " (" + code + ", " + (providerName == null ? "no provider" : providerName) + "): "
                    + String.join(", ", missing);
        }
    }

    public void issue(String by, Instant at, LocalDate goodFaithDueBy) {
        requireDraft();
        if (lines.isEmpty()) {
            throw new RuleViolation("lines", "An estimate needs at least one line before it is issued.");
        }
        List<MissingProviderDetails> missing = whatStopsGoodFaithEstimate();
        if (!missing.isEmpty()) {
            throw new RuleViolation("lines", "The Good Faith Estimate must name each provider's NPI, TIN and "
                    + "the location and state of care. Enter them first: " + missing.stream()
                    .map(MissingProviderDetails::describe).collect(java.util.stream.Collectors.joining("; ")) + ".");
        }
        this.status = EstimateStatus.ISSUED;
        this.issuedBy = by;
        this.issuedAt = at;
        this.goodFaithDueBy = goodFaithDueBy;
    }

    /** The issued document (the Good Faith Estimate PDF) as stored, with its hash. */
    public void document(String key, String sha256) {
        this.documentKey = key;
        this.documentSha256 = sha256;
    }

    void supersede() {
        this.status = EstimateStatus.SUPERSEDED;
    }

    /** The next version: a draft with the same patient, coverage, description and lines, to change and issue. */
    public CostEstimate nextVersion(String by, Instant at) {
        if (status == EstimateStatus.DRAFT) {
            throw new RuleViolation("status", "Estimate " + reference() + " is still a draft: change it directly.");
        }
        CostEstimate next = new CostEstimate(estimateNumber, patientMrn, patientName, patientBirthDate, referralId,
                coverage, feeSchedule, by, at);
        next.revision = revision + 1;
        next.describe(primaryService, diagnosisCodes, scheduledOn, serviceDate, separatelyScheduled);
        for (EstimateLine line : lines) {
            next.lines.add(line.copyFor(next));
        }
        return next;
    }

    /** When the next version is issued, this one gives way to it. */
    public void supersededBy(CostEstimate next) {
        if (next.estimateNumber != estimateNumber || next.revision <= revision) {
            throw new IllegalArgumentException("Only a later version of the same estimate supersedes it.");
        }
        if (status == EstimateStatus.ISSUED) {
            supersede();
        }
    }

    public FinalBill billed(String providerName, String optionName, LocalDate billDate, BigDecimal amount, String by,
                            Instant at) {
        if (status == EstimateStatus.DRAFT) {
            throw new RuleViolation("status", "A final bill is entered against an issued estimate, not a draft.");
        }
        if (lines.stream().noneMatch(line -> line.getProviderName().equals(providerName))) {
            throw new RuleViolation("provider", "No line of estimate " + reference() + " is provided by "
                    + providerName + ".");
        }
        if (optionName != null && !optionNames().contains(optionName)) {
            throw new RuleViolation("option", "Estimate " + reference() + " has no option " + optionName + ".");
        }
        FinalBill bill = new FinalBill(this, providerName, optionName, billDate, amount, by, at);
        finalBills.add(bill);
        return bill;
    }

    /** "EST-001000 v2". */
    public String reference() {
        return String.format("EST-%06d v%d", estimateNumber, revision);
    }

    public boolean isSelfPay() {
        return coverage == null;
    }

    public boolean isDraft() {
        return status == EstimateStatus.DRAFT;
    }

    /** The workup first, then each treatment option in the order its first line was added. */
    public List<String> optionNames() {
        Set<String> names = new LinkedHashSet<>();
        if (lines.stream().anyMatch(EstimateLine::isWorkup)) {
            names.add(WORKUP);
        }
        for (EstimateLine line : lines) {
            names.add(line.getOptionName());
        }
        return List.copyOf(names);
    }

    public List<EstimateLine> linesOf(String option) {
        return lines.stream().filter(line -> line.getOptionName().equals(option)).toList();
    }

    /** The providers in the order their first line was added. */
    public List<String> providerNames() {
        Set<String> names = new LinkedHashSet<>();
        for (EstimateLine line : lines) {
            names.add(line.getProviderName());
        }
        return List.copyOf(names);
    }

    public List<String> diagnosisCodeList() {
        if (diagnosisCodes == null || diagnosisCodes.isBlank()) {
            return List.of();
        }
        return List.of(diagnosisCodes.trim().split("[,\\s]+"));
    }

    public List<String> separatelyScheduledList() {
        if (separatelyScheduled == null || separatelyScheduled.isBlank()) {
            return List.of();
        }
        return separatelyScheduled.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() { return id; }
    public long getEstimateNumber() { return estimateNumber; }
    public int getRevision() { return revision; }
    public EstimateStatus getStatus() { return status; }
    public String getPatientMrn() { return patientMrn; }
    public String getPatientName() { return patientName; }
    public LocalDate getPatientBirthDate() { return patientBirthDate; }
    public Long getReferralId() { return referralId; }
    public PatientCoverage getCoverage() { return coverage; }
    public FeeSchedule getFeeSchedule() { return feeSchedule; }
    public String getPrimaryService() { return primaryService; }
    public String getDiagnosisCodes() { return diagnosisCodes; }
    public LocalDate getScheduledOn() { return scheduledOn; }
    public LocalDate getServiceDate() { return serviceDate; }
    public String getSeparatelyScheduled() { return separatelyScheduled; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getIssuedBy() { return issuedBy; }
    public Instant getIssuedAt() { return issuedAt; }
    public LocalDate getGoodFaithDueBy() { return goodFaithDueBy; }
    public String getDocumentKey() { return documentKey; }
    public String getDocumentSha256() { return documentSha256; }
    public List<EstimateLine> getLines() { return Collections.unmodifiableList(lines); }
    public List<FinalBill> getFinalBills() { return Collections.unmodifiableList(finalBills); }
    public long getVersion() { return version; }
}
