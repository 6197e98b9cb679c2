package org.secondopinion.web.api;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.secondopinion.platform.boundary.DatabaseHealth;
import org.secondopinion.platform.boundary.IdempotencyKeys;
import org.secondopinion.web.error.DatabaseUnavailable;
import org.secondopinion.web.requestlog.RequestIds;
import org.secondopinion.web.security.SecurityHeaders;

/**
 * The {@code Idempotency-Key} header on the API's POSTs: a caller that sends a POST again with the same key (after a
 * timeout, or a server that died before it answered) gets the first answer again instead of a second write.
 *
 * <p><b>Why exactly once.</b> For a POST under {@code /api} with the header, this filter begins a JTA transaction,
 * inserts the caller's key (unique on caller and key) in it, runs the request (every boundary it calls joins that
 * transaction: they are {@code REQUIRED}), keeps the answer in the same row when it is a 2xx, and commits; only then
 * does the answer leave the server (the response is buffered until the commit). So a committed write always has its
 * key, and a rolled-back one (a refusal, a failure, a crash before the commit) never has: the client may retry it.
 * A 4xx or 5xx answer rolls everything back, the key included, and is sent as it is. A boundary that marks the
 * transaction for rollback (a {@code RuleViolation}, a system exception) makes the filter roll back whatever status
 * the resource chose. Writes made in a transaction of their own ({@code REQUIRES_NEW}: the audit of a refusal,
 * a legal document's custody entry, a price file's charge batches) are outside this guarantee. A keyed request keeps
 * its row locks until this commit rather than until each boundary returns; audit entries take none that another
 * request waits for (they are written unchained and linked by {@code AuditChainer}), so a refusal audited in its own
 * transaction during a keyed request does not wait on that request.
 *
 * <p><b>Repeats.</b> A repeat with the same method, path, query and body bytes (its fingerprint) gets the kept status,
 * {@code Location}, content type and body with {@code Idempotent-Replayed: true}; the same key with another request
 * gets 422. A repeat while the first is still running gets 409 at once (the client retries later and then gets the
 * replay); on another node it waits on the unique row until the first ends, then gets the replay or runs.
 * Keys belong to the signed-in caller, so another caller's equal key is a different key. The body is never held in
 * memory for the fingerprint: its SHA-256 is computed as the resource reads it (large uploads stream as before),
 * and a repeat's body is read and hashed without running the request.
 *
 * <p><b>Outages.</b> While the database is away (the key cannot be looked up or kept, or the commit fails and the
 * database does not answer) the answer is 503 with {@code Retry-After}: nothing was kept, so the same key may be sent
 * again and is then taken in once.
 */
