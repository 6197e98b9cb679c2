package org.secondopinion.estimate.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;

/** A provider's final bill as entered against an issued estimate. */
@Schema(description = "A final bill received for an issued estimate, to compare with what was estimated for that provider.")
public class FinalBillForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Provider is required.")
    @Size(max = 200, message = "Provider is at most 200 characters.")
    @PlainText("Provider")
    @Schema(required = true, maxLength = 200, description = "The provider or facility as on the estimate.")
    private String providerName;
    /** The treatment option the patient chose; blank for a bill of the workup alone. */
    @Size(max = 120, message = "Option is at most 120 characters.")
    @PlainText("Option")
    @Schema(maxLength = 120, description = "The option the bill belongs to; blank: the workup.")
    private String optionName;
    @NotNull(message = "Bill date is required.")
    @PastOrPresent(message = "Bill date cannot be in the future.")
    @DateWithin(value = "Bill date", from = "2000-01-01")
    @Schema(required = true, description = "The bill's date, not in the future.")
    private LocalDate billDate;
    @NotNull(message = "Billed amount is required.")
    @DecimalMin(value = "0", message = "Billed amount cannot be negative.")
    @Digits(integer = 10, fraction = 2, message = "Billed amount is an amount in dollars and cents.")
    @Schema(required = true, minimum = "0", description = "Dollars and cents billed.")
    private BigDecimal billedAmount;

    public String getProviderName() { return providerName; }
    public void setProviderName(String providerName) { this.providerName = providerName; }
    public String getOptionName() { return optionName; }
    public void setOptionName(String optionName) { this.optionName = optionName; }
    public LocalDate getBillDate() { return billDate; }
    public void setBillDate(LocalDate billDate) { this.billDate = billDate; }
    public BigDecimal getBilledAmount() { return billedAmount; }
    public void setBilledAmount(BigDecimal billedAmount) { this.billedAmount = billedAmount; }
}
