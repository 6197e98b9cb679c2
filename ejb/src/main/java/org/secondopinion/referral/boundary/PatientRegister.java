package org.secondopinion.referral.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.platform.entity.RecordLocked;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.referral.entity.Patient;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.RegisteredPatient;

/**
 * The patient register: one entry per medical record number, kept up to date by every intake and by patients sent
 * alone (FHIR). Coordinators see every patient; a specialist only the patients of cases assigned to them, and any
 * other answers "not found", audited as a refusal. Every read and change is audited.
 */
@Stateless
@RolesAllowed(Role.Names.COORDINATOR)
public class PatientRegister {

    public static final String RECORD_TYPE = "Patient";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /**
     * Registers the patient of an intake, or takes their latest demographics when the number is known (in the
     * intake's transaction).
     */
    /**
     * Locks the register's entry of this number until the intake's transaction ends, so that two intakes of one
     * patient sent at the same moment run one after the other: the second waits here, then finds the first as a
     * possible duplicate. A number not registered yet has no entry to lock; there the register's unique number lets
     * one of two such intakes in ({@link #insert}), or the second finds the first's entry in {@link #recordIntake}.
     *
     * @return whether the number is registered
     */
    public boolean lockForIntake(String mrn) {
        return lockedByMrn(mrn).isPresent();
    }

    public RegisteredPatient recordIntake(Patient patient) {
        Instant now = Instant.now(clock);
        Optional<RegisteredPatient> known = lockedByMrn(patient.medicalRecordNumber());
        if (known.isEmpty()) {
            RegisteredPatient registered = insert(new RegisteredPatient(patient, now));
            audit.record(AuditAction.CREATE, RECORD_TYPE, registered.getId(), "registered the patient of an intake");
            return registered;
        }
        if (known.get().update(patient, now)) {
            audit.record(AuditAction.UPDATE, RECORD_TYPE, known.get().getId(),
                    "took the demographics of a new intake");
        }
        return known.get();
    }

    /**
     * Registers a patient sent alone. A number already registered is refused, naming the patient who has it (the
     * caller may ask for "create unless it exists" with {@link #byMrn} first).
     */
    public RegisteredPatient register(Patient patient) {
        requireValid(patient, LocalDate.now(clock));
        byMrn(patient.medicalRecordNumber()).ifPresent(existing -> {
            throw new RuleViolation("patientMrn", "A patient with this medical record number is registered already"
                    + " (Patient/" + existing.getId() + ").");
        });
        RegisteredPatient registered = insert(new RegisteredPatient(patient, Instant.now(clock)));
        audit.record(AuditAction.CREATE, RECORD_TYPE, registered.getId(), "registered a patient");
        return registered;
    }

    /**
     * Inserts a new patient. Two requests registering the same new number at the same moment both find none; the
     * database's unique number lets one in and refuses the other, which is answered as a conflict to send again
     * (it then finds the patient, and an intake finds the other intake's case as a possible duplicate).
     */
    private RegisteredPatient insert(RegisteredPatient registered) {
        try {
            em.persist(registered);
            em.flush();
            return registered;
        } catch (PersistenceException failed) {
            if (!integrityViolation(failed)) {
                throw failed;
            }
            throw new RecordLocked("Another request is registering the patient with medical record number "
                    + registered.getMrn() + " at this moment; send this one again.");
        }
    }

    /** An integrity constraint refused the write (SQLSTATE class 23: here the unique number), not a fault. */
    private static boolean integrityViolation(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private Optional<RegisteredPatient> lockedByMrn(String mrn) {
        if (mrn == null || mrn.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(RegisteredPatient.FIND_BY_MRN, RegisteredPatient.class)
                .setParameter("mrn", mrn.trim()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst();
    }

    /** The patient with this number, if registered; not audited (it shows nothing about them but their id). */
    public Optional<RegisteredPatient> byMrn(String mrn) {
        if (mrn == null || mrn.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(RegisteredPatient.FIND_BY_MRN, RegisteredPatient.class)
                .setParameter("mrn", mrn.trim()).getResultStream().findFirst();
    }

    /** The patient, if the caller may see them; audited as a read. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public RegisteredPatient open(long id) {
        RegisteredPatient patient = em.find(RegisteredPatient.class, id);
        if (patient == null || !session.isCallerInRole(Role.Names.COORDINATOR) && !hasCaseOf(patient)) {
            if (patient != null) {
                audit.recordRefusal(RECORD_TYPE, id, "refused: patient of no case assigned to "
                        + session.getCallerPrincipal().getName());
            }
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        audit.record(AuditAction.READ, RECORD_TYPE, id, "read the patient's demographics");
        return patient;
    }

    /**
     * The medical record number of {@code Patient/{id}}, for billing staff and coordinators who look up a patient's
     * coverage by the patient's id; it shows nothing else of the patient, and what is read with it is audited there.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.BILLING})
    public Optional<String> mrnOf(long id) {
        return Optional.ofNullable(em.find(RegisteredPatient.class, id)).map(RegisteredPatient::getMrn);
    }

    /** The register id of the patient with this number, to refer to them as {@code Patient/{id}}; as {@link #mrnOf}. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.BILLING})
    public Optional<Long> idOf(String mrn) {
        return byMrn(mrn).map(RegisteredPatient::getId);
    }

    private boolean hasCaseOf(RegisteredPatient patient) {
        String caller = session.getCallerPrincipal().getName();
        List<Referral> cases = em.createQuery("SELECT r FROM Referral r WHERE r.patientMrn = :mrn", Referral.class)
                .setParameter("mrn", patient.getMrn()).getResultList();
        return cases.stream().anyMatch(r -> r.isAssignedTo(caller));
    }

    private static void requireValid(Patient patient, LocalDate today) {
        String mrn = patient.medicalRecordNumber();
        if (mrn == null || mrn.isBlank()) {
            throw new RuleViolation("patientMrn", "Medical record number is required.");
        }
        if (mrn.trim().length() > 40) {
            throw new RuleViolation("patientMrn", "Medical record number is at most 40 characters.");
        }
        if (patient.name() == null || patient.name().isBlank()) {
            throw new RuleViolation("patientName", "Patient name is required.");
        }
        if (patient.name().length() > 200) {
            throw new RuleViolation("patientName", "Patient name is at most 200 characters.");
        }
        if (patient.birthDate() == null) {
            throw new RuleViolation("patientBirthDate", "Date of birth is required.");
        }
        if (!patient.birthDate().isBefore(today) || patient.birthDate().isBefore(LocalDate.of(1900, 1, 1))) {
            throw new RuleViolation("patientBirthDate", "Date of birth must lie between 1900-01-01 and yesterday.");
        }
        if (patient.contact() != null && patient.contact().length() > 200) {
            throw new RuleViolation("patientContact", "Contact is at most 200 characters.");
        }
        if (patient.preferredLanguage() != null && patient.preferredLanguage().length() > 40) {
            throw new RuleViolation("patientLanguage", "Preferred language is at most 40 characters.");
        }
    }

    /** The patient with exactly this number, for a search by identifier (coordinators); audited as a read. */
    public Optional<RegisteredPatient> find(String mrn) {
        Optional<RegisteredPatient> found = byMrn(mrn);
        audit.record(AuditAction.READ, RECORD_TYPE, found.map(RegisteredPatient::getId).orElse(null),
                "searched the register by medical record number: " + (found.isPresent() ? "1 patient" : "none")
                        + " found");
        return found;
    }
}
