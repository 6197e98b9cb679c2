package org.secondopinion.web.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HTTP/1.1 over a plain socket, so a test can send what a browser or an attacker sends:
 * any Host header (java.net.http refuses to set one), session cookies of its choosing, a
 * form post with a forged view state. Follows no redirects.
 *
 * <p>Cookies are sent as a browser sends them: every cookie it holds, not the session id alone. With a distributable
 * session Payara sets {@code JSESSIONIDVERSION} beside {@code JSESSIONID}, and a request carrying the id alone may be
 * answered from the data grid's copy of the session, which can lag behind the one in memory (a sign-in just made
 * then looks signed out).
 */
final class RawHttp {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern SET_COOKIE = Pattern.compile("^\\s*([^=;\\s]+)=([^;]*)");

    private final URL base;
    private final String host;

    /** @param host the Host header to send; {@code null} sends the real one */
    RawHttp(URL base, String host) {
        this.base = base;
        this.host = host == null ? base.getHost() + ":" + base.getPort() : host;
    }

    record Answer(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(), List.of());
            return values.isEmpty() ? null : values.get(0);
        }

        List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(), List.of());
        }

        /**
         * The cookies a browser holds after this answer, as a {@code Cookie} header's value: those it {@code held}
         * (a header value, or {@code null}), updated by this answer's {@code Set-Cookie} headers; empty when it then
         * holds no session id.
         */
        Optional<String> cookies(String held) {
            Map<String, String> jar = new LinkedHashMap<>();
            if (held != null) {
                for (String cookie : held.split(";")) {
                    int equals = cookie.indexOf('=');
                    if (equals > 0) {
                        jar.put(cookie.substring(0, equals).trim(), cookie.substring(equals + 1).trim());
                    }
                }
            }
            for (String set : all("set-cookie")) {
                Matcher cookie = SET_COOKIE.matcher(set);
                if (cookie.find()) {
                    jar.put(cookie.group(1), cookie.group(2));
                }
            }
            if (!jar.containsKey("JSESSIONID")) {
                return Optional.empty();
            }
            return Optional.of(jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }

        String viewState() {
            Matcher matcher = VIEW_STATE.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("no view state on the page: " + body);
            }
            return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
        }
    }

    /**
     * @param path below the application's base address, without a leading slash
     * @param cookies the {@code Cookie} header's value ({@link Answer#cookies}), or {@code null} for none
     */
    Answer get(String path, String cookies, Map<String, String> headers) throws IOException {
        return send("GET", path, cookies, headers, null);
    }

    Answer postForm(String path, String cookies, Map<String, String> form, Map<String, String> headers)
            throws IOException {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/x-www-form-urlencoded");
        return send("POST", path, cookies, all, body);
    }

    Answer send(String method, String path, String cookies, Map<String, String> headers, String body)
            throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder()
                .append(method).append(' ').append(base.getPath()).append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\n")
                .append("Connection: close\r\n");
        if (cookies != null) {
            request.append("Cookie: ").append(cookies).append("\r\n");
        }
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
