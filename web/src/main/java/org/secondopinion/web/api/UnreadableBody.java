package org.secondopinion.web.api;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says why a JSON request body could not be read, in the caller's words: the field at fault (its path in the
 * body) and the kind of value it takes, with the allowed values of a choice; a field the request does not take;
 * or where the JSON itself breaks. The JSON binder's own message (class names, parser texts) never reaches the
 * caller.
 */
final class UnreadableBody {

    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    private static final Pattern CHOICE = Pattern.compile("No enum constant ([\\w.$]+)\\.([^\\s]*)");
    private static final Pattern POSITION = Pattern.compile("line no=(\\d+), column no=(\\d+)");
    /** Yasson's refusal of a field the body type does not have ({@link JsonBinding} turns it on). */
    private static final Pattern UNKNOWN = Pattern.compile("Json property (.+?) can not be mapped to a class");
    private static final int MAX_FIELD_NAME = 100;

    private UnreadableBody() {
    }

    /** The problem of a body of type {@code bodyType} (null when unknown) that the binder refused. */
    static Problem describe(Throwable refusal, Class<?> bodyType, String instance) {
        String messages = messages(refusal);
        List<String> properties = new ArrayList<>();
        Matcher property = PROPERTY.matcher(messages);
        while (property.find()) {
            properties.add(property.group(1));
        }
        Matcher unknown = UNKNOWN.matcher(messages);
        if (unknown.find()) {
            properties.add(printable(unknown.group(1)));
            String field = String.join(".", properties);
            return invalidField(field, field + " is not a field of this request.", instance);
        }
        Matcher choice = CHOICE.matcher(messages);
        if (choice.find()) {
            // the binder names the enumeration and the value refused, not the field: the field is one that takes it
            List<List<String>> paths = new ArrayList<>();
            pathsTo(bodyType, choice.group(1), List.of(), paths);
            if (paths.size() == 1) {
                String field = String.join(".", paths.get(0));
                return invalidField(field, field + " " + expectation(typeOf(bodyType, paths.get(0))) + ".", instance);
            }
            String field = paths.isEmpty() ? (properties.isEmpty() ? "body" : String.join(".", properties))
                    : paths.stream().map(p -> String.join(".", p)).collect(Collectors.joining(" or "));
            String allowed = paths.isEmpty() ? "one of its choices"
                    : expectation(typeOf(bodyType, paths.get(0))).replaceFirst("^must be ", "");
            return invalidField(field, "\"" + choice.group(2) + "\" is not " + allowed + ".", instance);
        }
        if (properties.isEmpty()) {
            if (messages.contains("Received event: START_ARRAY")) {
                return Problem.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST,
                        "The request body must be a JSON object, not a list.", instance);
            }
            Matcher position = POSITION.matcher(messages);
            String where = position.find() ? " at line " + position.group(1) + ", column " + position.group(2) : "";
            return Problem.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST,
                    "The request body is not valid JSON" + where + ".", instance);
        }
        String field = String.join(".", properties);
        return invalidField(field, field + " " + expectation(typeOf(bodyType, properties)) + ".", instance);
    }

    private static Problem invalidField(String field, String message, String instance) {
        return Problem.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "The request has invalid fields.", instance)
                .withErrors(List.of(new Problem.FieldError(field, message)));
    }

    /** Every path of properties from the body type to a property of (or listing) the named enumeration. */
    static void pathsTo(Class<?> owner, String enumName, List<String> prefix, List<List<String>> found) {
        if (owner == null || prefix.size() > 3 || owner.getName().startsWith("java.")) {
            return;
        }
        for (Map.Entry<String, Type> property : properties(owner).entrySet()) {
            Class<?> type = raw(element(property.getValue()));
            if (type == null || type.isPrimitive()) {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(property.getKey());
            if (type.isEnum()) {
                if (enumName.equals(type.getName()) || enumName.equals(type.getCanonicalName())) {
                    found.add(path);
                }
            } else {
                pathsTo(type, enumName, path, found);
            }
        }
    }

    private static Map<String, Type> properties(Class<?> owner) {
        Map<String, Type> properties = new java.util.LinkedHashMap<>();
        if (owner.isRecord()) {
            for (RecordComponent component : owner.getRecordComponents()) {
                properties.put(component.getName(), component.getGenericType());
            }
            return properties;
        }
        for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    properties.putIfAbsent(field.getName(), field.getGenericType());
                }
            }
        }
        return properties;
    }

    /** What a value of this type looks like, in words. */
    static String expectation(Type type) {
        Class<?> raw = raw(type);
        if (raw == null) {
            return "has a value of the wrong kind";
        }
        if (raw.isEnum()) {
            return "must be one of " + Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (raw == LocalDate.class) {
            return "is not a date that exists; write it as yyyy-mm-dd, for example 1980-02-29";
        }
        if (raw == java.time.Instant.class) {
            return "must be a moment written as 2026-11-26T09:30:00Z";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "must be a whole number";
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            return "must be a number, such as 125.50";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "must be true or false";
        }
        if (raw == String.class) {
            return "must be text";
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return "must be a list";
        }
        return "must be an object with its own fields";
    }

    /** The declared type of the property at the end of the path, or null when it cannot be found. */
    static Type typeOf(Class<?> bodyType, List<String> properties) {
        Type current = bodyType;
        for (String name : properties) {
            Class<?> owner = raw(element(current));
            if (owner == null) {
                return null;
            }
            current = propertyType(owner, name);
            if (current == null) {
                return null;
            }
        }
        Class<?> last = raw(current);
        // the refusal names the list; what was refused is its element
        return last != null && (Collection.class.isAssignableFrom(last) || last.isArray()) ? element(current) : current;
    }

    private static Type propertyType(Class<?> owner, String name) {
        return properties(owner).get(name);
    }

    /** A list's or array's element type; any other type itself. */
    private static Type element(Type type) {
        if (type instanceof ParameterizedType parameterized && raw(type) != null
                && Collection.class.isAssignableFrom(raw(type))) {
            return parameterized.getActualTypeArguments()[0];
        }
        if (type instanceof ParameterizedType parameterized && raw(type) != null && Map.class.isAssignableFrom(raw(type))) {
            return parameterized.getActualTypeArguments()[1];
        }
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        return type;
    }

    private static Class<?> raw(Type type) {
        return BodySchema.raw(type);
    }

    /** A field name as the caller sent it, without control characters and cut to a readable length. */
    private static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= MAX_FIELD_NAME ? clean : clean.substring(0, MAX_FIELD_NAME) + "…";
    }

    private static String messages(Throwable refusal) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = refusal; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                all.append(t.getMessage()).append('\n');
            }
        }
        return all.toString();
    }
}
