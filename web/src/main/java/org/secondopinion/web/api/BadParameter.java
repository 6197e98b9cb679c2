package org.secondopinion.web.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;

/**
 * A query or path parameter the runtime could not read (JAX-RS answers "404 Not Found" for it): a 400 naming the
 * parameter and what it takes, with a choice's allowed values. The runtime's exception names the parameter
 * through {@code getParameterName()}; its type comes from the matched resource method.
 */
final class BadParameter {

    private BadParameter() {
    }

    /** The problem, or null when the refusal is not about reading a parameter. */
    static Problem describe(Throwable refusal, Method method, String instance) {
        String name = parameterName(refusal);
        if (name == null) {
            return null;
        }
        Type type = method == null ? null : typeOf(method, name);
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            type = parameterized.getActualTypeArguments()[0];
        }
        String message = name + " " + (type == null ? "has a value that cannot be read"
                : UnreadableBody.expectation(type)) + ".";
        return Problem.of(Response.Status.BAD_REQUEST, "The request has invalid parameters.", instance)
                .withErrors(List.of(new Problem.FieldError(name, message)));
    }

    /** The parameter the runtime's refusal names (Jersey's ParamException), or null. */
    private static String parameterName(Throwable refusal) {
        for (Class<?> type = refusal.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().endsWith(".ParamException")) {
                try {
                    Object name = refusal.getClass().getMethod("getParameterName").invoke(refusal);
                    return name == null ? null : name.toString();
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Type typeOf(Method method, String name) {
        for (Parameter parameter : method.getParameters()) {
            for (Annotation annotation : parameter.getAnnotations()) {
                if (annotation instanceof QueryParam query && query.value().equals(name)
                        || annotation instanceof PathParam path && path.value().equals(name)) {
                    return parameter.getParameterizedType();
                }
            }
        }
        return null;
    }
}
