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
import java.time.LocalDate;

/** A period in which the limitations clock stops, for the whole case or one defendant. */
@Entity
@Table(name = "legal_tolling")
public class TollingPeriod implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "legal_tolling_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_tolling_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private LegalCase legalCase;
    @ManyToOne
    @JoinColumn(name = "defendant_id")
    private Defendant defendant;
    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;
    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;
    @Column(nullable = false, length = 400)
    private String reason;

    protected TollingPeriod() {
    }

    TollingPeriod(LegalCase legalCase, Defendant defendant, LocalDate from, LocalDate to, String reason) {
        this.legalCase = legalCase;
        this.defendant = defendant;
        this.fromDate = from;
        this.toDate = to;
        this.reason = reason;
    }

    /** Whether the period stops the clock of this defendant. */
    public boolean applies(Defendant of) {
        return defendant == null || defendant == of;
    }

    public Long getId() { return id; }
    public Defendant getDefendant() { return defendant; }
    public LocalDate getFromDate() { return fromDate; }
    public LocalDate getToDate() { return toDate; }
    public String getReason() { return reason; }
}
