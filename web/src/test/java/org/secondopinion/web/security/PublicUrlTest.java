package org.secondopinion.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void putsAnApplicationPathUnderTheConfiguredPublicUrl() {
        assertThat(PublicUrl.resolve("https://so.example.org/", "", "/login.xhtml?next=%2Fadmin%2Fusers.xhtml"))
                .isEqualTo("https://so.example.org/login.xhtml?next=%2Fadmin%2Fusers.xhtml");
        assertThat(PublicUrl.resolve("https://so.example.org/second-opinion", "/app", "/app/index.xhtml"))
                .isEqualTo("https://so.example.org/second-opinion/index.xhtml");
    }

    @Test
    void withoutAPublicUrlARedirectCarriesOnlyThePath() {
        assertThat(PublicUrl.resolve(null, "/app", "/app/index.xhtml")).isEqualTo("/app/index.xhtml");
        assertThat(PublicUrl.resolve("  ", "", "/index.xhtml")).isEqualTo("/index.xhtml");
    }

    @Test
    void leavesAddressesItDidNotBuildAlone() {
        assertThat(PublicUrl.resolve("https://so.example.org", "", "//evil.example/x")).isEqualTo("//evil.example/x");
        assertThat(PublicUrl.resolve("https://so.example.org", "", "https://other.example/")).isEqualTo("https://other.example/");
    }
}
