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
import java.math.BigDecimal;
import java.time.Instant;

/** An invoice of the reviewer's time: fees at the agreed rate, less what is left of the retainer. */
@Entity
@Table(name = "review_invoice")
public class ReviewInvoice implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "review_invoice_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_invoice_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id")
    private ReviewerAssignment assignment;
    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal hours;
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal fees;
    @Column(name = "retainer_applied", nullable = false, precision = 12, scale = 2)
    private BigDecimal retainerApplied;
    @Column(name = "amount_due", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountDue;
    @Column(name = "issued_by", nullable = false, length = 80)
    private String issuedBy;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected ReviewInvoice() {
    }

    ReviewInvoice(ReviewerAssignment assignment, BigDecimal hours, BigDecimal fees, BigDecimal retainerApplied,
                  BigDecimal amountDue, String by, Instant at) {
        this.assignment = assignment;
        this.hours = hours;
        this.fees = fees;
        this.retainerApplied = retainerApplied;
        this.amountDue = amountDue;
        this.issuedBy = by;
        this.issuedAt = at;
    }

    public Long getId() { return id; }
    public BigDecimal getHours() { return hours; }
    public BigDecimal getFees() { return fees; }
    public BigDecimal getRetainerApplied() { return retainerApplied; }
    public BigDecimal getAmountDue() { return amountDue; }
    public String getIssuedBy() { return issuedBy; }
    public Instant getIssuedAt() { return issuedAt; }
}
