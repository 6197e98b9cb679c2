package org.secondopinion.legal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.secondopinion.legal.entity.CustodyAction;
import org.secondopinion.legal.entity.CustodyEntry;

/** Writes a custody entry in its own transaction: a refused action is rolled back, its record must stay. */
@Stateless
@PermitAll
public class CustodyLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long caseId, Long documentId, CustodyAction action, String actor, String detail) {
        em.persist(new CustodyEntry(caseId, documentId, action, actor, Instant.now(clock), detail));
        em.flush();
    }
}
