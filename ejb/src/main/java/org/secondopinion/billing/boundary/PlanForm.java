package org.secondopinion.billing.boundary;

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
import org.secondopinion.billing.control.SecondOpinionRule;
import org.secondopinion.billing.control.ServiceCategory;
import org.secondopinion.billing.entity.FamilyDeductible;
import org.secondopinion.billing.entity.HealthPlan;
import org.secondopinion.billing.entity.PlanKind;
import org.secondopinion.platform.control.PlainText;

/** A plan and its benefit design as entered; a blank maximum means no cap, a blank family figure no family tier. */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;
    @NotBlank(message = "Payer is required.")
    @Size(max = 200, message = "Payer is at most 200 characters.")
    @PlainText("Payer")
    private String payerName;
    @NotBlank(message = "Plan is required.")
    @Size(max = 200, message = "Plan is at most 200 characters.")
    @PlainText("Plan")
    private String planName;
    @NotNull(message = "Kind is required.")
    private PlanKind kind = PlanKind.COMMERCIAL;
    @NotNull(message = "Individual deductible is required (0 for none).")
    @DecimalMin(value = "0", message = "Individual deductible cannot be negative.")
    @Digits(integer = 8, fraction = 2, message = "Individual deductible is an amount in dollars and cents.")
    private BigDecimal individualDeductible = BigDecimal.ZERO;
    @DecimalMin(value = "0", message = "Family deductible cannot be negative.")
    @Digits(integer = 8, fraction = 2, message = "Family deductible is an amount in dollars and cents.")
    private BigDecimal familyDeductible;
    @NotNull(message = "Family deductible kind is required.")
    private FamilyDeductible familyDeductibleKind = FamilyDeductible.EMBEDDED;
    @DecimalMin(value = "0", message = "Individual out-of-pocket maximum cannot be negative.")
    @Digits(integer = 8, fraction = 2, message = "Individual out-of-pocket maximum is an amount in dollars and cents.")
    private BigDecimal individualOutOfPocketMax;
    @DecimalMin(value = "0", message = "Family out-of-pocket maximum cannot be negative.")
    @Digits(integer = 8, fraction = 2, message = "Family out-of-pocket maximum is an amount in dollars and cents.")
    private BigDecimal familyOutOfPocketMax;
    @NotNull(message = "Second-opinion rule is required.")
    private SecondOpinionRule secondOpinionRule = SecondOpinionRule.COVERED;
    @NotNull(message = "Further-procedure payment is required.")
    @DecimalMin(value = "0", message = "Further-procedure payment is 0 to 100 percent.")
    @DecimalMax(value = "100", message = "Further-procedure payment is 0 to 100 percent.")
    @Digits(integer = 3, fraction = 3, message = "Further-procedure payment has at most 3 decimals.")
    private BigDecimal additionalProcedurePercent = new BigDecimal("50");
    @Valid
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
