package org.secondopinion.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One step in the chain of custody of a case's documents: who did what to which document, when. */
@Entity
@Table(name = "custody_entry")
@NamedQuery(name = CustodyEntry.FIND_BY_CASE, query = "SELECT e FROM CustodyEntry e WHERE e.caseId = :case"
        + " ORDER BY e.at, e.id")
public class CustodyEntry implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_CASE = "CustodyEntry.findByCase";

    @Id
    @SequenceGenerator(name = "custody_entry_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custody_entry_seq")
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "document_id")
    private Long documentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CustodyAction action;
    @Column(nullable = false, length = 80)
    private String actor;
    @Column(name = "at_time", nullable = false)
    private Instant at;
    @Column(nullable = false, length = 1000)
    private String detail;

    protected CustodyEntry() {
    }

    public CustodyEntry(long caseId, Long documentId, CustodyAction action, String actor, Instant at, String detail) {
        this.caseId = caseId;
        this.documentId = documentId;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.detail = detail.length() > 1000 ? detail.substring(0, 999) + "…" : detail;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public Long getDocumentId() { return documentId; }
    public CustodyAction getAction() { return action; }
    public String getActor() { return actor; }
    public Instant getAt() { return at; }
    public String getDetail() { return detail; }
}
