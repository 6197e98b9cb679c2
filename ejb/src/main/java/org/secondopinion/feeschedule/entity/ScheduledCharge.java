package org.secondopinion.feeschedule.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One standard charge of a fee schedule under one of its codes: the gross and cash prices,
 * and for a payer and plan the negotiated dollar, percentage or algorithm with its range.
 * Written once by the import and never changed.
 */
// millions of rows written once: never kept in the shared cache
@Cacheable(false)
@Entity
@Table(name = "scheduled_charge")
@NamedQuery(name = ScheduledCharge.FIND_BY_CODE, query = "SELECT c FROM ScheduledCharge c"
        + " WHERE c.feeScheduleId = :schedule AND c.code = :code ORDER BY c.payerName, c.planName, c.id")
@NamedQuery(name = ScheduledCharge.FIND_BY_SCHEDULE, query = "SELECT c FROM ScheduledCharge c"
        + " WHERE c.feeScheduleId = :schedule ORDER BY c.code, c.id")
@NamedQuery(name = ScheduledCharge.FIND_MODIFIER_ADJUSTMENTS, query = "SELECT c FROM ScheduledCharge c"
        + " WHERE c.feeScheduleId = :schedule AND c.code IS NULL AND c.modifierAdjustment = TRUE ORDER BY c.id")
public class ScheduledCharge implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_CODE = "ScheduledCharge.findByCode";
    /** The modifier rows of a schedule: they carry no code, so the code index finds them. */
    public static final String FIND_MODIFIER_ADJUSTMENTS = "ScheduledCharge.findModifierAdjustments";
    public static final String FIND_BY_SCHEDULE = "ScheduledCharge.findBySchedule";

    @Id
    @SequenceGenerator(name = "scheduled_charge_seq", sequenceName = "scheduled_charge_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduled_charge_seq")
    private Long id;

    @Column(name = "fee_schedule_id", nullable = false)
    private long feeScheduleId;
    @Column(length = 40)
    private String code;
    @Column(name = "code_type", length = 20)
    private String codeType;
    @Column(nullable = false, length = 2000)
    private String description;
    @Column(length = 12)
    private String setting;
    @Column(length = 200)
    private String modifiers;
    @Column(name = "modifier_adjustment", nullable = false)
    private boolean modifierAdjustment;
    @Column(name = "gross_charge", precision = 18, scale = 4)
    private BigDecimal grossCharge;
    @Column(name = "discounted_cash", precision = 18, scale = 4)
    private BigDecimal discountedCash;
    @Column(name = "minimum_charge", precision = 18, scale = 4)
    private BigDecimal minimum;
    @Column(name = "maximum_charge", precision = 18, scale = 4)
    private BigDecimal maximum;
    @Column(name = "payer_name", length = 200)
    private String payerName;
    @Column(name = "plan_name", length = 200)
    private String planName;
    @Column(name = "negotiated_dollar", precision = 18, scale = 4)
    private BigDecimal negotiatedDollar;
    @Column(name = "negotiated_percentage", precision = 9, scale = 4)
    private BigDecimal negotiatedPercentage;
    @Column(name = "negotiated_algorithm", length = 2000)
    private String negotiatedAlgorithm;
    @Column(name = "estimated_amount", precision = 18, scale = 4)
    private BigDecimal estimatedAmount;
    @Column(name = "median_amount", precision = 18, scale = 4)
    private BigDecimal medianAmount;
    @Column(name = "percentile_10", precision = 18, scale = 4)
    private BigDecimal percentile10;
    @Column(name = "percentile_90", precision = 18, scale = 4)
    private BigDecimal percentile90;
    @Column(length = 40)
    private String methodology;
    @Column(name = "source_line", nullable = false)
    private long sourceLine;

    protected ScheduledCharge() {
    }

    @SuppressWarnings("java:S107") // one column each: the charge as the file states it
    public ScheduledCharge(long feeScheduleId, String code, String codeType, String description, String setting,
                           String modifiers, boolean modifierAdjustment, BigDecimal grossCharge, BigDecimal discountedCash,
                           BigDecimal minimum, BigDecimal maximum, String payerName, String planName,
                           BigDecimal negotiatedDollar, BigDecimal negotiatedPercentage, String negotiatedAlgorithm,
                           BigDecimal estimatedAmount, BigDecimal medianAmount, BigDecimal percentile10,
                           BigDecimal percentile90, String methodology, long sourceLine) {
        this.feeScheduleId = feeScheduleId;
        this.code = cut(code, 40);
        this.codeType = cut(codeType, 20);
        this.description = cut(description == null ? "" : description, 2000);
        this.setting = setting;
        this.modifiers = cut(modifiers, 200);
        this.modifierAdjustment = modifierAdjustment;
        this.grossCharge = grossCharge;
        this.discountedCash = discountedCash;
        this.minimum = minimum;
        this.maximum = maximum;
        this.payerName = cut(payerName, 200);
        this.planName = cut(planName, 200);
        this.negotiatedDollar = negotiatedDollar;
        this.negotiatedPercentage = negotiatedPercentage;
        this.negotiatedAlgorithm = cut(negotiatedAlgorithm, 2000);
        this.estimatedAmount = estimatedAmount;
        this.medianAmount = medianAmount;
        this.percentile10 = percentile10;
        this.percentile90 = percentile90;
        this.methodology = methodology;
        this.sourceLine = sourceLine;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() { return id; }
    public long getFeeScheduleId() { return feeScheduleId; }
    public String getCode() { return code; }
    public String getCodeType() { return codeType; }
    public String getDescription() { return description; }
    public String getSetting() { return setting; }
    public String getModifiers() { return modifiers; }
    public boolean isModifierAdjustment() { return modifierAdjustment; }
    public BigDecimal getGrossCharge() { return grossCharge; }
    public BigDecimal getDiscountedCash() { return discountedCash; }
    public BigDecimal getMinimum() { return minimum; }
    public BigDecimal getMaximum() { return maximum; }
    public String getPayerName() { return payerName; }
    public String getPlanName() { return planName; }
    public BigDecimal getNegotiatedDollar() { return negotiatedDollar; }
    public BigDecimal getNegotiatedPercentage() { return negotiatedPercentage; }
    public String getNegotiatedAlgorithm() { return negotiatedAlgorithm; }
    public BigDecimal getEstimatedAmount() { return estimatedAmount; }
    public BigDecimal getMedianAmount() { return medianAmount; }
    public BigDecimal getPercentile10() { return percentile10; }
    public BigDecimal getPercentile90() { return percentile90; }
    public String getMethodology() { return methodology; }
    public long getSourceLine() { return sourceLine; }
}
