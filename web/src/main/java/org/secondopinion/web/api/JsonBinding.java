package org.secondopinion.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON binding: the defaults JAX-RS would use anyway (property names as declared, nulls left out,
 * dates as ISO 8601), except that a request body with a field its type does not have is refused (a 400 naming
 * the field, see {@link UnreadableBody}) instead of the field being silently ignored.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    /** Yasson's switch (YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES), by name: the server provides Yasson. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(config());

    static JsonbConfig config() {
        return new JsonbConfig().setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
