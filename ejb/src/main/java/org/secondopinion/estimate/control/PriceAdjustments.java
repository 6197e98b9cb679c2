package org.secondopinion.estimate.control;

import java.math.BigDecimal;

/**
 * What a payer pays for modified and multiple procedures, as fractions of the price: modifier 50
 * (bilateral), modifier 26 (the professional component of a technical service, e.g. an outside imaging
 * read), and every flagged procedure after the highest on the same day with the same provider.
 */
public record PriceAdjustments(BigDecimal bilateral, BigDecimal professionalComponent,
                               BigDecimal additionalProcedure) {

    /** Medicare's: bilateral 150%, professional component 40%, further procedures 50%. */
    public static final PriceAdjustments STANDARD =
            new PriceAdjustments(new BigDecimal("1.50"), new BigDecimal("0.40"), new BigDecimal("0.50"));

    public PriceAdjustments {
        if (bilateral == null || professionalComponent == null || additionalProcedure == null
                || bilateral.signum() < 0 || professionalComponent.signum() < 0 || additionalProcedure.signum() < 0) {
            throw new IllegalArgumentException("Price adjustments must be fractions of zero or more.");
        }
    }

    public PriceAdjustments withAdditionalProcedure(BigDecimal fraction) {
        return new PriceAdjustments(bilateral, professionalComponent, fraction);
    }

    public PriceAdjustments withProfessionalComponent(BigDecimal fraction) {
        return new PriceAdjustments(bilateral, fraction, additionalProcedure);
    }

    public PriceAdjustments withBilateral(BigDecimal fraction) {
        return new PriceAdjustments(fraction, professionalComponent, additionalProcedure);
    }
}
