package org.secondopinion.estimate.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A patient's coverage under a plan, with the amounts met so far this plan year. */
@Entity
@Table(name = "patient_coverage")
@NamedQuery(name = PatientCoverage.FIND_ALL, query = "SELECT c FROM PatientCoverage c JOIN FETCH c.plan"
        + " ORDER BY c.patientName, c.id")
@NamedQuery(name = PatientCoverage.FIND_BY_MRN, query = "SELECT c FROM PatientCoverage c JOIN FETCH c.plan"
        + " WHERE c.patientMrn = :mrn ORDER BY c.planYearStart DESC, c.id DESC")
public class PatientCoverage implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "PatientCoverage.findAll";
    public static final String FIND_BY_MRN = "PatientCoverage.findByMrn";

    @Id
    @SequenceGenerator(name = "patient_coverage_seq", sequenceName = "patient_coverage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_coverage_seq")
    private Long id;

    @Column(name = "patient_mrn", nullable = false, length = 40)
    private String patientMrn;
    @Column(name = "patient_name", nullable = false, length = 200)
    private String patientName;
    @Column(name = "patient_birth_date", nullable = false)
    private LocalDate patientBirthDate;
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private HealthPlan plan;
    @Column(name = "member_id", length = 60)
    private String memberId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CoverageTier tier;
    @Column(name = "plan_year_start", nullable = false)
    private LocalDate planYearStart;
    @Column(name = "individual_deductible_met", nullable = false, precision = 12, scale = 2)
    private BigDecimal individualDeductibleMet;
    @Column(name = "family_deductible_met", nullable = false, precision = 12, scale = 2)
    private BigDecimal familyDeductibleMet;
    @Column(name = "individual_oop_met", nullable = false, precision = 12, scale = 2)
    private BigDecimal individualOutOfPocketMet;
    @Column(name = "family_oop_met", nullable = false, precision = 12, scale = 2)
    private BigDecimal familyOutOfPocketMet;
    @Column(name = "met_as_of", nullable = false)
    private LocalDate metAsOf;
    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected PatientCoverage() {
    }

    public PatientCoverage(String patientMrn, String patientName, LocalDate patientBirthDate) {
        this.patientMrn = patientMrn;
        this.patientName = patientName;
        this.patientBirthDate = patientBirthDate;
    }

    public void cover(HealthPlan plan, String memberId, CoverageTier tier, LocalDate planYearStart) {
        this.plan = plan;
        this.memberId = memberId;
        this.tier = tier;
        this.planYearStart = planYearStart;
    }

    public void met(BigDecimal individualDeductible, BigDecimal familyDeductible, BigDecimal individualOutOfPocket,
                    BigDecimal familyOutOfPocket, LocalDate asOf, String by, Instant at) {
        this.individualDeductibleMet = individualDeductible;
        this.familyDeductibleMet = familyDeductible;
        this.individualOutOfPocketMet = individualOutOfPocket;
        this.familyOutOfPocketMet = familyOutOfPocket;
        this.metAsOf = asOf;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void renamed(String patientName, LocalDate patientBirthDate) {
        this.patientName = patientName;
        this.patientBirthDate = patientBirthDate;
    }

    public String displayName() {
        return patientName + " · " + plan.displayName();
    }

    public Long getId() { return id; }
    public String getPatientMrn() { return patientMrn; }
    public String getPatientName() { return patientName; }
    public LocalDate getPatientBirthDate() { return patientBirthDate; }
    public HealthPlan getPlan() { return plan; }
    public String getMemberId() { return memberId; }
    public CoverageTier getTier() { return tier; }
    public LocalDate getPlanYearStart() { return planYearStart; }
    public BigDecimal getIndividualDeductibleMet() { return individualDeductibleMet; }
    public BigDecimal getFamilyDeductibleMet() { return familyDeductibleMet; }
    public BigDecimal getIndividualOutOfPocketMet() { return individualOutOfPocketMet; }
    public BigDecimal getFamilyOutOfPocketMet() { return familyOutOfPocketMet; }
    public LocalDate getMetAsOf() { return metAsOf; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