@WebFilter(urlPatterns = "/api/*")
public class IdempotencyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The caller's keys whose first request is running on this node. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    @Inject
    transient IdempotencyKeys keys;

    @Inject
    transient DatabaseHealth database;

    @Resource
    transient UserTransaction transaction;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = request.getHeader(HEADER);
        if (!"POST".equals(request.getMethod()) || key == null || request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> invalid = keys.problemWithKey(key);
        if (invalid.isPresent()) {
            problem(request, response, 400, "Bad Request", invalid.get());
            return;
        }
        try {
            keyed(request, response, chain, key);
        } catch (RuntimeException failed) {
            if (response.isCommitted() || !DatabaseUnavailable.causedBy(failed) && database.answers()) {
                throw failed;
            }
            unavailable(request, response);
        }
    }

    private void keyed(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key)
            throws IOException, ServletException {
        Optional<IdempotencyKeys.Answer> kept = keys.find(key);
        if (kept.isPresent()) {
            repeat(request, response, kept.get());
            return;
        }
        String runningKey = request.getUserPrincipal().getName() + '\n' + key;
        if (!running.add(runningKey)) {
            stillRunning(request, response);
            return;
        }
        try {
            first(request, response, chain, key);
        } finally {
            running.remove(runningKey);
        }
    }

    private void first(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key)
            throws IOException, ServletException {
        HashingRequest hashing = new HashingRequest(request);
        BufferedResponse buffered = new BufferedResponse(response);
        try {
            transaction.begin();
        } catch (Exception cannotBegin) {
            throw new ServletException("no transaction for the idempotency key", cannotBegin);
        }
        boolean done = false;
        try {
            long reserved;
            try {
                reserved = keys.reserve(key);
            } catch (EJBException twin) {
                rollback();
                done = true;
                if (DatabaseUnavailable.causedBy(twin)) {
                    unavailable(request, response);
                    return;
                }
                // a twin request with the key committed meanwhile, or is running on another node
                Optional<IdempotencyKeys.Answer> kept = keys.find(key);
                if (kept.isPresent()) {
                    repeat(request, response, kept.get());
                } else {
                    stillRunning(request, response);
                }
                return;
            }
            chain.doFilter(hashing, buffered);
            byte[] bodySha256 = hashing.finish();
            int status = buffered.getStatus();
            // a boundary marked the transaction for rollback (a rule refused, a system exception): no EJB may be
            // called in it any more, whatever status the answer has
            if (transaction.getStatus() == Status.STATUS_ACTIVE && keys.keeps(status)) {
                keys.answered(reserved, keys.fingerprint(request.getMethod(), request.getRequestURI(),
                                request.getQueryString(), bodySha256), status, buffered.getHeader("Location"),
                        buffered.getContentType(), buffered.body());
                transaction.commit();
            } else {
                transaction.rollback();
            }
            done = true;
            buffered.send();
        } catch (IOException | ServletException | RuntimeException failed) {
            throw failed;
        } catch (Exception notCommitted) {
            // the commit failed (rolled back, heuristic): nothing of the answer was sent, the client may retry
            done = true;
            if (DatabaseUnavailable.causedBy(notCommitted) || !database.answers()) {
                LOG.warning(() -> "An API request with an idempotency key did not commit: the database is"
                        + " unavailable (" + DatabaseUnavailable.rootCause(notCommitted) + ")");
                unavailable(request, response);
                return;
            }
            LOG.log(Level.WARNING, "An API request with an idempotency key did not commit", notCommitted);
            problem(request, response, 500, "Internal Server Error",
                    "The request could not be committed; send it again with the same " + HEADER + ".");
        } finally {
            if (!done) {
                rollback();
            }
        }
    }

    /** The kept answer again, when the request is the same; 422 when the key was used for another request. */
    private void repeat(HttpServletRequest request, HttpServletResponse response, IdempotencyKeys.Answer answer)
            throws IOException {
        byte[] bodySha256 = HashingRequest.sha256(request.getInputStream());
        String fingerprint = keys.fingerprint(request.getMethod(), request.getRequestURI(), request.getQueryString(),
                bodySha256);
        if (!fingerprint.equals(answer.fingerprint())) {
            problem(request, response, 422, "Unprocessable Content", "The " + HEADER
                    + " was used for another request (method, path, query or body); use a new key for a new request.");
            return;
        }
        securityHeaders(request, response);
        response.setStatus(answer.status());
        if (answer.location() != null) {
            response.setHeader("Location", answer.location());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private void stillRunning(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problem(request, response, 409, "Conflict", "A request with this " + HEADER
                + " is still running; send it again once it has answered.");
    }

    /** 503 with {@code Retry-After}: the database is away; nothing was kept, so the same key may be sent again. */
    private static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        problem(request, response, 503, "Service Unavailable", DatabaseUnavailable.DETAIL);
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
                                String detail) throws IOException {
        securityHeaders(request, response);
        byte[] body = JSONB.toJson(new Problem("about:blank", title, status, detail, request.getRequestURI(), null,
                null, RequestIds.of(request).orElse(null))).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** This filter answers without the rest of the chain, so it sets the headers every API answer carries. */
    private static void securityHeaders(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeaders.headers(request.getRequestURI().substring(request.getContextPath().length()),
                request.isSecure()).forEach(response::setHeader);
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception failed) {
            LOG.log(Level.WARNING, "Rolling back an API request with an idempotency key failed", failed);
        }
    }

    /** The request, its body hashed as it is read. */
    static final class HashingRequest extends HttpServletRequestWrapper {

        private final MessageDigest digest = newSha256();
        private ServletInputStream in;
        private BufferedReader reader;

        HashingRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                ServletInputStream original = super.getInputStream();
                in = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        int b = original.read();
                        if (b >= 0) {
                            digest.update((byte) b);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = original.read(buffer, offset, length);
                        if (n > 0) {
                            digest.update(buffer, offset, n);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return original.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return original.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        original.setReadListener(listener);
                    }
                };
            }
            return in;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                reader = new BufferedReader(new InputStreamReader(getInputStream(),
                        encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
            }
            return reader;
        }

        /** Reads what the request left of the body and returns the SHA-256 of the whole body. */
        byte[] finish() throws IOException {
            ServletInputStream body = getInputStream();
            byte[] buffer = new byte[8192];
            while (body.read(buffer, 0, buffer.length) >= 0) {
                // hashed as read
            }
            return digest.digest();
        }

        static byte[] sha256(ServletInputStream body) throws IOException {
            MessageDigest digest = newSha256();
            byte[] buffer = new byte[8192];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return digest.digest();
        }

        private static MessageDigest newSha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException everyJavaHasIt) {
                throw new IllegalStateException(everyJavaHasIt);
            }
        }
    }

    /** The response, held back until the transaction has ended: nothing reaches the client before the commit. */
    static final class BufferedResponse extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private ServletOutputStream out;
        private PrintWriter writer;
        private int status = SC_OK;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
        }

        @Override
        public void sendRedirect(String location) {
            status = SC_FOUND;
            setHeader("Location", location);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (out == null) {
                out = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        body.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("the answer is held until the transaction ends");
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int len) {
            // set from the buffer when sent
        }

        @Override
        public void setContentLengthLong(long len) {
            // set from the buffer when sent
        }

        @Override
        public void reset() {
            super.reset();
            resetBuffer();
            status = SC_OK;
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        byte[] body() {
            flushBuffer();
            return body.toByteArray();
        }

        /** Sends the status, headers and body held back. */
        void send() throws IOException {
            byte[] bytes = body();
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setStatus(status);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
