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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A document of a case file as received: stored with its SHA-256, page count and labels; deleted only as a mark. */
@Entity
@Table(name = "legal_document")
@NamedQuery(name = LegalDocument.FIND_BY_CASE, query = "SELECT d FROM LegalDocument d WHERE d.legalCase.id = :case"
        + " AND d.deletedAt IS NULL ORDER BY d.receivedAt, d.id")
@NamedQuery(name = LegalDocument.FIND_PRODUCED_BY_CASE, query = "SELECT d FROM LegalDocument d"
        + " WHERE d.legalCase.id = :case AND d.deletedAt IS NULL AND EXISTS (SELECT i FROM ProductionItem i"
        + " WHERE i.document = d) ORDER BY d.receivedAt, d.id")
public class LegalDocument implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_CASE = "LegalDocument.findByCase";
    public static final String FIND_PRODUCED_BY_CASE = "LegalDocument.findProducedByCase";

    @Id
    @SequenceGenerator(name = "legal_document_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_document_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private LegalCase legalCase;
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;
    @Column(name = "media_type", nullable = false, length = 60)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "storage_key", nullable = false, length = 64)
    private String storageKey;
    @Column(name = "page_count")
    private Integer pageCount;
    @Column(length = 200)
    private String labels;
    @Column(length = 200)
    private String source;
    @Column(name = "received_by", nullable = false, length = 80)
    private String receivedBy;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(name = "deleted_by", length = 80)
    private String deletedBy;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Version
    private long version;

    protected LegalDocument() {
    }

    public LegalDocument(LegalCase legalCase, String fileName, String mediaType, long sizeBytes, String sha256,
                         String storageKey, Integer pageCount, Set<DocumentLabel> labels, String source, String by,
                         Instant at) {
        this.legalCase = legalCase;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.pageCount = pageCount;
        this.labels = labels.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.source = source;
        this.receivedBy = by;
        this.receivedAt = at;
    }

    public Set<DocumentLabel> labelSet() {
        if (labels == null || labels.isBlank()) {
            return EnumSet.noneOf(DocumentLabel.class);
        }
        return Arrays.stream(labels.split(",")).map(DocumentLabel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentLabel.class)));
    }

    /** Pages the document takes in a production: its page count, one for a file that has none. */
    public int batesPages() {
        return pageCount == null || pageCount < 1 ? 1 : pageCount;
    }

    public void deleted(String by, Instant at) {
        this.deletedBy = by;
        this.deletedAt = at;
    }

    public Long getId() { return id; }
    public LegalCase getLegalCase() { return legalCase; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public Integer getPageCount() { return pageCount; }
    public String getLabels() { return labels; }
    public String getSource() { return source; }
    public String getReceivedBy() { return receivedBy; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getDeletedBy() { return deletedBy; }
    public Instant getDeletedAt() { return deletedAt; }
    public long getVersion() { return version; }
}
