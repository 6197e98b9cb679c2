package org.secondopinion.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "''{0}'' for {1}: {2}")
    @CsvSource({
            "short-pass,            nadia,  must have at least 12 characters",
            "nadia-is-my-password,  nadia,  must not contain the user name",
            "NADIA-is-my-password,  nadia,  must not contain the user name",
            "password1234,          nadia,  is too easy to guess",
            "aaaaaaaaaaaaaaaa,      nadia,  is too easy to guess"})
    void refusesWeakPasswords(String password, String username, String problem) {
        assertThat(PasswordPolicy.problemWith(password, username)).contains(problem);
    }

    @ParameterizedTest
    @CsvSource({"correct horse battery, nadia", "SecondOpinion-demo, coordinator", "Zq8!vL2#pW9@rT4, admin"})
    void acceptsLongPasswordsWithoutTheUserName(String password, String username) {
        assertThat(PasswordPolicy.problemWith(password, username)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"129"})
    void refusesOverlongPasswords(int length) {
        assertThat(PasswordPolicy.problemWith("ab1!".repeat(40).substring(0, length), "x"))
                .contains("must have at most 128 characters");
    }
}
