package org.secondopinion.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/audit.xhtml", "/coordinator/index.xhtml?tab=2"})
    void followsAPathOfTheApplicationAfterSignIn(String next) {
        assertThat(Login.followable(next)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "admin/index.xhtml",
            "/login.xhtml?next=/x", "/javascript:alert(1)"})
    void neverSendsThePersonElsewhere(String next) {
        assertThat(Login.followable(next)).isFalse();
    }
}
