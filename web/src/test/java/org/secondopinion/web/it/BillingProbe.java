package org.secondopinion.web.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test helper in the container: where an issued estimate's document is stored, to change a byte of it. */
@Stateless
@PermitAll
public class BillingProbe {

    @PersistenceContext
    EntityManager em;

    public String documentKey(long estimateId) {
        return (String) em.createNativeQuery("SELECT document_key FROM cost_estimate WHERE id = ?1")
                .setParameter(1, estimateId).getSingleResult();
    }
}
