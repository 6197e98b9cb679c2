package org.secondopinion.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.legal.entity.CustodyEntry;
import org.secondopinion.legal.entity.DeadlineReminder;
import org.secondopinion.legal.entity.DisclosureAuthority;
import org.secondopinion.legal.entity.DisclosureRecord;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalDocument;
import org.secondopinion.legal.entity.LegalHold;
import org.secondopinion.legal.entity.Production;
import org.secondopinion.legal.entity.StateDeadlineRule;
import org.secondopinion.platform.entity.Role;

/**
 * Reading a whole case file behind the wall, in one call and one audit entry per view: the boundary decides the
 * caller's audience (the firm, or the case's assigned reviewer) and assembles that audience's read model
 * ({@link FirmCaseFile}, {@link ReviewerCaseFile}). Another firm's case, or a case the reviewer is not assigned
 * to, is refused exactly like one that does not exist.
 */
@Stateless
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
public class CaseFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseWall wall;

    @Inject
    Reviews reviews;

    @Inject
    AuditLog audit;

    /** The case file for the caller's audience; the read is audited once, with what it showed. */
    public CaseFile read(long caseId) {
        LegalCase legalCase = wall.open(caseId);
        CaseFile file = wall.asReviewer(legalCase) ? forReviewer(legalCase) : forFirm(legalCase);
        audit.record(AuditAction.READ, CaseWall.RECORD_TYPE, caseId, "viewed " + legalCase.reference()
                + (file instanceof FirmCaseFile firm ? ": the case file with " + firm.documents().size()
                + " documents and the chain of custody" : " as its reviewer: " + file.documents().size()
                + " documents produced"));
        return file;
    }

    /** The case file for export (the firm only): audited as an export. */
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
    public CaseFileExport export(long caseId) {
        LegalCase legalCase = wall.open(caseId);
        CaseFileExport export = new CaseFileExport(legalCase, documents(caseId, false),
                list(Production.FIND_BY_CASE, Production.class, caseId),
                list(DisclosureRecord.FIND_BY_CASE, DisclosureRecord.class, caseId));
        audit.record(AuditAction.EXPORT, CaseWall.RECORD_TYPE, caseId, "exported the case file of "
                + legalCase.reference() + " with " + export.documents().size() + " documents");
        return export;
    }

    private FirmCaseFile forFirm(LegalCase legalCase) {
        long id = legalCase.getId();
        return new FirmCaseFile(legalCase, Deadlines.compute(legalCase, ruleToday(legalCase)),
                list(DeadlineReminder.FIND_BY_CASE, DeadlineReminder.class, id), documents(id, false),
                list(LegalHold.FIND_BY_CASE, LegalHold.class, id),
                list(DisclosureAuthority.FIND_BY_CASE, DisclosureAuthority.class, id),
                list(Production.FIND_BY_CASE, Production.class, id),
                list(DisclosureRecord.FIND_BY_CASE, DisclosureRecord.class, id),
                list(CustodyEntry.FIND_BY_CASE, CustodyEntry.class, id), reviews.candidates(id),
                ReviewerAssignments.ofCase(em, id, null), ReviewerAssignments.opinions(em, id));
    }

    private ReviewerCaseFile forReviewer(LegalCase legalCase) {
        long id = legalCase.getId();
        return new ReviewerCaseFile(legalCase, ReviewerAssignments.ofCase(em, id, wall.caller()), documents(id, true),
                Deadlines.concerningTheReviewer(Deadlines.compute(legalCase, ruleToday(legalCase))),
                Deadlines.concerningTheReviewer(list(DeadlineReminder.FIND_BY_CASE, DeadlineReminder.class, id), true),
                ReviewerAssignments.opinions(em, id));
    }

    private StateDeadlineRule ruleToday(LegalCase legalCase) {
        return Deadlines.ruleInForce(em, legalCase.getJurisdiction(), LocalDate.now(clock));
    }

    /** The case's documents; only those produced (Bates-numbered) for its reviewer. */
    private List<LegalDocument> documents(long caseId, boolean produced) {
        return list(produced ? LegalDocument.FIND_PRODUCED_BY_CASE : LegalDocument.FIND_BY_CASE, LegalDocument.class,
                caseId);
    }

    private <T> List<T> list(String namedQuery, Class<T> type, long caseId) {
        return em.createNamedQuery(namedQuery, type).setParameter("case", caseId).getResultList();
    }
}
