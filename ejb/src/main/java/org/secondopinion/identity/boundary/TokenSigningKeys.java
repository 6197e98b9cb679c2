package org.secondopinion.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.secondopinion.identity.entity.TokenSigningKey;

/** The stored token key: read, and inserted when absent, each in a transaction of its own. */
@Stateless
@PermitAll
public class TokenSigningKeys {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> stored() {
        return Optional.ofNullable(em.find(TokenSigningKey.class, TokenSigningKey.THE_ONLY_ID))
                .map(TokenSigningKey::getKeyValue);
    }

    /**
     * Inserts the key unless a row exists. Two nodes starting at once may both try: the
     * primary key lets one commit and the other fail, and both then read the one stored.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void storeIfAbsent(String base64Key) {
        if (em.find(TokenSigningKey.class, TokenSigningKey.THE_ONLY_ID) == null) {
            em.persist(new TokenSigningKey(base64Key, Instant.now(clock)));
            em.flush();
        }
    }
}
