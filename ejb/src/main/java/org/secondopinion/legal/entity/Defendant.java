package org.secondopinion.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A defendant: a clinician or a facility, with the NPI, specialty and organisation or practice group the
 * independence rule looks at (by directory id where the defendant is in the directory), and the day they answered.
 */
@Entity
@Table(name = "legal_defendant")
public class Defendant implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "legal_defendant_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_defendant_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private LegalCase legalCase;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DefendantKind kind;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 10)
    private String npi;
    @Column(length = 80)
    private String specialty;
    @Column(name = "practitioner_id")
    private Long practitionerId;
    @Column(name = "organisation_id")
    private Long organisationId;
    @Column(name = "organisation_name", length = 200)
    private String organisationName;
    @Column(name = "answered_on")
    private LocalDate answeredOn;

    protected Defendant() {
    }

    public Defendant(DefendantKind kind, String name, String npi, String specialty, Long practitionerId,
                     Long organisationId, String organisationName) {
        this.kind = kind;
        this.name = name;
        this.npi = npi;
        this.specialty = specialty;
        this.practitionerId = practitionerId;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
    }

    void attach(LegalCase legalCase) {
        this.legalCase = legalCase;
    }

    public void answered(LocalDate on) {
        this.answeredOn = on;
    }

    public Long getId() { return id; }
    public DefendantKind getKind() { return kind; }
    public String getName() { return name; }
    public String getNpi() { return npi; }
    public String getSpecialty() { return specialty; }
    public Long getPractitionerId() { return practitionerId; }
    public Long getOrganisationId() { return organisationId; }
    public String getOrganisationName() { return organisationName; }
    public LocalDate getAnsweredOn() { return answeredOn; }
}
