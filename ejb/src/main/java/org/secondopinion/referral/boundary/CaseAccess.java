package org.secondopinion.referral.boundary;

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
import java.util.Optional;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.platform.entity.AccessRefused;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.StaleEdit;
import org.secondopinion.referral.entity.Referral;

/**
 * Who may see which referral: a coordinator any, a specialist only the cases assigned to
 * them. Every boundary opens a case through here, so the rule is in one place; a refusal is
 * audited with the case asked for.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CaseAccess {

    static final String RECORD_TYPE = "Referral";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditLog audit;

    /** The case, if the caller may see it; for a specialist only when assigned to them. */
    public Referral open(long id) {
        return open(id, RECORD_TYPE, id);
    }

    /**
     * The case, asked for through one of its records (a file): a refusal is audited with that record and answered
     * as "not found" for that record, exactly as for one that does not exist, so that neither the record's
     * existence nor its case's id can be learnt.
     */
    public Referral open(long id, String recordType, Object recordId) {
        Referral referral = em.find(Referral.class, id);
        String caller = caller();
        if (session.isCallerInRole(Role.Names.COORDINATOR)) {
            if (referral == null) {
                throw notFound(recordType, recordId);
            }
            return referral;
        }
        if (session.isCallerInRole(Role.Names.SPECIALIST) && referral != null && referral.isAssignedTo(caller)) {
            return referral;
        }
        audit.recordRefusal(recordType, recordId, "refused: " + (recordType.equals(RECORD_TYPE) ? "case"
                : recordType + " of a case") + " not assigned to " + caller);
        throw notFound(recordType, recordId);
    }

    /** The one answer for "does not exist" and "not yours": the record's kind in words and the id asked for. */
    static RecordNotFound notFound(String recordType, Object recordId) {
        return new RecordNotFound(RECORD_TYPE.equals(recordType) ? "Case"
                : ReferralRecords.FILE.equals(recordType) ? "File" : recordType, recordId);
    }

    /** The case for a change: the caller may see it and it is still at the version they loaded. */
    public Referral change(long id, long version) {
        Referral referral = open(id);
        if (referral.getVersion() != version) {
            throw new StaleEdit("Case", referral.reference());
        }
        em.lock(referral, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return referral;
    }

    /** Coordinator-only steps on a case the caller may see. */
    public Referral changeAsCoordinator(long id, long version) {
        if (!session.isCallerInRole(Role.Names.COORDINATOR)) {
            audit.recordRefusal(RECORD_TYPE, id, "refused: only a coordinator may take this step");
            throw new AccessRefused("Only a coordinator may take this step.");
        }
        return change(id, version);
    }

    /** Specialist-only steps: the caller must be the specialist assigned to the case. */
    public Referral changeAsAssignedSpecialist(long id, long version) {
        Referral referral = em.find(Referral.class, id);
        if (referral == null || !referral.isAssignedTo(caller())) {
            audit.recordRefusal(RECORD_TYPE, id, "refused: only the assigned specialist may do this");
            throw new AccessRefused("Only the specialist assigned to the case may do this.");
        }
        return change(id, version);
    }

    public Optional<Practitioner> callerAsPractitioner() {
        return em.createNamedQuery(Practitioner.FIND_BY_USERNAME, Practitioner.class)
                .setParameter("username", caller().toLowerCase()).getResultStream().findFirst();
    }

    public String caller() {
        return session.getCallerPrincipal().getName();
    }

    public boolean callerIsCoordinator() {
        return session.isCallerInRole(Role.Names.COORDINATOR);
    }
}
