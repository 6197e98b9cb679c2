package org.secondopinion.legal.entity;

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
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.secondopinion.platform.entity.AccessRefused;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * A case's independent reviewer: the conflict check as it stood when proposed, the waiver (a written reason and a
 * second person's approval) when the check did not clear, the reviewer's signed conflict attestation, the
 * engagement terms, time entries and invoices.
 */
@Entity
@Table(name = "reviewer_assignment")
@NamedQuery(name = ReviewerAssignment.FIND_BY_CASE, query = "SELECT a FROM ReviewerAssignment a"
        + " WHERE a.legalCase.id = :case ORDER BY a.proposedAt DESC, a.id DESC")
@NamedQuery(name = ReviewerAssignment.FIND_ACTIVE_FOR_USER, query = "SELECT a FROM ReviewerAssignment a"
        + " WHERE a.reviewerUsername = :username AND a.status = org.secondopinion.legal.entity.AssignmentStatus.ASSIGNED"
        + " ORDER BY a.proposedAt DESC")
public class ReviewerAssignment implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_CASE = "ReviewerAssignment.findByCase";
    public static final String FIND_ACTIVE_FOR_USER = "ReviewerAssignment.findActiveForUser";

    @Id
    @SequenceGenerator(name = "reviewer_assignment_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reviewer_assignment_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private LegalCase legalCase;
    @Column(name = "practitioner_id", nullable = false)
    private long practitionerId;
    @Column(name = "reviewer_username", length = 80)
    private String reviewerUsername;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentStatus status;
    @Column(name = "licence_status", nullable = false, length = 20)
    private String licenceStatus;
    @Column(name = "board_certified", nullable = false)
    private boolean boardCertified;
    @Column(name = "years_since_practice", nullable = false)
    private int yearsSincePractice;
    @Column(name = "declared_ties", length = 2000)
    private String declaredTies;
    @Column(length = 4000)
    private String conflicts;
    @Column(name = "qualification_gaps", length = 2000)
    private String qualificationGaps;
    @Column(name = "waiver_reason", length = 2000)
    private String waiverReason;
    @Column(name = "proposed_by", nullable = false, length = 80)
    private String proposedBy;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "approved_by", length = 80)
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(length = 2000)
    private String attestation;
    @Column(name = "attested_at")
    private Instant attestedAt;
    @Column(name = "hourly_rate", precision = 10, scale = 2)
    private BigDecimal hourlyRate;
    @Column(precision = 12, scale = 2)
    private BigDecimal retainer;
    @Column(name = "budget_cap", precision = 12, scale = 2)
    private BigDecimal budgetCap;
    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL)
    @OrderBy("workDate, id")
    private List<TimeEntry> timeEntries = new ArrayList<>();
    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL)
    @OrderBy("issuedAt, id")
    private List<ReviewInvoice> invoices = new ArrayList<>();
    @Version
    private long version;

    protected ReviewerAssignment() {
    }

    /**
     * @param conflicts         what the check found; empty when independent
     * @param qualificationGaps what the reviewer lacks; empty when qualified
     * @param waiverReason      the written reason to go ahead anyway; required when the check did not clear
     */
    public ReviewerAssignment(LegalCase legalCase, long practitionerId, String reviewerUsername, String licenceStatus,
                              boolean boardCertified, int yearsSincePractice, String declaredTies,
                              List<String> conflicts, List<String> qualificationGaps, String waiverReason, String by,
                              Instant at) {
        boolean cleared = conflicts.isEmpty() && qualificationGaps.isEmpty();
        if (!cleared && (waiverReason == null || waiverReason.isBlank())) {
            List<String> reasons = new ArrayList<>(conflicts);
            reasons.addAll(qualificationGaps);
            throw new RuleViolation("waiverReason", "Not cleared: " + String.join(" ", reasons)
                    + " A waiver needs a written reason and a second person's approval.");
        }
        this.legalCase = legalCase;
        this.practitionerId = practitionerId;
        this.reviewerUsername = reviewerUsername;
        this.licenceStatus = licenceStatus;
        this.boardCertified = boardCertified;
        this.yearsSincePractice = yearsSincePractice;
        this.declaredTies = declaredTies;
        this.conflicts = conflicts.isEmpty() ? null : cut(String.join("\n", conflicts), 4000);
        this.qualificationGaps = qualificationGaps.isEmpty() ? null : cut(String.join("\n", qualificationGaps), 2000);
        this.waiverReason = cleared ? null : waiverReason.strip();
        this.status = cleared ? AssignmentStatus.ASSIGNED : AssignmentStatus.WAIVER_PENDING;
        this.proposedBy = by;
        this.proposedAt = at;
    }

    /** The second person approves the waiver; the person who asked for it cannot. */
    public void approveWaiver(String by, Instant at) {
        if (status != AssignmentStatus.WAIVER_PENDING) {
            throw new RuleViolation("status", "There is no waiver waiting for approval.");
        }
        if (by.equals(proposedBy)) {
            throw new RuleViolation("approvedBy", "A waiver needs a second person's approval: " + by
                    + " asked for it and cannot approve it.");
        }
        this.approvedBy = by;
        this.approvedAt = at;
        this.status = AssignmentStatus.ASSIGNED;
    }

    public void withdraw() {
        this.status = AssignmentStatus.WITHDRAWN;
    }

    /** The reviewer signs the conflict attestation for this case. */
    public void attest(String text, String by, Instant at) {
        requireReviewer(by);
        if (status != AssignmentStatus.ASSIGNED) {
            throw new RuleViolation("status", "Only an assigned reviewer signs the attestation.");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("attestation", "The attestation needs its text.");
        }
        this.attestation = cut(text.strip(), 2000);
        this.attestedAt = at;
    }

    public void engage(BigDecimal hourlyRate, BigDecimal retainer, BigDecimal budgetCap) {
        if (hourlyRate == null || hourlyRate.signum() <= 0) {
            throw new RuleViolation("hourlyRate", "The hourly rate is an amount above zero.");
        }
        if (retainer != null && retainer.signum() < 0) {
            throw new RuleViolation("retainer", "The retainer cannot be negative.");
        }
        if (budgetCap != null && budgetCap.signum() <= 0) {
            throw new RuleViolation("budgetCap", "The budget cap must be above zero.");
        }
        if (budgetCap != null && !timeEntries.isEmpty() && fees(totalHours(), hourlyRate).compareTo(budgetCap) > 0) {
            throw new RuleViolation("budgetCap", "The time already logged comes to " + fees(totalHours(), hourlyRate)
                    + " at this rate, above a cap of " + budgetCap + ".");
        }
        this.hourlyRate = hourlyRate;
        this.retainer = retainer == null ? BigDecimal.ZERO.setScale(2) : retainer;
        this.budgetCap = budgetCap;
    }

    /** The reviewer's time; refused beyond the budget cap. */
    public TimeEntry logTime(LocalDate day, BigDecimal hours, String description, String by, Instant at) {
        requireReviewer(by);
        if (hourlyRate == null) {
            throw new RuleViolation("hourlyRate", "Agree the engagement terms before time is logged.");
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(new BigDecimal("24")) > 0) {
            throw new RuleViolation("hours", "Hours are more than 0 and at most 24 a day.");
        }
        if (description == null || description.isBlank()) {
            throw new RuleViolation("description", "Say what the time was spent on.");
        }
        if (budgetCap != null && fees(totalHours().add(hours)).compareTo(budgetCap) > 0) {
            throw new RuleViolation("hours", "These hours would bring the fees to " + fees(totalHours().add(hours))
                    + ", over the budget cap of " + budgetCap + ". Agree a higher cap first.");
        }
        TimeEntry entry = new TimeEntry(this, day, hours, description.strip(), by, at);
        timeEntries.add(entry);
        return entry;
    }

    /** Invoices the time not yet invoiced, taking what is left of the retainer off. */
    public ReviewInvoice invoice(String by, Instant at) {
        List<TimeEntry> open = timeEntries.stream().filter(e -> e.getInvoice() == null).toList();
        if (open.isEmpty()) {
            throw new RuleViolation("timeEntries", "There is no time to invoice.");
        }
        BigDecimal hours = open.stream().map(TimeEntry::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fees = fees(hours);
        BigDecimal retainerUsed = invoices.stream().map(ReviewInvoice::getRetainerApplied)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal retainerLeft = retainer.subtract(retainerUsed).max(BigDecimal.ZERO);
        BigDecimal applied = retainerLeft.min(fees);
        ReviewInvoice invoice = new ReviewInvoice(this, hours, fees, applied, fees.subtract(applied), by, at);
        invoices.add(invoice);
        open.forEach(entry -> entry.invoiced(invoice));
        return invoice;
    }

    public BigDecimal totalHours() {
        return timeEntries.stream().map(TimeEntry::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal fees(BigDecimal hours) {
        return fees(hours, hourlyRate);
    }

    private static BigDecimal fees(BigDecimal hours, BigDecimal rate) {
        return hours.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    private void requireReviewer(String by) {
        if (reviewerUsername == null || !reviewerUsername.equals(by)) {
            throw new AccessRefused("Only the case's reviewer may do this.");
        }
    }

    public boolean isActive() {
        return status != AssignmentStatus.WITHDRAWN;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public LegalCase getLegalCase() { return legalCase; }
    public long getPractitionerId() { return practitionerId; }
    public String getReviewerUsername() { return reviewerUsername; }
    public AssignmentStatus getStatus() { return status; }
    public String getLicenceStatus() { return licenceStatus; }
    public boolean isBoardCertified() { return boardCertified; }
    public int getYearsSincePractice() { return yearsSincePractice; }
    public String getDeclaredTies() { return declaredTies; }
    public String getConflicts() { return conflicts; }
    public String getQualificationGaps() { return qualificationGaps; }
    public String getWaiverReason() { return waiverReason; }
    public String getProposedBy() { return proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getAttestation() { return attestation; }
    public Instant getAttestedAt() { return attestedAt; }
    public BigDecimal getHourlyRate() { return hourlyRate; }
    public BigDecimal getRetainer() { return retainer; }
    public BigDecimal getBudgetCap() { return budgetCap; }
    public List<TimeEntry> getTimeEntries() { return Collections.unmodifiableList(timeEntries); }
    public List<ReviewInvoice> getInvoices() { return Collections.unmodifiableList(invoices); }
    public long getVersion() { return version; }
}
