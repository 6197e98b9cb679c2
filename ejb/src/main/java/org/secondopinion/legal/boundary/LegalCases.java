package org.secondopinion.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.directory.entity.Npi;
import org.secondopinion.directory.entity.Organisation;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.legal.entity.BatesCounter;
import org.secondopinion.legal.entity.Defendant;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalFirm;
import org.secondopinion.legal.entity.TollingPeriod;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.AccessRefused;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * Malpractice-review case files (LEGAL, or COORDINATOR on a firm's behalf): intake with the defendants, the
 * list and search behind the firm's wall, answers and tolling events, and the export of a case file.
 */
@Stateless
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
public class LegalCases {

    static final String RECORD_TYPE = CaseWall.RECORD_TYPE;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseWall wall;

    @Inject
    AuditLog audit;

    public LegalCase open(@NotNull @Valid CaseForm form) {
        LegalFirm firm = firmFor(form.getFirmId());
        if (form.getDefendants().isEmpty()) {
            throw new RuleViolation("defendants", "Name at least one defendant.");
        }
        String prefix = form.getBatesPrefix().strip().toUpperCase(Locale.ROOT);
        LegalCase legalCase = new LegalCase(firm, form.getRequestingSide(), form.getAttorney().strip(),
                form.getMatterNumber().strip(), prefix, wall.caller(), Instant.now(clock));
        legalCase.claimant(form.getClaimantName().strip(), form.getClaimantBirthDate(), blankToNull(form.getClaimantMrn()));
        legalCase.forum(form.getJurisdiction().toUpperCase(Locale.ROOT), form.isFederalForum(),
                blankToNull(form.getCourtNumber()));
        legalCase.dates(form.getIncidentDate(), form.getDiscoveryDate(), form.getInjuryDate(),
                form.getNoticeOfIntentDate(), form.getComplaintFiledDate());
        legalCase.summarise(blankToNull(form.getSummary()));
        for (DefendantForm defendant : form.getDefendants()) {
            checkAnswer(legalCase, defendant.getAnsweredOn());
            legalCase.add(defendant(defendant));
        }
        em.persist(legalCase);
        if (em.find(BatesCounter.class, prefix) == null) {
            em.persist(new BatesCounter(prefix));
        }
        em.flush();
        audit.record(AuditAction.CREATE, RECORD_TYPE, legalCase.getId(), "opened " + legalCase.reference() + " for "
                + firm.getName() + " (" + legalCase.getRequestingSide() + "), matter " + legalCase.getMatterNumber()
                + ", " + legalCase.getDefendants().size() + " defendant(s), " + legalCase.getJurisdiction());
        return legalCase;
    }

    /** The cases the caller may see, optionally matching a text in the claimant, matter, court number or attorney. */
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public List<LegalCase> search(@Size(max = 200, message = "Search text is at most 200 characters.") @PlainText("Search text") String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<LegalCase> found = wall.visible(needle, 200);
        audit.record(AuditAction.READ, RECORD_TYPE, "*", "searched cases" + (needle.isEmpty() ? "" : " for '"
                + needle + "'") + ": " + found.size() + " found");
        return found;
    }

    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public LegalCase find(long id) {
        LegalCase legalCase = wall.open(id);
        audit.record(AuditAction.READ, RECORD_TYPE, id, "viewed " + legalCase.reference());
        return legalCase;
    }

    public LegalCase addDefendant(long id, long version, @NotNull @Valid DefendantForm form) {
        LegalCase legalCase = wall.change(id, version);
        checkAnswer(legalCase, form.getAnsweredOn());
        Defendant added = legalCase.add(defendant(form));
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "added defendant " + added.getName() + " to "
                + legalCase.reference());
        return legalCase;
    }

    /** The day a defendant answered: the certificate-of-merit clock of some states starts then. */
    public LegalCase answered(long id, long version, long defendantId, @DateWithin(value = "Answered on", from = "1950-01-01") LocalDate on) {
        LegalCase legalCase = wall.change(id, version);
        if (on == null) {
            throw new RuleViolation("answeredOn", "Give the day the defendant answered.");
        }
        checkAnswer(legalCase, on);
        Defendant defendant = legalCase.defendant(defendantId);
        defendant.answered(on);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, defendant.getName() + " answered on " + on);
        return legalCase;
    }

    /** A tolling event: for the whole case, or for one defendant. */
    public LegalCase toll(long id, long version, Long defendantId, @DateWithin(value = "Tolled from", from = "1950-01-01", daysAfterToday = 3650) LocalDate from, @DateWithin(value = "Tolled to", from = "1950-01-01", daysAfterToday = 3650) LocalDate to, @Size(max = 400, message = "Reason is at most 400 characters.") @PlainText(value = "Reason", multiLine = true) String reason) {
        LegalCase legalCase = wall.change(id, version);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Say why the limitations clock stops.");
        }
        Defendant only = defendantId == null ? null : legalCase.defendant(defendantId);
        TollingPeriod period = legalCase.toll(from, to, reason.strip(), only);
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "tolling " + period.getFromDate() + " to "
                + period.getToDate() + (only == null ? "" : " for " + only.getName()) + ": " + period.getReason());
        return legalCase;
    }

    public List<LegalFirm> firms() {
        return em.createNamedQuery(LegalFirm.FIND_ALL, LegalFirm.class).getResultList();
    }

    private LegalFirm firmFor(Long firmId) {
        if (wall.isCoordinator()) {
            if (firmId == null) {
                throw new RuleViolation("firmId", "Choose the firm the case is taken in for.");
            }
            LegalFirm firm = em.find(LegalFirm.class, firmId);
            if (firm == null) {
                throw new RuleViolation("firmId", "There is no firm " + firmId + ".");
            }
            return firm;
        }
        LegalFirm own = wall.firmOfCaller();
        if (own == null) {
            audit.recordRefusal(RECORD_TYPE, "new", "refused: " + wall.caller() + " belongs to no firm");
            throw new AccessRefused("You belong to no firm: an administrator must add you to yours first.");
        }
        if (firmId != null && !firmId.equals(own.getId())) {
            audit.recordRefusal(RECORD_TYPE, "new", "refused: " + wall.caller() + " opening a case for firm " + firmId);
            throw new AccessRefused("You may open cases only for your own firm.");
        }
        return own;
    }

    private Defendant defendant(DefendantForm form) {
        String npi = Npi.normalise(form.getNpi());
        String specialty = blankToNull(form.getSpecialty());
        Long organisationId = form.getOrganisationId();
        String organisationName = blankToNull(form.getOrganisationName());
        if (form.getPractitionerId() != null) {
            Practitioner practitioner = em.find(Practitioner.class, form.getPractitionerId());
            if (practitioner == null) {
                throw new RuleViolation("practitionerId", "There is no practitioner " + form.getPractitionerId()
                        + " in the directory.");
            }
            npi = npi == null ? practitioner.getNpi() : npi;
            if (organisationId == null && practitioner.getOrganisation() != null) {
                organisationId = practitioner.getOrganisation().getId();
            }
        }
        if (organisationId == null && organisationName != null) {
            // a typed organisation that is in the directory counts as that organisation for independence
            organisationId = em.createQuery("SELECT o.id FROM Organisation o WHERE LOWER(o.name) = LOWER(:name)",
                    Long.class).setParameter("name", organisationName).getResultList().stream().findFirst()
                    .orElse(null);
        }
        if (organisationId != null) {
            Organisation organisation = em.find(Organisation.class, organisationId);
            if (organisation == null) {
                throw new RuleViolation("organisationId", "There is no organisation " + organisationId
                        + " in the directory.");
            }
            organisationName = organisation.getName();
        }
        Defendant defendant = new Defendant(form.getKind(), form.getName().strip(), npi, specialty,
                form.getPractitionerId(), organisationId, organisationName);
        if (form.getAnsweredOn() != null) {
            defendant.answered(form.getAnsweredOn());
        }
        return defendant;
    }

    /**
     * A defendant answers a filed complaint, on or after its filing: the deadline calculator refuses any other
     * answer, so accepting one would leave the case (and the calendar that lists it) without deadlines.
     */
    private static void checkAnswer(LegalCase legalCase, LocalDate answeredOn) {
        if (answeredOn == null) {
            return;
        }
        if (legalCase.getComplaintFiledDate() == null) {
            throw new RuleViolation("answeredOn", "A defendant answers a filed complaint, and this case has no"
                    + " complaint filing date.");
        }
        if (answeredOn.isBefore(legalCase.getComplaintFiledDate())) {
            throw new RuleViolation("answeredOn", "A defendant answers after the complaint was filed ("
                    + legalCase.getComplaintFiledDate() + ").");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
