package org.secondopinion.web.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLineTest {

    @Test
    void namesIdUserOperationStatusAndDuration() {
        assertThat(new AccessLine("4f1c-77", "coordinator", "POST", "/api/referrals", 201, 37).format())
                .isEqualTo("request=4f1c-77 user=coordinator op=\"POST /api/referrals\" status=201 ms=37");
    }

    @Test
    void writesADashForAnAnonymousCaller() {
        assertThat(new AccessLine("r1", null, "GET", "/login.xhtml", 200, 3).format())
                .isEqualTo("request=r1 user=- op=\"GET /login.xhtml\" status=200 ms=3");
        assertThat(new AccessLine("r1", "", "GET", "/api/me", 401, 0).format()).contains(" user=- ");
    }

    @Test
    void neverLogsAQueryString() {
        String line = new AccessLine("r1", "billing", "GET", "/api/estimates?patient=Jane%20Doe&dob=1970-01-01", 200,
                12).format();
        assertThat(line).contains("op=\"GET /api/estimates\"").doesNotContain("patient").doesNotContain("Jane");
        assertThat(AccessLine.withoutQuery("/a#frag?x")).isEqualTo("/a");
        assertThat(AccessLine.withoutQuery("")).isEqualTo("/");
    }

    @Test
    void keepsALineOneLineWhateverTheCallerSent() {
        String line = new AccessLine("r1", "evil\nrequest=forged user=admin", "GET", "/p\"ath\\x y\r\nz", 404, 1)
                .format();
        assertThat(line).doesNotContain("\n").doesNotContain("\r")
                .contains("user=evil%0Arequest=forged%20user=admin ")
                .contains("op=\"GET /p%22ath%5Cx%20y%0D%0Az\"");
    }

    @Test
    void escapesNonAsciiAsUtf8Bytes() {
        assertThat(AccessLine.escape("Zoë")).isEqualTo("Zo%C3%AB");
        assertThat(AccessLine.escape("/api/x%20y")).as("a path keeps its own percent-encoding").isEqualTo("/api/x%20y");
    }
}
