package org.secondopinion.platform.control;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}; the message says which character is refused, by its code, never the character itself. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private boolean multiLine;
    private String field;

    @Override
    public void initialize(PlainText annotation) {
        multiLine = annotation.multiLine();
        field = annotation.value();
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        String problem = problem(text, multiLine);
        if (problem == null) {
            return true;
        }
        String defaultMessage = context.getDefaultConstraintMessageTemplate();
        if (defaultMessage.startsWith("{org.secondopinion.platform.control.PlainText")) {
            context.disableDefaultConstraintViolation();
            String name = field.isEmpty() ? "This field" : field;
            context.buildConstraintViolationWithTemplate(escape(name + " " + problem))
                    .addConstraintViolation();
        }
        return false;
    }

    /**
     * What is wrong with a text, or null when it is plain: "contains a control character (U+0000)." The same rule
     * serves page inputs that have no form class behind them.
     */
    public static String problem(CharSequence text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (multiLine && (c == '\t' || c == '\n' || c == '\r')) {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return "contains a control character (" + code(c) + ")" + (multiLine ? "" : "; it takes one line of text")
                        + ".";
            }
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return "contains a character that reverses the direction of text (" + code(c) + ").";
            }
        }
        return null;
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** A message template must not interpret the braces or dollars of a field name. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
