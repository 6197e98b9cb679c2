package org.secondopinion.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers that keep responses from being framed, sniffed, leaked in a Referer or cached
 * by shared caches, and over HTTPS the Strict-Transport-Security that keeps browsers on it.
 * Pages get their Content-Security-Policy from PrimeFaces ({@code primefaces.CSP} and
 * {@code primefaces.CSP_POLICY} in web.xml, which add a nonce per response); the
 * API (its answers and downloads) gets one that allows nothing to run. Every redirect sent while the
 * request passes through here goes to the configured public URL ({@link PublicUrl}), never
 * to the Host header the client sent.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String ONE_YEAR = "max-age=31536000; includeSubDomains";

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        headers(path, request.isSecure()).forEach(response::setHeader);
        chain.doFilter(request, new PublicRedirects(response, request, publicUrl));
    }

    /** The headers for a response to {@code path} (below the context path), over HTTPS or not. */
    public static Map<String, String> headers(String path, boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "SAMEORIGIN");
        headers.put("Referrer-Policy", "same-origin");
        boolean resource = path.startsWith("/jakarta.faces.resource/");
        if (!resource) {
            headers.put("Cache-Control", "no-store");
        }
        if (path.startsWith("/api/") || path.startsWith("/fhir") || path.equals("/openapi") || path.startsWith("/openapi/")) {
            // pages get theirs from PrimeFaces (two policies would both be enforced)
            headers.put("Content-Security-Policy", NOTHING_RUNS);
        }
        if (secure) {
            headers.put("Strict-Transport-Security", ONE_YEAR);
        }
        return headers;
    }

    /**
     * An address on the origin the request came to (as the client named it in its Host header)
     * becomes its path; any other address stays as it is.
     */
    static String pathOnOwnOrigin(String location, String requestOrigin) {
        if (location == null) {
            return null;
        }
        try {
            URI uri = new URI(location);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return location;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            String origin = uri.getScheme() + "://" + uri.getHost() + ":" + port;
            if (!origin.equalsIgnoreCase(requestOrigin)) {
                return location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException notAnAddress) {
            return location;
        }
    }

    /** Sends every redirect of this application to its public URL. */
    static final class PublicRedirects extends HttpServletResponseWrapper {

        private final String contextPath;
        private final String requestOrigin;
        private final PublicUrl publicUrl;

        PublicRedirects(HttpServletResponse response, HttpServletRequest request, PublicUrl publicUrl) {
            super(response);
            this.contextPath = request.getContextPath();
            this.requestOrigin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
            this.publicUrl = publicUrl;
        }

        /** The API's Location headers (201, 202) are built from the request's own address: rebuilt here. */
        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? location(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? location(value) : value);
        }

        private String location(String value) {
            return publicUrl.of(contextPath, pathOnOwnOrigin(value, requestOrigin));
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            redirect(location);
        }

        private void redirect(String location) {
            if (isCommitted()) {
                throw new IllegalStateException("response already committed");
            }
            resetBuffer();
            // set directly: the container's sendRedirect would make the path absolute with the Host header
            setStatus(SC_FOUND);
            super.setHeader("Location", publicUrl.of(contextPath, location));
        }
    }
}
