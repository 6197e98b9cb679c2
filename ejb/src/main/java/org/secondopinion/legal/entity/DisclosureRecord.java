package org.secondopinion.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A release of a patient's records outside the hospital, for the patient's accounting of disclosures
 * (45 CFR 164.528): when, to whom and where, what, and under which purpose or authority; kept six years.
 */
@Entity
@Table(name = "disclosure_record")
@NamedQuery(name = DisclosureRecord.FIND_BY_PATIENT, query = "SELECT d FROM DisclosureRecord d"
        + " WHERE LOWER(d.patientName) = LOWER(:name) AND d.patientBirthDate = :born ORDER BY d.disclosedAt DESC")
@NamedQuery(name = DisclosureRecord.FIND_BY_CASE, query = "SELECT d FROM DisclosureRecord d"
        + " WHERE d.caseId = :case ORDER BY d.disclosedAt DESC")
public class DisclosureRecord implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_PATIENT = "DisclosureRecord.findByPatient";
    public static final String FIND_BY_CASE = "DisclosureRecord.findByCase";
    public static final int KEEP_YEARS = 6;

    @Id
    @SequenceGenerator(name = "disclosure_record_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_record_seq")
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "patient_name", nullable = false, length = 200)
    private String patientName;
    @Column(name = "patient_birth_date", nullable = false)
    private LocalDate patientBirthDate;
    @Column(name = "patient_mrn", length = 40)
    private String patientMrn;
    @Column(name = "disclosed_at", nullable = false)
    private Instant disclosedAt;
    @Column(nullable = false, length = 200)
    private String recipient;
    @Column(name = "recipient_address", length = 400)
    private String recipientAddress;
    @Column(nullable = false, length = 2000)
    private String what;
    @Column(nullable = false, length = 600)
    private String purpose;
    @Column(name = "disclosed_by", nullable = false, length = 80)
    private String disclosedBy;
    @Column(name = "keep_until", nullable = false)
    private LocalDate keepUntil;

    protected DisclosureRecord() {
    }

    public DisclosureRecord(LegalCase legalCase, String recipient, String recipientAddress, String what,
                            String purpose, String by, Instant at, LocalDate today) {
        this.caseId = legalCase.getId();
        this.recipient = recipient;
        this.patientName = legalCase.getClaimantName();
        this.patientBirthDate = legalCase.getClaimantBirthDate();
        this.patientMrn = legalCase.getClaimantMrn();
        this.disclosedAt = at;
        this.recipientAddress = recipientAddress;
        this.what = what.length() > 2000 ? what.substring(0, 1999) + "…" : what;
        this.purpose = purpose.length() > 600 ? purpose.substring(0, 599) + "…" : purpose;
        this.disclosedBy = by;
        this.keepUntil = today.plusYears(KEEP_YEARS);
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public String getPatientName() { return patientName; }
    public LocalDate getPatientBirthDate() { return patientBirthDate; }
    public String getPatientMrn() { return patientMrn; }
    public Instant getDisclosedAt() { return disclosedAt; }
    public String getRecipient() { return recipient; }
    public String getRecipientAddress() { return recipientAddress; }
    public String getWhat() { return what; }
    public String getPurpose() { return purpose; }
    public String getDisclosedBy() { return disclosedBy; }
    public LocalDate getKeepUntil() { return keepUntil; }
}
