package org.secondopinion.web.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Set;
import java.util.TreeSet;

/**
 * The problem answers an operation can give because of what its resource method is, whatever its resource
 * declares: read off the method, not guessed per operation.
 * <ul>
 * <li>401 and 403 unless anyone may call it (the signed-in caller's roles are checked);</li>
 * <li>400 when it reads a JSON body (unreadable JSON, a field it does not take, a constraint broken) or a path or
 * query parameter that is not text (one that cannot be read); 404 when a path names a record;</li>
 * <li>409 when the body carries the {@code version} last read (a stale one is refused);</li>
 * <li>422 on a change (POST, PUT, PATCH, DELETE), which the business rules may refuse;</li>
 * <li>on a signed-in POST, {@link IdempotencyFilter}'s 400 (a malformed key), 409 (the same key still running)
 * and 422 (the same key with another request);</li>
 * <li>503 with {@code Retry-After} on every operation, as every one reads or writes the database (the health check
 * says DOWN in its own body).</li>
 * </ul>
 */
final class OperationAnswers {

    static final String UNAVAILABLE = "503";

    private OperationAnswers() {
    }

    /** The codes, for an operation at {@code path} served by {@code method} (null when not found). */
    static Set<String> of(String httpMethod, String path, Method method) {
        Set<String> codes = new TreeSet<>();
        boolean anonymous = ProblemResponses.ANONYMOUS.stream().anyMatch(path::endsWith);
        codes.add(UNAVAILABLE);
        if (anonymous) {
            return codes;
        }
        codes.add("401");
        codes.add("403");
        boolean change = Set.of("POST", "PUT", "PATCH", "DELETE").contains(httpMethod);
        if (change) {
            codes.add("422");
        }
        if ("POST".equals(httpMethod)) {
            codes.add("400");
            codes.add("409");
        }
        if (path.contains("{")) {
            codes.add("404");
        }
        if (method == null) {
            return codes;
        }
        Parameter body = ApiRoutes.body(method);
        if (body != null && ApiRoutes.boundFromJson(body)) {
            codes.add("400");
            if (BodySchema.properties(body.getType()).containsKey("version")) {
                codes.add("409");
            }
        }
        for (Parameter parameter : method.getParameters()) {
            if ((parameter.isAnnotationPresent(PathParam.class) || parameter.isAnnotationPresent(QueryParam.class))
                    && parameter.getType() != String.class) {
                codes.add("400");
            }
        }
        return codes;
    }
}
