package org.secondopinion.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The filter's request and response wrappers: the body hashed whole however much the resource read, the answer held. */
class IdempotencyFilterTest {

    private static final byte[] BODY = "{\"patientName\":\"Ann Example\",\"urgency\":\"ROUTINE\"}"
            .getBytes(StandardCharsets.UTF_8);

    /** A request whose only working parts are its body and character encoding. */
    private static HttpServletRequest requestWith(byte[] body) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        ServletInputStream in = new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(IdempotencyFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getInputStream" -> in;
                    case "getCharacterEncoding" -> "UTF-8";
                    default -> null;
                });
    }

    /** A response that records its status, headers and the bytes written to it. */
    private static HttpServletResponse recording(Map<String, Object> seen, ByteArrayOutputStream written) {
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                written.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(IdempotencyFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getOutputStream":
                            return out;
                        case "getCharacterEncoding":
                            return "UTF-8";
                        case "isCommitted":
                            return !written.toString(StandardCharsets.UTF_8).isEmpty();
                        default:
                            if (args != null && args.length > 0) {
                                seen.put(method.getName(), args[args.length - 1]);
                            }
                            return method.getReturnType() == boolean.class ? false
                                    : method.getReturnType() == int.class ? 0 : null;
                    }
                });
    }

    @Test
    void hashesTheWholeBodyEvenWhenTheResourceReadOnlyPartOfIt() throws Exception {
        IdempotencyFilter.HashingRequest request = new IdempotencyFilter.HashingRequest(requestWith(BODY));
        byte[] start = new byte[10];
        assertThat(request.getInputStream().read(start, 0, start.length)).isEqualTo(10);

        assertThat(request.finish()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(BODY));
    }

    @Test
    void hashesTheBodyReadThroughTheReader() throws Exception {
        IdempotencyFilter.HashingRequest request = new IdempotencyFilter.HashingRequest(requestWith(BODY));
        assertThat(request.getReader().readLine()).contains("Ann Example");

        assertThat(request.finish()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(BODY));
    }

    @Test
    void hashesARepeatsBodyWithoutTheResource() throws Exception {
        assertThat(IdempotencyFilter.HashingRequest.sha256(requestWith(BODY).getInputStream()))
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(BODY));
    }

    @Test
    void holdsTheAnswerBackUntilItIsSent() throws Exception {
        Map<String, Object> seen = new HashMap<>();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        IdempotencyFilter.BufferedResponse response = new IdempotencyFilter.BufferedResponse(recording(seen, written));

        response.setStatus(201);
        response.getWriter().write("{\"id\":7}");
        response.flushBuffer();
        response.getOutputStream().write(' ');

        assertThat(written.size()).as("nothing reaches the client before the commit").isZero();
        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":7} ");

        response.send();

        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo("{\"id\":7} ");
        assertThat(seen).containsEntry("setStatus", 201).containsEntry("setContentLength", 9);
    }

    @Test
    void keepsAnErrorsStatusWithoutSendingTheContainersErrorPage() throws Exception {
        Map<String, Object> seen = new HashMap<>();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        IdempotencyFilter.BufferedResponse response = new IdempotencyFilter.BufferedResponse(recording(seen, written));

        response.sendError(422, "refused");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(seen).doesNotContainKey("sendError");
        response.send();
        assertThat(seen).containsEntry("setStatus", 422);
    }
}
