package org.secondopinion.referral.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.directory.entity.Organisation;
import org.secondopinion.directory.entity.OrganisationKind;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.directory.entity.Specialty;
import org.secondopinion.platform.boundary.JobLeases;
import org.secondopinion.referral.entity.FirstOpinion;
import org.secondopinion.referral.entity.Patient;
import org.secondopinion.referral.entity.RecordState;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralRecord;
import org.secondopinion.referral.entity.RegisteredPatient;
import org.secondopinion.referral.entity.Sex;
import org.secondopinion.referral.entity.StandardQuestion;
import org.secondopinion.referral.entity.TreatmentKind;
import org.secondopinion.referral.entity.Urgency;

/**
 * With {@code secondopinion.demo.seed=true} and an empty directory, adds a small demo
 * directory (networks, organisations, practice groups, specialists; the demo "specialist"
 * login is Dr. Samuel Okafor) and three demo cases at different steps. Invented people only.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class DemoCases {

    private static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "secondopinion.demo.seed", defaultValue = "false")
    boolean seedDemoData;

    @PostConstruct
    void seed() {
        if (!seedDemoData) {
            return;
        }
        leases.alone(JobLeases.FIRST_START);
        if (em.createQuery("SELECT COUNT(p) FROM Practitioner p", Long.class).getSingleResult() > 0) {
            return;
        }
        Organisation lakesideNetwork = organisation("Lakeside Health Network", OrganisationKind.NETWORK, null);
        Organisation northern = organisation("Northern Care Alliance", OrganisationKind.NETWORK, null);
        Organisation lakesideGeneral = organisation("Lakeside General Hospital", OrganisationKind.ORGANISATION, lakesideNetwork);
        Organisation riverside = organisation("Riverside Medical Center", OrganisationKind.ORGANISATION, northern);
        Organisation stBrigid = organisation("St. Brigid University Hospital", OrganisationKind.ORGANISATION, null);
        Organisation harbor = organisation("Harbor Orthopaedic Clinic", OrganisationKind.ORGANISATION, lakesideNetwork);
        Organisation lakesideSurgical = organisation("Lakeside Surgical Associates", OrganisationKind.PRACTICE_GROUP, lakesideNetwork);
        Organisation summit = organisation("Summit Orthopaedic Partners", OrganisationKind.PRACTICE_GROUP, null);

        Practitioner jensen = practitioner("Maria", "Jensen", null, lakesideGeneral, lakesideSurgical, 12, 6, true, "4.0",
                List.of("Orthopaedic surgery / Spine surgery"), List.of("English", "Danish"));
        practitioner("Samuel", "Okafor", "specialist", stBrigid, summit, 18, 6, true, "4.5",
                List.of("Orthopaedic surgery / Spine surgery"), List.of("English", "French"));
        practitioner("Priya", "Raman", null, riverside, null, 9, 4, true, "6.0",
                List.of("Orthopaedic surgery / Spine surgery", "Orthopaedic surgery / Sports medicine"), List.of("English", "Spanish"));
        practitioner("Tomas", "Weber", null, harbor, null, 25, 8, true, "5.0",
                List.of("Orthopaedic surgery"), List.of("English", "German"));
        practitioner("Aisha", "Bello", null, stBrigid, null, 14, 5, true, "5.5",
                List.of("Oncology / Breast oncology"), List.of("English", "Yoruba"));
        practitioner("Lena", "Park", null, riverside, null, 20, 5, false, "7.5",
                List.of("Oncology"), List.of("English", "Korean"));

        Instant now = Instant.now(clock);
        Referral first = referral("Ingrid Solberg", LocalDate.of(1961, 3, 14), Sex.FEMALE, "MRN-100234", jensen,
                lakesideGeneral, "M48.061", "Spinal stenosis, lumbar region, without neurogenic claudication",
                "Lumbar laminectomy and fusion L3-L5", "Orthopaedic surgery", "Spine surgery", now.minus(Duration.ofDays(6)));
        first.startRecordCollection(SYSTEM, now.minus(Duration.ofDays(5)), "eligible; records requested from Lakeside");
        for (ReferralRecord record : first.getRecords()) {
            em.flush();
            first.markRecord(record.getId(), record.getType().ordinal() % 3 == 2 ? RecordState.NOT_APPLICABLE
                    : RecordState.RECEIVED, LocalDate.now(clock).minusDays(3), "Lakeside General Hospital", null);
        }
        first.completeRecords(SYSTEM, now.minus(Duration.ofDays(3)), Duration.ofDays(7));

        Referral second = referral("Daniel Ortiz", LocalDate.of(1978, 9, 2), Sex.MALE, "MRN-100871", null,
                riverside, "M17.11", "Unilateral primary osteoarthritis, right knee",
                "Total knee replacement, right", "Orthopaedic surgery", null, now.minus(Duration.ofDays(2)));
        second.startRecordCollection(SYSTEM, now.minus(Duration.ofDays(2)), "eligible; collecting records");

        referral("Grace Mwangi", LocalDate.of(1984, 1, 27), Sex.FEMALE, "MRN-101502", null, null,
                "C50.911", "Malignant neoplasm of unspecified site of right female breast",
                "Mastectomy followed by chemotherapy", "Oncology", "Breast oncology", now.minus(Duration.ofHours(5)));
        em.flush();
    }

    private Organisation organisation(String name, OrganisationKind kind, Organisation network) {
        Organisation organisation = new Organisation(name, kind);
        organisation.joinNetwork(network);
        em.persist(organisation);
        em.flush();
        audit.recordAs(SYSTEM, AuditAction.CREATE, "Organisation", organisation.getId(), AuditOutcome.SUCCESS,
                "demo data: " + name);
        return organisation;
    }

    private Practitioner practitioner(String given, String family, String username, Organisation organisation,
                                      Organisation group, int years, int capacity, boolean available, String turnaround,
                                      List<String> specialties, List<String> languages) {
        Practitioner practitioner = new Practitioner(given, family);
        practitioner.identify(null, username);
        practitioner.profile(years, capacity, available, new BigDecimal(turnaround));
        practitioner.practise(specialties.stream().map(s -> {
            String[] parts = s.split("/", 2);
            return new Specialty(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "");
        }).toList(), languages);
        practitioner.belongTo(organisation, group, Set.of());
        em.persist(practitioner);
        em.flush();
        audit.recordAs(SYSTEM, AuditAction.CREATE, "Practitioner", practitioner.getId(), AuditOutcome.SUCCESS,
                "demo data: " + practitioner.displayName());
        return practitioner;
    }

    private Referral referral(String name, LocalDate born, Sex sex, String mrn, Practitioner firstPhysician,
                              Organisation firstOrganisation, String code, String diagnosis, String treatment,
                              String specialty, String subSpecialty, Instant at) {
        Patient patient = new Patient(name, born, sex, mrn, "+1 555 0100", "English");
        Referral referral = new Referral(patient,
                new FirstOpinion(firstPhysician == null ? "Dr. Alan Reyes" : firstPhysician.displayName(),
                        firstPhysician == null ? null : firstPhysician.getId(),
                        firstOrganisation == null ? "Eastside Family Practice" : firstOrganisation.getName(),
                        firstOrganisation == null ? null : firstOrganisation.getId(), null,
                        LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).minusDays(10), code, diagnosis,
                        TreatmentKind.SURGERY, treatment),
                specialty, subSpecialty, "Patient wants to know whether surgery is needed now or can wait.",
                Urgency.ROUTINE, true, EnumSet.of(StandardQuestion.ALTERNATIVES, StandardQuestion.PROS_AND_CONS,
                StandardQuestion.RECOVERY), List.of("Can I keep working while I decide?"), SYSTEM, at);
        em.persist(referral);
        em.flush();
        audit.recordAs(SYSTEM, AuditAction.CREATE, CaseAccess.RECORD_TYPE, referral.getId(), AuditOutcome.SUCCESS,
                "demo data: " + referral.reference());
        // in the patient register too, as every intake's patient is (FHIR's Patient and Task.for)
        RegisteredPatient registered = new RegisteredPatient(patient, at);
        em.persist(registered);
        em.flush();
        audit.recordAs(SYSTEM, AuditAction.CREATE, PatientRegister.RECORD_TYPE, registered.getId(),
                AuditOutcome.SUCCESS, "demo data: registered the patient of " + referral.reference());
        return referral;
    }
}
