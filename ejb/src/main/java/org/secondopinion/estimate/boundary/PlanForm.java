package org.secondopinion.estimate.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.secondopinion.estimate.entity.FamilyDeductible;
import org.secondopinion.estimate.entity.HealthPlan;
import org.secondopinion.estimate.entity.PlanKind;
import org.secondopinion.estimate.entity.SecondOpinionRule;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.platform.control.PlainText;

/** A plan and its benefit design as entered; a blank maximum means no cap, a blank family figure no family tier. */
@Schema(description = "A payer's plan and its benefit design. Rates are percent, 0 to 100 (20 = 20%), never fractions. A blank maximum means no cap, a blank family figure no family tier.")
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "The version last read (0 for a new one); a stale version is refused with 409.")
    private long version;
    @NotBlank(message = "Payer is required.")
    @Size(max = 200, message = "Payer is at most 200 characters.")
    @PlainText("Payer")
    @Schema(required = true, maxLength = 200, description = "The payer, e.g. Northwind Health.")
    private String payerName;
    @NotBlank(message = "Plan is required.")
    @Size(max = 200, message = "Plan is at most 200 characters.")
    @PlainText("Plan")
    @Schema(required = true, maxLength = 200, description = "The plan, unique for its payer.")
    private String planName;
    @NotNull(message = "Kind is required.")
    @Schema(required = true, type = SchemaType.STRING, enumeration = {"COMMERCIAL", "MEDICARE_PART_B"}, description = "COMMERCIAL, or MEDICARE_PART_B (Original Medicare Part B: the configured Part B deductible, then 20%; the figures below are not used). Cannot change once saved.")
    private PlanKind kind = PlanKind.COMMERCIAL;
    @NotNull(message = "Individual deductible is required (0 for none).")
    @DecimalMin(value = "0", message = "Individual deductible cannot be negative.")
    @Digits(integer = 8, fraction = 2, message = "Individual deductible is an amount in dollars and cents.")
    @Schema(required = true, minimum = "0", description = "Dollars and cents, 0 for none. For Original Medicare Part B the configured Part B deductible of the year applies and is read back here.")
    private BigDecimal individualDeductible = BigDecimal.ZERO;
    @DecimalMin(value = "0", message = "Family deductible cannot be negative.")
    @Digits(integer = 8, fraction = 2, message = "Family deductible is an amount in dollars and cents.")
    @Schema(minimum = "0", description = "Dollars and cents; blank: no family tier.")
    private BigDecimal familyDeductible;
    @NotNull(message = "Family deductible kind is required.")
    @Schema(required = true, type = SchemaType.STRING, enumeration = {"EMBEDDED", "AGGREGATE"}, description = "EMBEDDED: each member's own deductible counts within the family's; AGGREGATE: only the family's.")
    private FamilyDeductible familyDeductibleKind = FamilyDeductible.EMBEDDED;
    @DecimalMin(value = "0", message = "Individual out-of-pocket maximum cannot be negative.")
    @Digits(integer = 8, fraction = 2, message = "Individual out-of-pocket maximum is an amount in dollars and cents.")
    @Schema(minimum = "0", description = "Dollars and cents; blank: no cap.")
    private BigDecimal individualOutOfPocketMax;
    @DecimalMin(value = "0", message = "Family out-of-pocket maximum cannot be negative.")
    @Digits(integer = 8, fraction = 2, message = "Family out-of-pocket maximum is an amount in dollars and cents.")
    @Schema(minimum = "0", description = "Dollars and cents; blank: no cap.")
    private BigDecimal familyOutOfPocketMax;
    @NotNull(message = "Second-opinion rule is required.")
    @Schema(required = true, type = SchemaType.STRING, enumeration = {"NOT_COVERED", "COVERED", "MEDICARE_PART_B"}, description = "Whether the plan pays for a second opinion.")
    private SecondOpinionRule secondOpinionRule = SecondOpinionRule.COVERED;
    @NotNull(message = "Further-procedure payment is required.")
    @DecimalMin(value = "0", message = "Further-procedure payment is 0 to 100 percent.")
    @DecimalMax(value = "100", message = "Further-procedure payment is 0 to 100 percent.")
    @Digits(integer = 3, fraction = 3, message = "Further-procedure payment has at most 3 decimals.")
    @Schema(required = true, minimum = "0", maximum = "100", description = "Percent, 0 to 100 (50 = 50%), paid for each further procedure of a multiple-procedure line.")
    private BigDecimal additionalProcedurePercent = new BigDecimal("50");
    @Valid
    @Schema(description = "Cost sharing per service category; a category not listed is not covered.")
    private List<CategoryForm> categories = new ArrayList<>();

    /** A new commercial plan: every category listed, none covered yet. */
    public static PlanForm blank() {
        PlanForm form = new PlanForm();
        for (ServiceCategory category : ServiceCategory.values()) {
            form.categories.add(CategoryForm.notCovered(category));
        }
        return form;
    }

    public static PlanForm of(HealthPlan plan) {
        return of(plan, plan.getIndividualDeductible());
    }

    /**
     * The plan as entered, its individual deductible as people read it: for Original Medicare Part B the
     * configured Part B deductible, which the plan does not store.
     */
    public static PlanForm of(HealthPlan plan, BigDecimal individualDeductible) {
        PlanForm form = new PlanForm();
        form.version = plan.getVersion();
        form.payerName = plan.getPayerName();
        form.planName = plan.getPlanName();
        form.kind = plan.getKind();
        form.individualDeductible = plan.isMedicare() ? individualDeductible : plan.getIndividualDeductible();
        form.familyDeductible = plan.getFamilyDeductible();
        form.familyDeductibleKind = plan.getFamilyDeductibleKind();
        form.individualOutOfPocketMax = plan.getIndividualOutOfPocketMax();
        form.familyOutOfPocketMax = plan.getFamilyOutOfPocketMax();
        form.secondOpinionRule = plan.getSecondOpinionRule();
        form.additionalProcedurePercent = plan.getAdditionalProcedurePercent();
        for (ServiceCategory category : ServiceCategory.values()) {
            var rule = plan.category(category);
            form.categories.add(rule == null ? CategoryForm.notCovered(category) : CategoryForm.of(rule));
        }
        return form;
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getPayerName() { return payerName; }
    public void setPayerName(String payerName) { this.payerName = payerName; }
    public String getPlanName() { return planName; }
    public void setPlanName(String planName) { this.planName = planName; }
    public PlanKind getKind() { return kind; }
    public void setKind(PlanKind kind) { this.kind = kind; }
    public BigDecimal getIndividualDeductible() { return individualDeductible; }
    public void setIndividualDeductible(BigDecimal amount) { this.individualDeductible = amount; }
    public BigDecimal getFamilyDeductible() { return familyDeductible; }
    public void setFamilyDeductible(BigDecimal amount) { this.familyDeductible = amount; }
    public FamilyDeductible getFamilyDeductibleKind() { return familyDeductibleKind; }
    public void setFamilyDeductibleKind(FamilyDeductible kind) { this.familyDeductibleKind = kind; }
    public BigDecimal getIndividualOutOfPocketMax() { return individualOutOfPocketMax; }
    public void setIndividualOutOfPocketMax(BigDecimal amount) { this.individualOutOfPocketMax = amount; }
    public BigDecimal getFamilyOutOfPocketMax() { return familyOutOfPocketMax; }
    public void setFamilyOutOfPocketMax(BigDecimal amount) { this.familyOutOfPocketMax = amount; }
    public SecondOpinionRule getSecondOpinionRule() { return secondOpinionRule; }
    public void setSecondOpinionRule(SecondOpinionRule rule) { this.secondOpinionRule = rule; }
    public BigDecimal getAdditionalProcedurePercent() { return additionalProcedurePercent; }
    public void setAdditionalProcedurePercent(BigDecimal percent) { this.additionalProcedurePercent = percent; }
    public List<CategoryForm> getCategories() { return categories; }
    public void setCategories(List<CategoryForm> categories) { this.categories = categories; }
}
