package org.secondopinion.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secondopinion.platform.entity.UsJurisdiction;

/** The checks every input passes: plain text, plausible dates, US jurisdictions (issue 10, items 3, 12, 17). */
class InputChecksTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    record Note(@PlainText("Name") String name, @PlainText(value = "Note", multiLine = true) String note) {
    }

    record Dates(@DateWithin(value = "Incident date", from = "1950-01-01") LocalDate incident,
                 @DateWithin(value = "Date of service", from = "2000-01-01", daysAfterToday = 730) LocalDate service) {
    }

    record Forum(@Jurisdiction String jurisdiction) {
    }

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void acceptsOrdinaryTextInAnyScript() {
        assertThat(validator.validate(new Note("José Ñúñez-O'Brien 李小龙 محمد", "Line one\n\tline two\r\n")))
                .isEmpty();
        assertThat(validator.validate(new Note(null, null))).isEmpty();
    }

    @Test
    void refusesNulAndOtherControlCharactersNamingTheField() {
        assertThat(messages(new Note("Ann\u0000Lee", null))).containsExactly("Name contains a control character (U+0000);"
                + " it takes one line of text.");
        assertThat(messages(new Note(null, "bell\u0007"))).containsExactly("Note contains a control character (U+0007).");
        assertThat(messages(new Note(null, "escape\u001B[31m"))).hasSize(1);
        assertThat(messages(new Note(null, "delete\u007F"))).hasSize(1);
        assertThat(messages(new Note(null, "c1\u0085"))).hasSize(1);
    }

    @Test
    void refusesLineBreaksAndTabsInASingleLine() {
        assertThat(messages(new Note("Ann\nLee", null))).hasSize(1);
        assertThat(messages(new Note("Ann\tLee", null))).hasSize(1);
        assertThat(messages(new Note("Ann\rLee", null))).hasSize(1);
    }

    @Test
    void refusesBidiOverridesAndIsolatesAtTheEdgesOfBothRanges() {
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertThat(messages(new Note("invoice" + c + "fdp.exe", null))).as("U+%04X", (int) c)
                    .containsExactly(String.format("Name contains a character that reverses the direction of text (U+%04X).", (int) c));
        }
        // the neighbours are ordinary punctuation and marks
        assertThat(validator.validate(new Note("a\u2029b\u2065c\u206Ad\u2027e", null))).isEmpty();
    }

    @Test
    void acceptsDatesAtTheEdgesOfTheirRange() {
        LocalDate today = LocalDate.now();
        assertThat(validator.validate(new Dates(LocalDate.of(1950, 1, 1), LocalDate.of(2000, 1, 1)))).isEmpty();
        assertThat(validator.validate(new Dates(today, today.plusDays(730)))).isEmpty();
        assertThat(validator.validate(new Dates(null, null))).isEmpty();
    }

    @Test
    void refusesDatesJustOutsideTheirRangeNamingTheField() {
        LocalDate today = LocalDate.now();
        assertThat(messages(new Dates(LocalDate.of(1949, 12, 31), null)))
                .containsExactly("Incident date must be from 1950-01-01 up to today.");
        assertThat(messages(new Dates(LocalDate.of(1900, 1, 1), null))).hasSize(1);
        assertThat(messages(new Dates(today.plusDays(1), null))).hasSize(1);
        assertThat(messages(new Dates(null, today.plusDays(731))))
                .containsExactly("Date of service must be from 2000-01-01 up to 2 years from today.");
        assertThat(messages(new Dates(null, LocalDate.of(1999, 12, 31)))).hasSize(1);
    }

    @Test
    void acceptsEveryStateAndTerritoryAndRefusesOtherCodes() {
        assertThat(UsJurisdiction.all()).hasSize(56);
        for (UsJurisdiction j : UsJurisdiction.values()) {
            assertThat(validator.validate(new Forum(j.code()))).isEmpty();
            assertThat(validator.validate(new Forum(j.code().toLowerCase()))).isEmpty();
        }
        for (String code : new String[] {"ZZ", "XX", "P", "PAA", "", " PA", "UK"}) {
            assertThat(messages(new Forum(code))).as(code).singleElement().asString().startsWith("Jurisdiction must be");
        }
    }

    private static Set<String> messages(Object bean) {
        Set<ConstraintViolation<Object>> violations = validator.validate(bean);
        return violations.stream().map(ConstraintViolation::getMessage).collect(java.util.stream.Collectors.toSet());
    }
}
