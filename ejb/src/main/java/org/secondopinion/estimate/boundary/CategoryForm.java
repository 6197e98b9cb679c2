package org.secondopinion.estimate.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.secondopinion.estimate.entity.PlanCategory;
import org.secondopinion.estimate.entity.ServiceCategory;

/** A plan's cost sharing for one service category as entered; coinsurance in percent. */
@Schema(description = "A plan's cost sharing for one service category. Coinsurance is percent, 0 to 100 (20 = 20%), never a fraction.")
public class CategoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Category is required.")
    @Schema(required = true, type = SchemaType.STRING, enumeration = {"OFFICE_VISIT", "SECOND_OPINION", "RECORD_REVIEW", "IMAGING", "PATHOLOGY", "SURGERY", "ANESTHESIA", "DRUG_THERAPY", "RADIATION", "MONITORING", "FACILITY", "OTHER"})
    private ServiceCategory category;
    @Schema(description = "Whether the plan pays toward the category; if not, the patient pays the self-pay price.")
    private boolean covered;
    @NotNull(message = "Copay is required (0 for none).")
    @DecimalMin(value = "0", message = "Copay cannot be negative.")
    @Digits(integer = 8, fraction = 2, message = "Copay is an amount in dollars and cents.")
    @Schema(required = true, minimum = "0", description = "Dollars and cents, 0 for none.")
    private BigDecimal copay = BigDecimal.ZERO;
    @NotNull(message = "In-network coinsurance is required (0 for none).")
    @DecimalMin(value = "0", message = "In-network coinsurance is 0 to 100 percent.")
    @DecimalMax(value = "100", message = "In-network coinsurance is 0 to 100 percent.")
    @Digits(integer = 3, fraction = 3, message = "In-network coinsurance has at most 3 decimals.")
    @Schema(required = true, minimum = "0", maximum = "100", description = "Coinsurance in network: percent, 0 to 100 (20 = 20%), not a fraction.")
    private BigDecimal inNetworkCoinsurance = BigDecimal.ZERO;
    @NotNull(message = "Out-of-network coinsurance is required (0 for none).")
    @DecimalMin(value = "0", message = "Out-of-network coinsurance is 0 to 100 percent.")
    @DecimalMax(value = "100", message = "Out-of-network coinsurance is 0 to 100 percent.")
    @Digits(integer = 3, fraction = 3, message = "Out-of-network coinsurance has at most 3 decimals.")
    @Schema(required = true, minimum = "0", maximum = "100", description = "Coinsurance out of network: percent, 0 to 100 (40 = 40%), not a fraction.")
    private BigDecimal outOfNetworkCoinsurance = BigDecimal.ZERO;
    @Schema(description = "Whether the allowed amount goes toward the deductible first.")
    private boolean deductibleApplies;
    @Schema(description = "The deductible must be met before the copay applies.")
    private boolean deductibleBeforeCopay;
    @Schema(description = "The copay counts toward the deductible.")
    private boolean copayCountsTowardDeductible;
    @Schema(description = "The copay is still charged once the out-of-pocket maximum is met.")
    private boolean copayAfterOutOfPocketMax;

    public CategoryForm() {
    }

    public static CategoryForm of(PlanCategory c) {
        CategoryForm form = new CategoryForm();
        form.category = c.getCategory();
        form.covered = c.isCovered();
        form.copay = c.getCopay();
        form.inNetworkCoinsurance = c.getInNetworkCoinsurance();
        form.outOfNetworkCoinsurance = c.getOutOfNetworkCoinsurance();
        form.deductibleApplies = c.isDeductibleApplies();
        form.deductibleBeforeCopay = c.isDeductibleBeforeCopay();
        form.copayCountsTowardDeductible = c.isCopayCountsTowardDeductible();
        form.copayAfterOutOfPocketMax = c.isCopayAfterOutOfPocketMax();
        return form;
    }

    public static CategoryForm notCovered(ServiceCategory category) {
        CategoryForm form = new CategoryForm();
        form.category = category;
        return form;
    }

    PlanCategory toCategory() {
        return new PlanCategory(category, covered, copay, inNetworkCoinsurance, outOfNetworkCoinsurance,
                deductibleApplies, deductibleBeforeCopay, copayCountsTowardDeductible, copayAfterOutOfPocketMax);
    }

    public ServiceCategory getCategory() { return category; }
    public void setCategory(ServiceCategory category) { this.category = category; }
    public boolean isCovered() { return covered; }
    public void setCovered(boolean covered) { this.covered = covered; }
    public BigDecimal getCopay() { return copay; }
    public void setCopay(BigDecimal copay) { this.copay = copay; }
    public BigDecimal getInNetworkCoinsurance() { return inNetworkCoinsurance; }
    public void setInNetworkCoinsurance(BigDecimal rate) { this.inNetworkCoinsurance = rate; }
    public BigDecimal getOutOfNetworkCoinsurance() { return outOfNetworkCoinsurance; }
    public void setOutOfNetworkCoinsurance(BigDecimal rate) { this.outOfNetworkCoinsurance = rate; }
    public boolean isDeductibleApplies() { return deductibleApplies; }
    public void setDeductibleApplies(boolean applies) { this.deductibleApplies = applies; }
    public boolean isDeductibleBeforeCopay() { return deductibleBeforeCopay; }
    public void setDeductibleBeforeCopay(boolean first) { this.deductibleBeforeCopay = first; }
    public boolean isCopayCountsTowardDeductible() { return copayCountsTowardDeductible; }
    public void setCopayCountsTowardDeductible(boolean counts) { this.copayCountsTowardDeductible = counts; }
    public boolean isCopayAfterOutOfPocketMax() { return copayAfterOutOfPocketMax; }
    public void setCopayAfterOutOfPocketMax(boolean after) { this.copayAfterOutOfPocketMax = after; }
}
