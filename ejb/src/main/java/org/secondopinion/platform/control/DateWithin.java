package org.secondopinion.platform.control;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A day within a plausible range: not before a fixed first day, and not more than some days after today (0: not
 * in the future). A typing slip such as 1900 for 2000, or 2202 for 2022, is refused where it is entered instead of
 * being counted from later. Null is valid (use {@code @NotNull} for that).
 */
@Documented
@Constraint(validatedBy = DateWithinValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface DateWithin {

    /** The field's name as people read it ("Incident date"). */
    String value();

    /** The first plausible day, ISO yyyy-MM-dd. */
    String from();

    /** How many days after today the latest plausible day is; 0 means today. */
    int daysAfterToday() default 0;

    String message() default "{org.secondopinion.platform.control.DateWithin.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
