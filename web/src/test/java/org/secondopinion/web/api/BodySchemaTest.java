package org.secondopinion.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** A request body's schema is what JSON-B reads into its type: every property, its type and format, required. */
class BodySchemaTest {

    enum Colour { RED, GREEN }

    public record Shade(@NotNull Colour colour, @Size(max = 40) String name) {
    }

    public static class Base {
        @Schema(description = "The version last read")
        public long version;
    }

    @Schema(description = "A palette")
    public static class Palette extends Base {
        @NotBlank
        @Size(max = 200)
        private String title;
        /** No setter: JSON-B cannot set it, so it is no property of the body. */
        private String computed;
        @Schema(required = true)
        public LocalDate madeOn;
        public Instant at;
        public UUID key;
        @Min(1)
        @Max(99)
        public int count;
        public BigDecimal price;
        public Set<Colour> colours;
        public List<Shade> shades;
        public Long ownerId;
        /** Required to be there, but a body that leaves it out starts with GREEN. */
        @NotNull
        public Colour main = Colour.GREEN;
        public static final String NOT_A_PROPERTY = "x";

        public void setTitle(String title) {
            this.title = title;
        }

        public String getComputed() {
            return computed;
        }
    }

    @Test
    void takesEveryPropertyJsonBCanSetWithItsTypeAndFormat() {
        BodySchema palette = BodySchema.of(Palette.class);

        assertThat(palette.type()).isEqualTo("object");
        assertThat(palette.description()).isEqualTo("A palette");
        assertThat(palette.properties().keySet()).containsExactly("version", "title", "madeOn", "at", "key", "count",
                "price", "colours", "shades", "ownerId", "main");
        assertThat(palette.required()).containsExactly("title", "madeOn");
        assertTypeAndFormat(palette, "version", "integer", "int64");
        assertThat(palette.properties().get("version").description()).isEqualTo("The version last read");
        assertTypeAndFormat(palette, "title", "string", null);
        assertThat(palette.properties().get("title").minLength()).isEqualTo(1);
        assertThat(palette.properties().get("title").maxLength()).isEqualTo(200);
        assertTypeAndFormat(palette, "madeOn", "string", "date");
        assertTypeAndFormat(palette, "at", "string", "date-time");
        assertTypeAndFormat(palette, "key", "string", "uuid");
        assertTypeAndFormat(palette, "count", "integer", "int32");
        assertThat(palette.properties().get("count").minimum()).isEqualByComparingTo("1");
        assertThat(palette.properties().get("count").maximum()).isEqualByComparingTo("99");
        assertTypeAndFormat(palette, "price", "number", null);
        assertTypeAndFormat(palette, "ownerId", "integer", "int64");
        BodySchema colours = palette.properties().get("colours");
        assertThat(colours.type()).isEqualTo("array");
        assertThat(colours.items().type()).isEqualTo("string");
        assertThat(colours.items().choices()).containsExactly("RED", "GREEN");
    }

    @Test
    void describesARecordInAListByItsComponentsAndTheirConstraints() {
        BodySchema shade = BodySchema.of(Palette.class).properties().get("shades").items();

        assertThat(shade.isObject()).isTrue();
        assertThat(shade.javaType()).isEqualTo(Shade.class);
        assertThat(shade.properties().keySet()).containsExactly("colour", "name");
        assertThat(shade.required()).containsExactly("colour");
        assertThat(shade.properties().get("colour").choices()).containsExactly("RED", "GREEN");
        assertThat(shade.properties().get("name").maxLength()).isEqualTo(40);
    }

    private static void assertTypeAndFormat(BodySchema object, String property, String type, String format) {
        BodySchema schema = object.properties().get(property);
        assertThat(schema.type()).as(property).isEqualTo(type);
        assertThat(schema.format()).as(property).isEqualTo(format);
    }

    public record Answer(@jakarta.json.bind.annotation.JsonbProperty("answer_id") long id, Colour colour,
                         LocalDate due, java.util.Map<String, Shade> byName, Object anything) {
    }

    public static class Written {
        private String title;
        /** No getter: JSON-B does not write it. */
        private String secret;
        public Instant at;

        public String getTitle() {
            return title;
        }

        public int getCount() {
            return 0;
        }

        @jakarta.json.bind.annotation.JsonbTransient
        public String getHidden() {
            return "";
        }
    }

    @Test
    void anAnswerIsWhatJsonbWrites() {
        BodySchema answer = BodySchema.written(Answer.class);

        assertThat(answer.properties().keySet()).containsExactly("answer_id", "colour", "due", "byName", "anything");
        assertThat(answer.properties().get("answer_id").format()).isEqualTo("int64");
        assertThat(answer.properties().get("colour").choices()).containsExactly("RED", "GREEN");
        assertThat(answer.properties().get("due").format()).isEqualTo("date");
        // JSON-B leaves out a null: only the primitive is always there
        assertThat(answer.required()).containsExactly("answer_id");
        BodySchema byName = answer.properties().get("byName");
        assertThat(byName.isObject()).isFalse();
        assertThat(byName.values().javaType()).isEqualTo(Shade.class);
        assertThat(byName.values().properties().keySet()).containsExactly("colour", "name");

        BodySchema written = BodySchema.written(Written.class);
        assertThat(written.properties().keySet()).containsExactlyInAnyOrder("title", "at", "count");
        assertThat(written.properties().get("at").format()).isEqualTo("date-time");
        assertThat(written.required()).containsExactly("count");
    }
}
