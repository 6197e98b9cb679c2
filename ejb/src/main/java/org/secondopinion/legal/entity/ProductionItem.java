package org.secondopinion.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One document of a production with its Bates range and the hash it had when it went out. */
@Entity
@Table(name = "production_item")
public class ProductionItem implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "production_item_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "production_item_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "production_id")
    private Production production;
    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private LegalDocument document;
    @Column(name = "bates_first", nullable = false)
    private long batesFirst;
    @Column(name = "bates_last", nullable = false)
    private long batesLast;
    @Column(nullable = false, length = 64)
    private String sha256;

    protected ProductionItem() {
    }

    ProductionItem(Production production, LegalDocument document, long first, long last) {
        this.production = production;
        this.document = document;
        this.batesFirst = first;
        this.batesLast = last;
        this.sha256 = document.getSha256();
    }

    public Long getId() { return id; }
    public LegalDocument getDocument() { return document; }
    public long getBatesFirst() { return batesFirst; }
    public long getBatesLast() { return batesLast; }
    public String getSha256() { return sha256; }
}
