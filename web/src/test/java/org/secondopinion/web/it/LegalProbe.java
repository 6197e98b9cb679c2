package org.secondopinion.web.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test helper in the container: where a case document is stored, to change a byte of it. */
@Stateless
@PermitAll
public class LegalProbe {

    @PersistenceContext
    EntityManager em;

    public long custodyEntries(String action) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM custody_entry WHERE action = ?1")
                .setParameter(1, action).getSingleResult()).longValue();
    }

    public String storageKey(long documentId) {
        return (String) em.createNativeQuery("SELECT storage_key FROM legal_document WHERE id = ?1")
                .setParameter(1, documentId).getSingleResult();
    }
}
