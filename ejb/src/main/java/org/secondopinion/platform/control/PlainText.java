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
 * Text people typed: no NUL or other control characters (a multi-line text may keep tab, line feed and carriage
 * return) and no bidirectional override or isolate characters (U+202A–U+202E, U+2066–U+2069), which can make a
 * name or a note read differently from what is stored. Null is valid (use {@code @NotNull} for that).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /** The field's name as people read it, for the message ("Reason"); the property name is used when empty. */
    String value() default "";

    /** Free text of several lines: tab, line feed and carriage return are allowed. */
    boolean multiLine() default false;

    String message() default "{org.secondopinion.platform.control.PlainText.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
