package org.secondopinion.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An API caller's {@code Idempotency-Key} and the answer its request got. The row is inserted before the
 * request runs and completed after, in the request's own transaction: it is committed only with a write that
 * succeeded, so every committed row holds a complete answer.
 */
@Entity
@Table(name = "idempotency_key")
@NamedQuery(name = IdempotencyKey.FIND, query = "SELECT k FROM IdempotencyKey k WHERE k.caller = :caller"
        + " AND k.key = :key")
@NamedQuery(name = IdempotencyKey.DELETE_CREATED_BEFORE, query = "DELETE FROM IdempotencyKey k"
        + " WHERE k.createdAt < :before")
public class IdempotencyKey {

    public static final String FIND = "IdempotencyKey.findByCallerAndKey";
    public static final String DELETE_CREATED_BEFORE = "IdempotencyKey.deleteCreatedBefore";

    @Id
    @SequenceGenerator(name = "idempotency_key_seq", sequenceName = "idempotency_key_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotency_key_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String caller;

    @Column(name = "idem_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    private String fingerprint;

    private Integer status;

    private String location;

    @Column(name = "content_type")
    private String contentType;

    private byte[] body;

    protected IdempotencyKey() {
    }

    public IdempotencyKey(String caller, String key, Instant createdAt) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.key = Objects.requireNonNull(key, "key");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Keeps the successful answer the request got, once. */
    public void answered(String requestFingerprint, int answerStatus, String answerLocation, String answerContentType,
                         byte[] answerBody) {
        if (fingerprint != null) {
            throw new IllegalStateException("the key " + key + " was answered already");
        }
        if (answerStatus < 200 || answerStatus > 299) {
            throw new IllegalArgumentException("only a successful answer is kept, not " + answerStatus);
        }
        this.fingerprint = Objects.requireNonNull(requestFingerprint, "fingerprint");
        this.status = answerStatus;
        this.location = answerLocation;
        this.contentType = answerContentType;
        this.body = answerBody == null ? new byte[0] : answerBody.clone();
    }

    public Long getId() {
        return id;
    }

    public String getCaller() {
        return caller;
    }

    public String getKey() {
        return key;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Integer getStatus() {
        return status;
    }

    public String getLocation() {
        return location;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getBody() {
        return body == null ? null : body.clone();
    }
}
