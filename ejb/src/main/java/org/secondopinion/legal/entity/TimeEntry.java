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
import java.time.LocalDate;

/** Time the reviewer spent on a case. */
@Entity
@Table(name = "review_time_entry")
public class TimeEntry implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "review_time_entry_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_time_entry_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id")
    private ReviewerAssignment assignment;
    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;
    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal hours;
    @Column(nullable = false, length = 1000)
    private String description;
    @ManyToOne
    @JoinColumn(name = "invoice_id")
    private ReviewInvoice invoice;
    @Column(name = "entered_by", nullable = false, length = 80)
    private String enteredBy;
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected TimeEntry() {
    }

    TimeEntry(ReviewerAssignment assignment, LocalDate workDate, BigDecimal hours, String description, String by,
              Instant at) {
        this.assignment = assignment;
        this.workDate = workDate;
        this.hours = hours;
        this.description = description.length() > 1000 ? description.substring(0, 1000) : description;
        this.enteredBy = by;
        this.enteredAt = at;
    }

    void invoiced(ReviewInvoice on) {
        this.invoice = on;
    }

    public Long getId() { return id; }
    public LocalDate getWorkDate() { return workDate; }
    public BigDecimal getHours() { return hours; }
    public String getDescription() { return description; }
    public ReviewInvoice getInvoice() { return invoice; }
    public ReviewerAssignment getAssignment() { return assignment; }
    public String getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }
}
