package org.secondopinion.estimate.entity;

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

/** What a provider or facility finally billed the patient, entered later to track the estimate's accuracy. */
@Entity
@Table(name = "final_bill")
public class FinalBill implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "final_bill_seq", sequenceName = "final_bill_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "final_bill_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "estimate_id")
    private CostEstimate estimate;
    @Column(name = "provider_name", nullable = false, length = 200)
    private String providerName;
    @Column(name = "option_name", length = 120)
    private String optionName;
    @Column(name = "bill_date", nullable = false)
    private LocalDate billDate;
    @Column(name = "billed_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal billedAmount;
    @Column(name = "entered_by", nullable = false, length = 80)
    private String enteredBy;
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected FinalBill() {
    }

    FinalBill(CostEstimate estimate, String providerName, String optionName, LocalDate billDate, BigDecimal billedAmount, String by,
              Instant at) {
        this.estimate = estimate;
        this.providerName = providerName;
        this.optionName = optionName;
        this.billDate = billDate;
        this.billedAmount = billedAmount;
        this.enteredBy = by;
        this.enteredAt = at;
    }

    public Long getId() { return id; }
    public String getProviderName() { return providerName; }
    /** The treatment option the patient chose; null when the bill is for the workup alone. */
    public String getOptionName() { return optionName; }
    public LocalDate getBillDate() { return billDate; }
    public BigDecimal getBilledAmount() { return billedAmount; }
    public String getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }
}
