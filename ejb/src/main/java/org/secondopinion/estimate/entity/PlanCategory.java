package org.secondopinion.estimate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;

/** A plan's cost sharing for one service category; coinsurance in percent (20 = 20%). */
@Embeddable
public class PlanCategory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ServiceCategory category;
    @Column(nullable = false)
    private boolean covered;
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal copay;
    @Column(name = "in_network_coinsurance", nullable = false, precision = 7, scale = 3)
    private BigDecimal inNetworkCoinsurance;
    @Column(name = "out_of_network_coinsurance", nullable = false, precision = 7, scale = 3)
    private BigDecimal outOfNetworkCoinsurance;
    @Column(name = "deductible_applies", nullable = false)
    private boolean deductibleApplies;
    @Column(name = "deductible_before_copay", nullable = false)
    private boolean deductibleBeforeCopay;
    @Column(name = "copay_counts_toward_deductible", nullable = false)
    private boolean copayCountsTowardDeductible;
    @Column(name = "copay_after_oop_max", nullable = false)
    private boolean copayAfterOutOfPocketMax;

    protected PlanCategory() {
    }

    public PlanCategory(ServiceCategory category, boolean covered, BigDecimal copay, BigDecimal inNetworkCoinsurance,
                        BigDecimal outOfNetworkCoinsurance, boolean deductibleApplies, boolean deductibleBeforeCopay,
                        boolean copayCountsTowardDeductible, boolean copayAfterOutOfPocketMax) {
        this.category = category;
        this.covered = covered;
        this.copay = copay;
        this.inNetworkCoinsurance = Percent.of("inNetworkCoinsurance", "In-network coinsurance",
                inNetworkCoinsurance).value();
        this.outOfNetworkCoinsurance = Percent.of("outOfNetworkCoinsurance", "Out-of-network coinsurance",
                outOfNetworkCoinsurance).value();
        this.deductibleApplies = deductibleApplies;
        this.deductibleBeforeCopay = deductibleBeforeCopay;
        this.copayCountsTowardDeductible = copayCountsTowardDeductible;
        this.copayAfterOutOfPocketMax = copayAfterOutOfPocketMax;
    }

    public ServiceCategory getCategory() { return category; }
    public boolean isCovered() { return covered; }
    public BigDecimal getCopay() { return copay; }
    public BigDecimal getInNetworkCoinsurance() { return inNetworkCoinsurance; }
    public BigDecimal getOutOfNetworkCoinsurance() { return outOfNetworkCoinsurance; }
    public boolean isDeductibleApplies() { return deductibleApplies; }
    public boolean isDeductibleBeforeCopay() { return deductibleBeforeCopay; }
    public boolean isCopayCountsTowardDeductible() { return copayCountsTowardDeductible; }
    public boolean isCopayAfterOutOfPocketMax() { return copayAfterOutOfPocketMax; }
}
