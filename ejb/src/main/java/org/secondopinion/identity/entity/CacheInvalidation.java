package org.secondopinion.identity.entity;

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
 * Word to every node that something it may keep in memory changed: a user's verified credentials
 * ({@link #CREDENTIALS}, subject the user name) or an API client's state ({@link #API_CLIENT}, subject the client
 * id). Written in the transaction of the change, so it exists exactly when the change committed.
 */
@Entity
@Table(name = "cache_invalidation")
@NamedQuery(name = CacheInvalidation.SINCE, query = "SELECT i FROM CacheInvalidation i WHERE i.createdAt >= :since"
        + " ORDER BY i.id")
@NamedQuery(name = CacheInvalidation.DELETE_BEFORE, query = "DELETE FROM CacheInvalidation i"
        + " WHERE i.createdAt < :before")
public class CacheInvalidation {

    public static final String CREDENTIALS = "credentials";
    public static final String API_CLIENT = "api-client";
    public static final String SINCE = "CacheInvalidation.since";
    public static final String DELETE_BEFORE = "CacheInvalidation.deleteBefore";

    @Id
    @SequenceGenerator(name = "cache_invalidation_seq", sequenceName = "cache_invalidation_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cache_invalidation_seq")
    private Long id;

    @Column(name = "cache_name", nullable = false, updatable = false)
    private String cacheName;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CacheInvalidation() {
    }

    public CacheInvalidation(String cacheName, String subject, Instant createdAt) {
        this.cacheName = Objects.requireNonNull(cacheName, "cacheName");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public String getCacheName() {
        return cacheName;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
