package org.secondopinion.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    @Test
    void readsUserNameAndPasswordWithColons() {
        var credential = SecondOpinionAuthentication.decodeBasic(encode("nadia:pass:with:colons"));
        assertThat(credential).hasValueSatisfying(c -> {
            assertThat(c.getCaller()).isEqualTo("nadia");
            assertThat(c.getPasswordAsString()).isEqualTo("pass:with:colons");
        });
    }

    @Test
    void readsNonAsciiPasswords() {
        assertThat(SecondOpinionAuthentication.decodeBasic(encode("jörg:süßes-passwort")))
                .hasValueSatisfying(c -> assertThat(c.getPasswordAsString()).isEqualTo("süßes-passwort"));
    }

    @Test
    void refusesMalformedHeaders() {
        assertThat(SecondOpinionAuthentication.decodeBasic("not base64 at all!")).isEmpty();
        assertThat(SecondOpinionAuthentication.decodeBasic(encode("no-colon"))).isEmpty();
        assertThat(SecondOpinionAuthentication.decodeBasic(encode(":no-user"))).isEmpty();
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
