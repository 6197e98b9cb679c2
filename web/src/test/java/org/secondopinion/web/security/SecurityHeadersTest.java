package org.secondopinion.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void everyAnswerIsNeitherSniffedNorFramedNorLeakedInAReferer() {
        for (String path : new String[] {"/index.xhtml", "/api/me", "/jakarta.faces.resource/theme.css.xhtml"}) {
            Map<String, String> headers = SecurityHeaders.headers(path, false);
            assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff")
                    .containsEntry("X-Frame-Options", "SAMEORIGIN")
                    .containsEntry("Referrer-Policy", "same-origin");
        }
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() {
        assertThat(SecurityHeaders.headers("/index.xhtml", false)).doesNotContainKey("Strict-Transport-Security");
        assertThat(SecurityHeaders.headers("/index.xhtml", true))
                .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        assertThat(SecurityHeaders.headers("/api/me", true)).containsKey("Strict-Transport-Security");
    }

    @Test
    void theApiAllowsNothingToRunAndPagesLeaveTheirPolicyToPrimeFaces() {
        assertThat(SecurityHeaders.headers("/api/referrals", false).get("Content-Security-Policy"))
                .contains("default-src 'none'").contains("frame-ancestors 'none'");
        assertThat(SecurityHeaders.headers("/openapi", false)).containsKey("Content-Security-Policy");
        assertThat(SecurityHeaders.headers("/coordinator/worklist.xhtml", false)).doesNotContainKey("Content-Security-Policy");
        assertThat(SecurityHeaders.headers("/jakarta.faces.resource/core.js.xhtml", false))
                .doesNotContainKey("Content-Security-Policy").doesNotContainKey("Cache-Control");
    }

    @Test
    void aLocationOnTheRequestsOwnOriginBecomesItsPath() {
        assertThat(SecurityHeaders.pathOnOwnOrigin("http://evil.example/api/users/51?x=1", "http://evil.example:80"))
                .isEqualTo("/api/users/51?x=1");
        assertThat(SecurityHeaders.pathOnOwnOrigin("https://evil.example:8443/api/users/51", "https://evil.example:8443"))
                .isEqualTo("/api/users/51");
        assertThat(SecurityHeaders.pathOnOwnOrigin("https://elsewhere.example/x", "http://evil.example:80"))
                .isEqualTo("https://elsewhere.example/x");
        assertThat(SecurityHeaders.pathOnOwnOrigin("/login.xhtml", "http://evil.example:80")).isEqualTo("/login.xhtml");
    }
}
