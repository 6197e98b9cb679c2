package org.secondopinion.platform.control;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;

/** Checks {@link DateWithin} against today's date; the message names the field and the range. */
public class DateWithinValidator implements ConstraintValidator<DateWithin, LocalDate> {

    private final Clock clock;
    private String field;
    private LocalDate from;
    private int daysAfterToday;

    public DateWithinValidator() {
        this(Clock.systemDefaultZone());
    }

    DateWithinValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void initialize(DateWithin annotation) {
        field = annotation.value();
        from = LocalDate.parse(annotation.from());
        daysAfterToday = annotation.daysAfterToday();
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        if (date == null) {
            return true;
        }
        LocalDate latest = LocalDate.now(clock).plusDays(daysAfterToday);
        if (!date.isBefore(from) && !date.isAfter(latest)) {
            return true;
        }
        if (context.getDefaultConstraintMessageTemplate().startsWith("{org.secondopinion.platform.control.DateWithin")) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message(field, from, daysAfterToday)).addConstraintViolation();
        }
        return false;
    }

    static String message(String field, LocalDate from, int daysAfterToday) {
        String latest = daysAfterToday == 0 ? "today" : daysAfterToday % 365 == 0 && daysAfterToday >= 365
                ? (daysAfterToday / 365) + (daysAfterToday == 365 ? " year" : " years") + " from today"
                : daysAfterToday + (daysAfterToday == 1 ? " day" : " days") + " from today";
        return field + " must be from " + from + " up to " + latest + ".";
    }
}
