package org.secondopinion.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the choices and numbers of query and path parameters so that a bad value answers 400 naming the
 * parameter and what it takes (a choice's allowed values), never the server's "404 Not Found" or a class name.
 */
@Provider
public class ParameterValues implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new Choice(name, (Class<? extends Enum>) rawType);
        }
        if (rawType == Integer.class || rawType == Long.class) {
            return (ParamConverter<T>) new WholeNumber(name, rawType);
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }

    /** The 400 answer naming the parameter and what it takes. */
    static BadRequestException refused(String name, String expectation) {
        String message = name + " " + expectation + ".";
        return new BadRequestException(Problem.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST,
                "The request has invalid parameters.", null)
                .withErrors(List.of(new Problem.FieldError(name, message))).toResponse());
    }

    /** One of an enumeration's constants, named as in the API, with or without matching case. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    record Choice(String name, Class<? extends Enum> type) implements ParamConverter<Enum> {

        @Override
        public Enum fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String wanted = value.strip().toUpperCase(Locale.ROOT);
            for (Enum constant : type.getEnumConstants()) {
                if (constant.name().equals(wanted)) {
                    return constant;
                }
            }
            throw refused(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
        }

        @Override
        public String toString(Enum value) {
            return value == null ? null : value.name();
        }
    }

    /** A whole number within the range of its type (the wrapper types: primitives keep JAX-RS's own reading). */
    record WholeNumber(String name, Class<?> type) implements ParamConverter<Number> {

        @Override
        public Number fromString(String value) {
            boolean whole = type == Integer.class;
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                long number = Long.parseLong(value.strip());
                if (whole && (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)) {
                    throw refused(name, "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
                }
                return whole ? Integer.valueOf((int) number) : Long.valueOf(number);
            } catch (NumberFormatException notANumber) {
                throw refused(name, "must be a whole number");
            }
        }

        @Override
        public String toString(Number value) {
            return value == null ? null : value.toString();
        }
    }
}
