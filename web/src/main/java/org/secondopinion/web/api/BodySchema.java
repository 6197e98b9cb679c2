package org.secondopinion.web.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON schema of a request body as the API's binder reads it (JSON-B over the body type), or of an answer as
 * JSON-B writes it ({@link #written}): the properties it
 * can set (a record's components; a class's public fields and fields with a public setter, up its superclasses),
 * each with its JSON type and format, a choice's values, the bounds the validation annotations check, and which
 * ones are required (Bean Validation's {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}, or
 * {@code @Schema(required = true)} where the code checks it itself; not one a new body already has a value for, such
 * as an urgency that starts as ROUTINE). Descriptions come from the {@code @Schema}
 * annotations. Payara's OpenAPI generator leaves out or mistypes enumerations, dates and numbers, so the document
 * takes request bodies from here ({@link ProblemResponses}).
 */
record BodySchema(String type, String format, Class<?> javaType, List<String> choices,
                  Map<String, BodySchema> properties, List<String> required, BodySchema items, Integer minLength,
                  Integer maxLength, String pattern, BigDecimal minimum, BigDecimal maximum, String description,
                  BodySchema values) {

    private static final int MAX_DEPTH = 6;

    /** A schema that is not a map (no {@code values}). */
    BodySchema(String type, String format, Class<?> javaType, List<String> choices, Map<String, BodySchema> properties,
               List<String> required, BodySchema items, Integer minLength, Integer maxLength, String pattern,
               BigDecimal minimum, BigDecimal maximum, String description) {
        this(type, format, javaType, choices, properties, required, items, minLength, maxLength, pattern, minimum,
                maximum, description, null);
    }

    /** The schema of a body of this type, as the binder reads it from a request. */
    static BodySchema of(Type type) {
        return of(type, null, 0, false);
    }

    /**
     * The schema of an answer of this type, as JSON-B writes it: a record's components, a class's public fields and
     * properties with a public getter ({@code @JsonbProperty} names, {@code @JsonbTransient} left out). JSON-B
     * leaves out a null, so only a primitive property is required: the one that is always there.
     */
    static BodySchema written(Type type) {
        return of(type, null, 0, true);
    }

    boolean isObject() {
        return "object".equals(type) && properties != null;
    }

    private static BodySchema of(Type type, AnnotatedElement property, int depth, boolean written) {
        Class<?> raw = raw(type);
        String description = description(property);
        if (raw == null || raw == Object.class) {
            return simple("object", null, description);
        }
        if (raw == String.class || raw == char.class || raw == Character.class) {
            Size size = annotation(property, Size.class);
            jakarta.validation.constraints.Pattern pattern = annotation(property,
                    jakarta.validation.constraints.Pattern.class);
            Integer min = size != null && size.min() > 0 ? size.min() : null;
            if (min == null && annotation(property, NotBlank.class) != null) {
                min = 1;
            }
            Integer max = size != null && size.max() < Integer.MAX_VALUE ? size.max() : null;
            Schema declared = annotation(property, Schema.class);
            if (max == null && declared != null && declared.maxLength() < Integer.MAX_VALUE) {
                max = declared.maxLength();
            }
            return new BodySchema("string", null, raw, null, null, null, null, min, max,
                    pattern == null ? null : pattern.regexp(), null, null, description);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return simple("boolean", null, description);
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
                || raw == byte.class || raw == Byte.class) {
            return bounded("integer", "int32", property, description);
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return bounded("integer", "int64", property, description);
        }
        if (raw == double.class || raw == Double.class) {
            return bounded("number", "double", property, description);
        }
        if (raw == float.class || raw == Float.class) {
            return bounded("number", "float", property, description);
        }
        if (raw == BigDecimal.class) {
            return bounded("number", null, property, description);
        }
        if (raw == LocalDate.class) {
            return simple("string", "date", description);
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return simple("string", "date-time", description);
        }
        if (raw == LocalDateTime.class) {
            return simple("string", "local-date-time", description);
        }
        if (raw == LocalTime.class) {
            return simple("string", "time", description);
        }
        if (raw == UUID.class) {
            return simple("string", "uuid", description);
        }
        if (raw.isEnum()) {
            List<String> names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return new BodySchema("string", null, raw, names, null, null, null, null, null, null, null, null,
                    description);
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            Size size = annotation(property, Size.class);
            BodySchema items = depth > MAX_DEPTH ? simple("object", null, null) : of(element(type), null, depth + 1, written);
            Integer min = null;
            if (size != null && size.min() > 0) {
                min = size.min();
            } else if (annotation(property, NotEmpty.class) != null) {
                min = 1;
            }
            return new BodySchema("array", null, raw, null, null, null, items, min,
                    size != null && size.max() < Integer.MAX_VALUE ? size.max() : null, null, null, null, description);
        }
        if (Map.class.isAssignableFrom(raw)) {
            // a free map: its keys are data, its values of one type
            BodySchema values = depth > MAX_DEPTH ? simple("object", null, null)
                    : of(mapValue(type), null, depth + 1, written);
            return new BodySchema("object", null, raw, null, null, null, null, null, null, null, null, null,
                    description, values);
        }
        if (depth > MAX_DEPTH) {
            return simple("object", null, description);
        }
        Map<String, BodySchema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        Object blank = written ? null : blank(raw);
        (written ? writtenProperties(raw) : properties(raw)).forEach((name, element) -> {
            properties.put(name, of(genericType(element), element, depth + 1, written));
            if (written ? genericType(element) instanceof Class<?> c && c.isPrimitive()
                    : required(element) && !hasDefault(blank, element)) {
                required.add(name);
            }
        });
        Schema declared = raw.getAnnotation(Schema.class);
        String own = declared == null || declared.description().isBlank() ? null : declared.description();
        return new BodySchema("object", null, raw, null, properties, required, null, null, null, null, null, null,
                description != null ? description : own);
    }

    /**
     * The properties JSON-B can set on this type, by name, each with the element that declares it (a record
     * component, or the field).
     */
    static Map<String, AnnotatedElement> properties(Class<?> type) {
        Map<String, AnnotatedElement> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                // a component's constraint and @Schema annotations land on its field
                properties.put(component.getName(), recordField(type, component));
            }
            return properties;
        }
        for (Field field : instanceFields(type)) {
            if (Modifier.isPublic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers()) || hasSetter(type, field)) {
                properties.put(field.getName(), field);
            }
        }
        return properties;
    }

    /**
     * The properties JSON-B writes of this type, by the name it writes them under, each with the element that
     * declares it: a record's components; a class's public fields and properties with a public getter, up its
     * superclasses.
     */
    static Map<String, AnnotatedElement> writtenProperties(Class<?> type) {
        Map<String, AnnotatedElement> written = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                AnnotatedElement field = recordField(type, component);
                if (!transientProperty(field, component.getAccessor())) {
                    written.put(jsonName(component.getName(), field, component.getAccessor()), field);
                }
            }
            return written;
        }
        Map<String, AnnotatedElement> byJavaName = new LinkedHashMap<>();
        Map<String, Method> getters = new LinkedHashMap<>();
        for (Method method : type.getMethods()) {
            String property = getterProperty(method);
            if (property != null) {
                getters.putIfAbsent(property, method);
            }
        }
        for (Field field : instanceFields(type)) {
            if (Modifier.isPublic(field.getModifiers()) || getters.containsKey(field.getName())) {
                byJavaName.put(field.getName(), field);
            }
        }
        getters.forEach((property, getter) -> byJavaName.putIfAbsent(property, getter));
        byJavaName.forEach((property, element) -> {
            Method getter = getters.get(property);
            if (!transientProperty(element, getter)) {
                written.put(jsonName(property, element, getter), element);
            }
        });
        return written;
    }

    /** The property a public getter reads ({@code getName}, {@code isActive} for a boolean), or null. */
    private static String getterProperty(Method method) {
        if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
                || method.getDeclaringClass() == Object.class || method.getReturnType() == void.class) {
            return null;
        }
        String name = method.getName();
        String rest;
        if (name.startsWith("get") && name.length() > 3) {
            rest = name.substring(3);
        } else if (name.startsWith("is") && name.length() > 2
                && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
            rest = name.substring(2);
        } else {
            return null;
        }
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private static boolean transientProperty(AnnotatedElement element, Method accessor) {
        return element.isAnnotationPresent(JsonbTransient.class)
                || accessor != null && accessor.isAnnotationPresent(JsonbTransient.class);
    }

    private static String jsonName(String property, AnnotatedElement element, Method accessor) {
        JsonbProperty named = element.getAnnotation(JsonbProperty.class);
        if (named == null && accessor != null) {
            named = accessor.getAnnotation(JsonbProperty.class);
        }
        return named == null || named.value().isBlank() ? property : named.value();
    }

    private static AnnotatedElement recordField(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException impossible) {
            return component;
        }
    }

    private static boolean hasSetter(Class<?> type, Field field) {
        String name = "set" + Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1
                    && !Modifier.isStatic(method.getModifiers())) {
                return true;
            }
        }
        return false;
    }

    /** A new body as the binder starts it (its no-argument constructor), or null for a record or without one. */
    private static Object blank(Class<?> type) {
        if (type.isRecord() || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return null;
        }
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException noBlank) {
            return null;
        }
    }

    /** True when a body that leaves the property out still has a value for it: not required of the caller. */
    private static boolean hasDefault(Object blank, AnnotatedElement element) {
        if (blank == null || !(element instanceof Field field) || field.getType().isPrimitive()) {
            return false;
        }
        try {
            field.setAccessible(true);
            Object value = field.get(blank);
            return value != null && !(value instanceof String text && text.isBlank());
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean required(AnnotatedElement element) {
        Schema declared = element.getAnnotation(Schema.class);
        return element.isAnnotationPresent(NotNull.class) || element.isAnnotationPresent(NotBlank.class)
                || element.isAnnotationPresent(NotEmpty.class) || declared != null && declared.required();
    }

    private static Type genericType(AnnotatedElement element) {
        if (element instanceof RecordComponent component) {
            return component.getGenericType();
        }
        return element instanceof Method getter ? getter.getGenericReturnType() : ((Field) element).getGenericType();
    }

    private static BodySchema simple(String type, String format, String description) {
        return new BodySchema(type, format, null, null, null, null, null, null, null, null, null, null, description);
    }

    private static BodySchema bounded(String type, String format, AnnotatedElement property, String description) {
        BigDecimal minimum = null;
        BigDecimal maximum = null;
        Min min = annotation(property, Min.class);
        Max max = annotation(property, Max.class);
        DecimalMin decimalMin = annotation(property, DecimalMin.class);
        DecimalMax decimalMax = annotation(property, DecimalMax.class);
        if (min != null) {
            minimum = BigDecimal.valueOf(min.value());
        } else if (decimalMin != null) {
            minimum = new BigDecimal(decimalMin.value());
        } else if (annotation(property, PositiveOrZero.class) != null) {
            minimum = BigDecimal.ZERO;
        } else if (annotation(property, Positive.class) != null) {
            minimum = "integer".equals(type) ? BigDecimal.ONE : null;
        }
        if (max != null) {
            maximum = BigDecimal.valueOf(max.value());
        } else if (decimalMax != null) {
            maximum = new BigDecimal(decimalMax.value());
        }
        Schema declared = annotation(property, Schema.class);
        if (minimum == null && declared != null && !declared.minimum().isBlank()) {
            minimum = new BigDecimal(declared.minimum());
        }
        if (maximum == null && declared != null && !declared.maximum().isBlank()) {
            maximum = new BigDecimal(declared.maximum());
        }
        return new BodySchema(type, format, null, null, null, null, null, null, null, null, minimum, maximum,
                description);
    }

    private static String description(AnnotatedElement property) {
        Schema declared = annotation(property, Schema.class);
        return declared == null || declared.description().isBlank() ? null : declared.description();
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(AnnotatedElement element, Class<A> type) {
        return element == null ? null : element.getAnnotation(type);
    }

    private static Type mapValue(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 2) {
            Type argument = parameterized.getActualTypeArguments()[1];
            return argument instanceof WildcardType wildcard ? wildcard.getUpperBounds()[0] : argument;
        }
        return Object.class;
    }

    private static Type element(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[0];
            return argument instanceof WildcardType wildcard ? wildcard.getUpperBounds()[0] : argument;
        }
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        return Object.class;
    }

    /** The instance fields JSON-B may bind, superclasses' first: no static, transient or synthetic ones. */
    private static List<Field> instanceFields(Class<?> type) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** The class of a type, or of a parameterised type; null for anything else. */
    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
