package org.secondopinion.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A legal hold on a case file: while it is active nothing in the case can be deleted or purged. */
@Entity
@Table(name = "legal_hold")
@NamedQuery(name = LegalHold.ACTIVE_FOR_CASE, query = "SELECT h FROM LegalHold h WHERE h.legalCase.id = :case"
        + " AND h.releasedAt IS NULL ORDER BY h.placedAt")
@NamedQuery(name = LegalHold.FIND_BY_CASE, query = "SELECT h FROM LegalHold h WHERE h.legalCase.id = :case"
        + " ORDER BY h.placedAt DESC, h.id DESC")
public class LegalHold implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String ACTIVE_FOR_CASE = "LegalHold.activeForCase";
    public static final String FIND_BY_CASE = "LegalHold.findByCase";

    @Id
    @SequenceGenerator(name = "legal_hold_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_hold_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private LegalCase legalCase;
    @Column(nullable = false, length = 400)
    private String reason;
    @Column(name = "placed_by", nullable = false, length = 80)
    private String placedBy;
    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;
    @Column(name = "released_by", length = 80)
    private String releasedBy;
    @Column(name = "released_at")
    private Instant releasedAt;

    protected LegalHold() {
    }

    public LegalHold(LegalCase legalCase, String reason, String by, Instant at) {
        this.legalCase = legalCase;
        this.reason = reason;
        this.placedBy = by;
        this.placedAt = at;
    }

    public void release(String by, Instant at) {
        this.releasedBy = by;
        this.releasedAt = at;
    }

    public boolean isActive() {
        return releasedAt == null;
    }

    public Long getId() { return id; }
    public String getReason() { return reason; }
    public String getPlacedBy() { return placedBy; }
    public Instant getPlacedAt() { return placedAt; }
    public String getReleasedBy() { return releasedBy; }
    public Instant getReleasedAt() { return releasedAt; }
}
