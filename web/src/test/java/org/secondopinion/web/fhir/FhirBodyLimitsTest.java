package org.secondopinion.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The size and encoding a FHIR request's body must keep to before HAPI reads it whole. */
class FhirBodyLimitsTest {

    @Test
    void takesABodyUpToTenMegabytesThatSaysItsLength() {
        assertThatCode(() -> FhirAccess.requireBoundedBody(request("POST", FhirAccess.MAX_BODY_BYTES, Map.of())))
                .doesNotThrowAnyException();
        assertThatCode(() -> FhirAccess.requireBoundedBody(request("PUT", 2_000, Map.of("Content-Encoding",
                "identity")))).doesNotThrowAnyException();
        assertThatCode(() -> FhirAccess.requireBoundedBody(request("GET", -1, Map.of("Transfer-Encoding",
                "chunked")))).as("no body is read on a read").doesNotThrowAnyException();
    }

    @Test
    void refusesALargerOneACompressedOneAndOneOfUnknownLength() {
        assertThat(status(request("POST", FhirAccess.MAX_BODY_BYTES + 1, Map.of()))).isEqualTo(413);
        assertThat(status(request("POST", 300, Map.of("Content-Encoding", "gzip")))).isEqualTo(415);
        assertThat(status(request("PUT", -1, Map.of("Transfer-Encoding", "chunked")))).isEqualTo(411);
    }

    private static int status(HttpServletRequest request) {
        return catchThrowableOfType(BaseServerResponseException.class, () -> FhirAccess.requireBoundedBody(request))
                .getStatusCode();
    }

    private static HttpServletRequest request(String method, long length, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(FhirBodyLimitsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, arguments) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getContentLengthLong" -> length;
                    case "getHeader" -> headers.get((String) arguments[0]);
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }
}
