package org.secondopinion.web.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request body the tests build from a complete, valid default, changing only what the test is about. Values go
 * into the JSON text as given, unescaped, so that a test can send a JSON escape (such as {@code \u202E}) on purpose.
 *
 * @param <B> the builder itself, so that its own setters and these chain
 */
abstract class JsonBody<B extends JsonBody<B>> {

    private final Map<String, String> fields = new LinkedHashMap<>();

    /** A string field. */
    B with(String field, String text) {
        return withJson(field, "\"" + text + "\"");
    }

    /** A field whose value is JSON text as it stands: a number, a boolean, an array, an object. */
    B withJson(String field, Object json) {
        fields.put(field, String.valueOf(json));
        return self();
    }

    B without(String field) {
        fields.remove(field);
        return self();
    }

    String json() {
        return fields.entrySet().stream().map(field -> "\"" + field.getKey() + "\":" + field.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    @Override
    public String toString() {
        return json();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
