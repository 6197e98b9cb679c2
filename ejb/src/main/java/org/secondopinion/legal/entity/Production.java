package org.secondopinion.legal.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A release of documents to a recipient under an authority, each document stamped with its Bates range. */
@Entity
@Table(name = "legal_production")
@NamedQuery(name = Production.FIND_BY_CASE, query = "SELECT p FROM Production p WHERE p.legalCase.id = :case"
        + " ORDER BY p.producedAt DESC, p.id DESC")
public class Production implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_CASE = "Production.findByCase";

    @Id
    @SequenceGenerator(name = "legal_production_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_production_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private LegalCase legalCase;
    @ManyToOne(optional = false)
    @JoinColumn(name = "authority_id")
    private DisclosureAuthority authority;
    @Column(nullable = false, length = 200)
    private String recipient;
    @Column(nullable = false, length = 400)
    private String purpose;
    @Column(name = "bates_prefix", nullable = false, length = 20)
    private String batesPrefix;
    @Column(name = "bates_first", nullable = false)
    private long batesFirst;
    @Column(name = "bates_last", nullable = false)
    private long batesLast;
    @Column(name = "produced_by", nullable = false, length = 80)
    private String producedBy;
    @Column(name = "produced_at", nullable = false)
    private Instant producedAt;
    @OneToMany(mappedBy = "production", cascade = CascadeType.ALL)
    @OrderBy("batesFirst")
    private List<ProductionItem> items = new ArrayList<>();

    protected Production() {
    }

    /** Numbers the documents in order from {@code first}: each takes as many numbers as it has pages. */
    public Production(LegalCase legalCase, DisclosureAuthority authority, String purpose, String batesPrefix,
                      long first, List<LegalDocument> documents, String by, Instant at) {
        this.legalCase = legalCase;
        this.authority = authority;
        this.recipient = authority.getRecipient();
        this.purpose = purpose;
        this.batesPrefix = batesPrefix;
        this.batesFirst = first;
        long next = first;
        for (LegalDocument document : documents) {
            long last = next + document.batesPages() - 1;
            items.add(new ProductionItem(this, document, next, last));
            next = last + 1;
        }
        this.batesLast = next - 1;
        this.producedBy = by;
        this.producedAt = at;
    }

    public static int pagesOf(List<LegalDocument> documents) {
        return documents.stream().mapToInt(LegalDocument::batesPages).sum();
    }

    public Long getId() { return id; }
    public LegalCase getLegalCase() { return legalCase; }
    public DisclosureAuthority getAuthority() { return authority; }
    public String getRecipient() { return recipient; }
    public String getPurpose() { return purpose; }
    public String getBatesPrefix() { return batesPrefix; }
    public long getBatesFirst() { return batesFirst; }
    public long getBatesLast() { return batesLast; }
    public String getProducedBy() { return producedBy; }
    public Instant getProducedAt() { return producedAt; }
    public List<ProductionItem> getItems() { return Collections.unmodifiableList(items); }
}
