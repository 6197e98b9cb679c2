package org.secondopinion.legal.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.identity.entity.Role;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalFirm;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.platform.entity.AccessRefused;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.StaleEdit;

/**
 * The wall between firms: a LEGAL user sees only the cases of their own firm; a reviewer (SPECIALIST) only the
 * cases assigned to them; a coordinator, who takes cases in on a firm's behalf, sees all. Every legal boundary opens a case through here, for lists, search, documents,
 * exports and the API alike; a refusal is audited and answered the same whether the case exists or not.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CaseWall {

    static final String RECORD_TYPE = "LegalCase";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditLog audit;

    public LegalCase open(long id) {
        return open(id, RECORD_TYPE, id);
    }

    /** The case, asked for through one of its records (a document): a refusal is audited with that record. */
    public LegalCase open(long id, String recordType, Object recordId) {
        LegalCase legalCase = em.find(LegalCase.class, id);
        if (isCoordinator()) {
            if (legalCase == null) {
                throw new RecordNotFound(RECORD_TYPE, id);
            }
            return legalCase;
        }
        String caller = caller();
        if (session.isCallerInRole(Role.Names.LEGAL) && legalCase != null && legalCase.getFirm().hasMember(caller)) {
            return legalCase;
        }
        if (session.isCallerInRole(Role.Names.SPECIALIST) && legalCase != null && reviews(caller, id)) {
            return legalCase;
        }
        audit.recordRefusal(recordType, recordId, "refused: " + (recordType.equals(RECORD_TYPE) ? "case"
                : recordType + " of case " + id) + " outside the wall of " + caller);
        throw new AccessRefused("Case " + id + " is not one of your firm's cases.");
    }

    /** The case for a change at the version the caller loaded. */
    public LegalCase change(long id, long version) {
        LegalCase legalCase = open(id);
        if (legalCase.getVersion() != version) {
            throw new StaleEdit("Case", legalCase.reference());
        }
        em.lock(legalCase, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return legalCase;
    }

    /** The cases the caller may see: all for a coordinator, their firm's for a LEGAL user, none otherwise. */
    public List<LegalCase> visible(int max) {
        if (isCoordinator()) {
            return em.createNamedQuery(LegalCase.FIND_ALL, LegalCase.class).setMaxResults(max).getResultList();
        }
        LegalFirm firm = firmOfCaller();
        if (firm == null) {
            if (session.isCallerInRole(Role.Names.SPECIALIST)) {
                return em.createNamedQuery(ReviewerAssignment.FIND_ACTIVE_FOR_USER, ReviewerAssignment.class)
                        .setParameter("username", caller()).getResultList().stream()
                        .map(ReviewerAssignment::getLegalCase).distinct().limit(max).toList();
            }
            return List.of();
        }
        return em.createNamedQuery(LegalCase.FIND_BY_FIRM, LegalCase.class).setParameter("firm", firm.getId())
                .setMaxResults(max).getResultList();
    }

    /** Whether the user is the assigned reviewer of the case. */
    private boolean reviews(String username, long caseId) {
        return em.createNamedQuery(ReviewerAssignment.FIND_ACTIVE_FOR_USER, ReviewerAssignment.class)
                .setParameter("username", username).getResultList().stream()
                .anyMatch(a -> a.getLegalCase().getId() == caseId);
    }

    /** Whether the caller sees the case as its reviewer rather than as its firm or a coordinator. */
    public boolean callerIsReviewer() {
        return !isCoordinator() && !session.isCallerInRole(Role.Names.LEGAL)
                && session.isCallerInRole(Role.Names.SPECIALIST);
    }

    /** The caller's firm, or null when they belong to none. */
    public LegalFirm firmOfCaller() {
        List<LegalFirm> firms = em.createNamedQuery(LegalFirm.FIND_BY_MEMBER, LegalFirm.class)
                .setParameter("username", caller()).getResultList();
        return firms.isEmpty() ? null : firms.get(0);
    }

    public boolean isCoordinator() {
        return session.isCallerInRole(Role.Names.COORDINATOR);
    }

    public String caller() {
        return session.getCallerPrincipal().getName();
    }
}
