package org.secondopinion.platform.control;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.secondopinion.platform.entity.UsJurisdiction;

/** A US state's or territory's two-letter code from {@link UsJurisdiction}. Null is valid. */
@Documented
@Constraint(validatedBy = Jurisdiction.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Jurisdiction {

    String message() default "Jurisdiction must be a US state, the District of Columbia or a US territory, by its"
            + " two-letter code (for example PA, NJ, PR).";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Jurisdiction, String> {
        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || UsJurisdiction.of(code).isPresent();
        }
    }
}
