package org.secondopinion.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body the JSON binder refuses is answered by the field at fault and what it takes, read from the binder's
 * real refusals (Yasson, as in Payara), never with the binder's own text.
 */
class UnreadableBodyTest {

    enum Colour { RED, GREEN }

    public static class Shade {
        public Colour colour;
        public String name;
    }

    public static class Palette {
        public long version;
        public Set<Colour> colours;
        public Colour main;
        public LocalDate madeOn;
        public List<Shade> shades;
    }

    private static final Jsonb JSONB = JsonbBuilder.create(JsonBinding.config());

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"version\":\"one\"}|version|version must be a whole number.",
            "{\"madeOn\":\"1980-02-31\"}|madeOn|madeOn is not a date that exists; write it as yyyy-mm-dd, for example 1980-02-29."})
    void namesTheFieldAndWhatItTakes(String json, String field, String message) {
        assertNamed(UnreadableBody.describe(refusal(json, Palette.class), Palette.class, "/api/palettes"), field, message);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"shades\":[{\"colour\":\"PINK\"}]}|shades.colour|shades.colour must be one of RED, GREEN.",
            "{\"shades\":[{\"name\":\"a\"},{\"colour\":\"pink\"}]}|shades.colour|shades.colour must be one of RED, GREEN."})
    void namesTheOneFieldThatTakesARefusedChoice(String json, String field, String message) {
        assertNamed(UnreadableBody.describe(refusal(json, Swatch.class), Swatch.class, "/api/swatches"), field, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"{\"colours\":[\"BLUE\"]}", "{\"main\":\"BLUE\"}"})
    void namesEveryFieldThatCouldTakeARefusedChoice(String json) {
        assertNamed(UnreadableBody.describe(refusal(json, Palette.class), Palette.class, "/api/palettes"),
                "colours or main or shades.colour", "\"BLUE\" is not one of RED, GREEN.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"version\":|The request body is not valid JSON at line 1",
            "nonsense|The request body is not valid JSON at line 1, column 2.",
            "[1, 2]|The request body must be a JSON object, not a list."})
    void saysWhereBrokenJsonBreaks(String json, String detail) {
        Problem problem = UnreadableBody.describe(refusal(json, Palette.class), Palette.class, "/api/palettes");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).startsWith(detail);
        assertThat(problem.errors()).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"version\":1,\"colour\":\"RED\"}|colour|colour is not a field of this request.",
            "{\"shades\":[{\"name\":\"a\",\"hue\":3}]}|shades.hue|shades.hue is not a field of this request."})
    void namesAFieldTheRequestDoesNotTake(String json, String field, String message) {
        Problem problem = UnreadableBody.describe(refusal(json, Palette.class), Palette.class, "/api/palettes");

        assertNamed(problem, field, message);
        assertThat(problem.detail()).doesNotContain("can not be mapped").doesNotContain("Palette");
    }

    /** A body with one field taking the choice, in a list of objects. */
    public static class Swatch {
        public List<Shade> shades;
    }

    private static void assertNamed(Problem problem, String field, String message) {
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).isEqualTo(message);
        });
        assertThat(problem.toString()).doesNotContain("java.").doesNotContain("org.").doesNotContain("Exception")
                .doesNotContain("enum constant").doesNotContain("deserialize");
    }

    private static JsonbException refusal(String json, Class<?> type) {
        return catchThrowableOfType(JsonbException.class, () -> JSONB.fromJson(json, type));
    }
}
