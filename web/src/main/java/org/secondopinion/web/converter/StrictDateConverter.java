package org.secondopinion.web.converter;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The day typed into a date input, read strictly as yyyy-mm-dd: 1980-02-31 is refused with a message naming the
 * field, where PrimeFaces' own lenient reading would quietly make it 1980-02-29.
 */
@FacesConverter("strictDate")
public class StrictDateConverter implements Converter<LocalDate> {

    /** ISO days, strict: no day that does not exist, no month 13, four-digit years. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        try {
            return parse(typed);
        } catch (IllegalArgumentException invalid) {
            String message = label(component) + ": " + invalid.getMessage();
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : DAY.format(value);
    }

    /** The day a text names, or an exception whose message says in plain words what is wrong with it. */
    public static LocalDate parse(String typed) {
        if (!typed.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException("\"" + shorten(typed) + "\" is not a date; type it as yyyy-mm-dd, for"
                    + " example 1980-02-29.");
        }
        try {
            return LocalDate.parse(typed, DAY);
        } catch (DateTimeParseException invalid) {
            throw new IllegalArgumentException(typed + " is not a date that exists.");
        }
    }

    private static String shorten(String typed) {
        return typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
    }

    private static String label(UIComponent component) {
        Object label = component.getAttributes().get("label");
        return label == null || label.toString().isBlank() ? component.getId() : label.toString();
    }
}
