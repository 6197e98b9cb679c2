package org.secondopinion.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A patient known by their medical record number: the register keeps one entry per number, with the
 * demographics last given for it (at a referral's intake, or sent alone as a FHIR Patient). Referrals keep their own
 * copy of what was given at their intake; the register gives the patient an id of their own, which FHIR resources
 * point to.
 */
@Entity
@Table(name = "registered_patient")
@NamedQuery(name = RegisteredPatient.FIND_BY_MRN, query = "SELECT p FROM RegisteredPatient p WHERE p.mrn = :mrn")
public class RegisteredPatient {

    public static final String FIND_BY_MRN = "RegisteredPatient.findByMrn";

    @Id
    @SequenceGenerator(name = "registered_patient_seq", sequenceName = "registered_patient_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registered_patient_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String mrn;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sex sex;

    @Column(length = 200)
    private String contact;

    @Column(length = 40)
    private String language;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RegisteredPatient() {
    }

    public RegisteredPatient(Patient patient, Instant at) {
        this.mrn = patient.medicalRecordNumber().trim();
        this.registeredAt = at;
        take(patient, at);
    }

    /**
     * Takes the demographics given now, when they differ from those kept (a later intake knows best); says whether
     * anything changed.
     */
    public boolean update(Patient patient, Instant at) {
        if (Objects.equals(name, patient.name()) && Objects.equals(birthDate, patient.birthDate())
                && sex == patient.sex() && Objects.equals(contact, patient.contact())
                && Objects.equals(language, patient.preferredLanguage())) {
            return false;
        }
        take(patient, at);
        return true;
    }

    private void take(Patient patient, Instant at) {
        this.name = patient.name();
        this.birthDate = patient.birthDate();
        this.sex = patient.sex() == null ? Sex.UNKNOWN : patient.sex();
        this.contact = patient.contact();
        this.language = patient.preferredLanguage();
        this.updatedAt = at;
    }

    /** The demographics kept, as an intake gives them. */
    public Patient demographics() {
        return new Patient(name, birthDate, sex, mrn, contact, language);
    }

    public Long getId() { return id; }
    public String getMrn() { return mrn; }
    public String getName() { return name; }
    public LocalDate getBirthDate() { return birthDate; }
    public Sex getSex() { return sex; }
    public String getContact() { return contact; }
    public String getLanguage() { return language; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
