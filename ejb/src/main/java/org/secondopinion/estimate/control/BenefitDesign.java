package org.secondopinion.estimate.control;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.secondopinion.estimate.entity.HealthPlan;
import org.secondopinion.estimate.entity.Percent;
import org.secondopinion.estimate.entity.PlanCategory;
import org.secondopinion.estimate.entity.PlanKind;
import org.secondopinion.estimate.entity.SecondOpinionRule;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.platform.control.Money;

/**
 * A plan's benefit design: deductibles and out-of-pocket maximums (a null maximum means no cap; a null family
 * figure means the plan has no family tier), the cost sharing of every service category, the second-opinion
 * rule and the payer's price adjustments. Yearly figures such as Medicare's Part B deductible are configuration
 * handed in here, not code.
 */
public record BenefitDesign(String name, BigDecimal individualDeductible, BigDecimal familyDeductible,
                            BigDecimal individualOutOfPocketMax, BigDecimal familyOutOfPocketMax,
                            Map<ServiceCategory, CategoryRule> categories, SecondOpinionRule secondOpinion,
                            PriceAdjustments adjustments) {

    public BenefitDesign {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A benefit design needs a name.");
        }
        if (individualDeductible == null || individualDeductible.signum() < 0) {
            throw new IllegalArgumentException("The individual deductible must be zero or more.");
        }
        requireNotNegative(familyDeductible);
        requireNotNegative(individualOutOfPocketMax);
        requireNotNegative(familyOutOfPocketMax);
        if (categories == null || secondOpinion == null || adjustments == null) {
            throw new IllegalArgumentException("A benefit design needs its categories, second-opinion rule and adjustments.");
        }
        EnumMap<ServiceCategory, CategoryRule> copy = new EnumMap<>(ServiceCategory.class);
        copy.putAll(categories);
        for (ServiceCategory category : ServiceCategory.values()) {
            if (copy.get(category) == null) {
                throw new IllegalArgumentException("The benefit design has no rule for " + category.label() + ".");
            }
        }
        categories = Collections.unmodifiableMap(copy);
    }

    /**
     * Original Medicare Part B: the Part B deductible, then 20% coinsurance for everything, no out-of-pocket cap;
     * a second opinion is covered before medically necessary non-emergency surgery, a third when the first two differ.
     */
    public static BenefitDesign originalMedicarePartB(BigDecimal partBDeductible) {
        CategoryRule twentyPercent = CategoryRule.coinsurance(new BigDecimal("0.20"), new BigDecimal("0.20"));
        return builder("Original Medicare Part B")
                .deductible(partBDeductible, null)
                .noOutOfPocketMax()
                .allCategories(twentyPercent)
                .secondOpinion(SecondOpinionRule.MEDICARE_PART_B)
                .build();
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public CategoryRule rule(ServiceCategory category) {
        return categories.get(category);
    }

    private static void requireNotNegative(BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("Deductibles and out-of-pocket maximums cannot be negative.");
        }
    }

    /** Builds a design; categories not named take the rule given to {@link #allCategories}. */
    public static final class Builder {

        private final String name;
        private BigDecimal individualDeductible = Money.ZERO;
        private BigDecimal familyDeductible;
        private BigDecimal individualOutOfPocketMax;
        private BigDecimal familyOutOfPocketMax;
        private CategoryRule otherwise;
        private final Map<ServiceCategory, CategoryRule> categories = new EnumMap<>(ServiceCategory.class);
        private SecondOpinionRule secondOpinion = SecondOpinionRule.COVERED;
        private PriceAdjustments adjustments = PriceAdjustments.STANDARD;

        private Builder(String name) {
            this.name = name;
        }

        /** @param family null for a plan without a family tier */
        public Builder deductible(BigDecimal individual, BigDecimal family) {
            this.individualDeductible = individual;
            this.familyDeductible = family;
            return this;
        }

        /** @param family null for a plan without a family tier */
        public Builder outOfPocketMax(BigDecimal individual, BigDecimal family) {
            this.individualOutOfPocketMax = individual;
            this.familyOutOfPocketMax = family;
            return this;
        }

        public Builder noOutOfPocketMax() {
            return outOfPocketMax(null, null);
        }

        public Builder allCategories(CategoryRule rule) {
            this.otherwise = rule;
            return this;
        }

        public Builder category(ServiceCategory category, CategoryRule rule) {
            categories.put(category, rule);
            return this;
        }

        public Builder secondOpinion(SecondOpinionRule rule) {
            this.secondOpinion = rule;
            return this;
        }

        public Builder adjustments(PriceAdjustments adjustments) {
            this.adjustments = adjustments;
            return this;
        }

        public BenefitDesign build() {
            Map<ServiceCategory, CategoryRule> all = new EnumMap<>(ServiceCategory.class);
            if (otherwise != null) {
                for (ServiceCategory category : ServiceCategory.values()) {
                    all.put(category, otherwise);
                }
            }
            all.putAll(categories);
            return new BenefitDesign(name, individualDeductible, familyDeductible, individualOutOfPocketMax,
                    familyOutOfPocketMax, all, secondOpinion, adjustments);
        }
    }

    /** The calculator's benefit design of a stored plan; Part B's deductible is this year's configured figure. */
    public static BenefitDesign of(HealthPlan plan, BigDecimal partBDeductible) {
        if (plan.getKind() == PlanKind.MEDICARE_PART_B) {
            return originalMedicarePartB(partBDeductible);
        }
        Builder builder = builder(plan.displayName())
                .deductible(plan.getIndividualDeductible(), plan.getFamilyDeductible())
                .outOfPocketMax(plan.getIndividualOutOfPocketMax(), plan.getFamilyOutOfPocketMax())
                .secondOpinion(plan.getSecondOpinionRule())
                .adjustments(PriceAdjustments.STANDARD.withAdditionalProcedure(
                        new Percent(plan.getAdditionalProcedurePercent()).fraction()));
        builder.allCategories(CategoryRule.NOT_COVERED);
        for (PlanCategory category : plan.getCategories()) {
            builder.category(category.getCategory(), CategoryRule.of(category));
        }
        return builder.build();
    }
}
