package org.secondopinion.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The key that signs the API's access tokens when configuration gives none: made by the
 * first node that starts and shared through the database by every node. One row only.
 */
@Entity
@Table(name = "token_signing_key")
public class TokenSigningKey {

    public static final int THE_ONLY_ID = 1;

    @Id
    private Integer id;

    /** The key, base64. */
    @Column(name = "key_value", nullable = false, length = 100)
    private String keyValue;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TokenSigningKey() {
        // for JPA
    }

    public TokenSigningKey(String keyValue, Instant createdAt) {
        this.id = THE_ONLY_ID;
        this.keyValue = Objects.requireNonNull(keyValue);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String getKeyValue() {
        return keyValue;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
