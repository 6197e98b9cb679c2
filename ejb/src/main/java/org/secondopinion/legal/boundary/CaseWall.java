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
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.identity.boundary.ApiClientRecords;
import org.secondopinion.identity.boundary.ClientFirm;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalFirm;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.StaleEdit;

/**
 * The wall between firms: a LEGAL user sees only the cases of their own firm; a reviewer (SPECIALIST) only the
 * cases assigned to them; a coordinator, who takes cases in on a firm's behalf, sees all. An API client with legal
 * scopes is LEGAL and is walled exactly as a member of the one firm its scopes name ({@code legal.cases:<firm id>});
 * a client is never a coordinator here, whatever role its other scopes carry. Every legal boundary opens a case through here, for lists, search, documents,
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

    @Inject
    ApiClientRecords apiClients;

    public LegalCase open(long id) {
        return open(id, RECORD_TYPE, id);
    }

    /** The case, asked for through one of its records (a document): a refusal is audited with that record. */
    public LegalCase open(long id, String recordType, Object recordId) {
        LegalCase legalCase = em.find(LegalCase.class, id);
        if (isCoordinator()) {
            if (legalCase == null) {
                throw notFound(recordType, recordId);
            }
            return legalCase;
        }
        String caller = caller();
        if (session.isCallerInRole(Role.Names.LEGAL) && legalCase != null && ofFirm(legalCase.getFirm())) {
            return legalCase;
        }
        if (session.isCallerInRole(Role.Names.SPECIALIST) && legalCase != null && reviews(caller, id)) {
            return legalCase;
        }
        audit.recordRefusal(recordType, recordId, "refused: " + (recordType.equals(RECORD_TYPE) ? "case"
                : recordType + " of case " + id) + " outside the wall of " + caller);
        // the same answer as for a record that does not exist: neither it nor its case's id can be learnt
        throw notFound(recordType, recordId);
    }

    /** The one answer for "does not exist" and "behind another wall": the record's kind in words and its id. */
    static RecordNotFound notFound(String recordType, Object recordId) {
        return new RecordNotFound(RECORD_TYPE.equals(recordType) ? "Case"
                : CaseDocuments.RECORD_TYPE.equals(recordType) ? "Document" : recordType, recordId);
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

    /** The cases the caller may see: all for a coordinator, their firm's for a LEGAL user, a reviewer's own. */
    public List<LegalCase> visible(int max) {
        return visible(null, max);
    }

    /**
     * The cases the caller may see whose claimant, matter or court number, attorney or reference contains the
     * text (any case when it is blank), newest first; the wall is part of the query.
     */
    /**
     * One page of the cases the caller may see, newest first, with their defendants and tolling periods read in one
     * batch query each (not one query per case): what the deadline calendar computes from.
     */
    public List<LegalCase> visibleWithDeadlineFacts(int first, int max) {
        TypedQuery<LegalCase> cases = visibleQuery(null);
        if (cases == null) {
            return List.of();
        }
        // EclipseLink's batch reading (eclipselink.batch): the page's defendants, then their tolling, in one query each
        return cases.setFirstResult(first).setMaxResults(max)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.defendants")
                .setHint("eclipselink.batch", "c.tolling")
                .getResultList();
    }

    public List<LegalCase> visible(String text, int max) {
        TypedQuery<LegalCase> cases = visibleQuery(text);
        return cases == null ? List.of() : cases.setMaxResults(max).getResultList();
    }

    /** The query of the cases the caller may see (the wall is part of it), or null when the caller may see none. */
    private TypedQuery<LegalCase> visibleQuery(String text) {
        StringBuilder query = new StringBuilder("SELECT c FROM LegalCase c WHERE ");
        LegalFirm firm = null;
        if (isCoordinator()) {
            query.append("1 = 1");
        } else if ((firm = firmOfCaller()) != null) {
            query.append("c.firm.id = :firm");
        } else if (session.isCallerInRole(Role.Names.SPECIALIST)) {
            query.append("EXISTS (SELECT a FROM ReviewerAssignment a WHERE a.legalCase = c AND a.reviewerUsername"
                    + " = :username AND a.status = org.secondopinion.legal.entity.AssignmentStatus.ASSIGNED)");
        } else {
            return null;
        }
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!needle.isEmpty()) {
            query.append(" AND (LOWER(c.claimantName) LIKE :text OR LOWER(c.matterNumber) LIKE :text"
                    + " OR LOWER(c.courtNumber) LIKE :text OR LOWER(c.attorney) LIKE :text OR c.id = :id)");
        }
        TypedQuery<LegalCase> cases = em.createQuery(query.append(" ORDER BY c.createdAt DESC, c.id DESC").toString(),
                LegalCase.class);
        if (firm != null) {
            cases.setParameter("firm", firm.getId());
        } else if (!isCoordinator()) {
            cases.setParameter("username", caller());
        }
        if (!needle.isEmpty()) {
            cases.setParameter("text", "%" + needle.replace("%", "\\%").replace("_", "\\_") + "%");
            cases.setParameter("id", referenceNumber(needle));
        }
        return cases;
    }

    /** The case id in a searched reference ("lr-000123" or "123"), or -1 when the text names none. */
    static long referenceNumber(String needle) {
        String digits = needle.startsWith("lr-") ? needle.substring(3) : needle;
        return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : -1;
    }

    /** Whether the user is the assigned reviewer of the case. */
    private boolean reviews(String username, long caseId) {
        return em.createNamedQuery(ReviewerAssignment.FIND_ACTIVE_FOR_USER, ReviewerAssignment.class)
                .setParameter("username", username).getResultList().stream()
                .anyMatch(a -> a.getLegalCase().getId() == caseId);
    }

    /** Whether the caller belongs to the firm: a member, or an API client bound to it. */
    private boolean ofFirm(LegalFirm firm) {
        Optional<ClientFirm> client = apiClients.asClient(caller());
        return client.isPresent() ? firm.getId().equals(client.get().firmId()) : firm.hasMember(caller());
    }

    /** The caller's firm, or null when they belong to none. */
    public LegalFirm firmOfCaller() {
        Optional<ClientFirm> client = apiClients.asClient(caller());
        if (client.isPresent()) {
            return client.get().firmId() == null ? null : em.find(LegalFirm.class, client.get().firmId());
        }
        List<LegalFirm> firms = em.createNamedQuery(LegalFirm.FIND_BY_MEMBER, LegalFirm.class)
                .setParameter("username", caller()).getResultList();
        return firms.isEmpty() ? null : firms.get(0);
    }

    /**
     * Whether the caller, let through the wall to this case, is there as its reviewer rather than as the firm or a
     * coordinator: a reviewer's read model shows their own assignment, the documents produced, and only the
     * deadlines that concern them.
     */
    public boolean asReviewer(LegalCase legalCase) {
        return !isCoordinator() && !(session.isCallerInRole(Role.Names.LEGAL) && ofFirm(legalCase.getFirm()));
    }

    /** A coordinator sees every firm's cases: a person only, never an API client (its referral scopes are COORDINATOR). */
    public boolean isCoordinator() {
        return session.isCallerInRole(Role.Names.COORDINATOR) && apiClients.asClient(caller()).isEmpty();
    }

    public String caller() {
        return session.getCallerPrincipal().getName();
    }
}
