package org.secondopinion.estimate.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API's billing request bodies document themselves: every field has a schema, an enum field lists exactly
 * the enum's values (so the document cannot drift from the code), and every rate says percent 0 to 100.
 */
class RequestBodySchemaTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {PlanForm.class, CategoryForm.class, CoverageForm.class, EstimateForm.class,
            LineForm.class, ProviderForm.class, FinalBillForm.class})
    void documentsEveryFieldWithTheEnumsValuesAndPercentRanges(Class<?> form) {
        assertThat(form.getAnnotation(Schema.class)).as("%s has a description", form.getSimpleName()).isNotNull();
        for (Field field : fields(form)) {
            Schema schema = field.getAnnotation(Schema.class);
            assertThat(schema).as("%s.%s has a schema", form.getSimpleName(), field.getName()).isNotNull();
            if (field.getType().isEnum()) {
                assertThat(schema.enumeration()).as("%s.%s lists its values", form.getSimpleName(), field.getName())
                        .containsExactly(Arrays.stream(field.getType().getEnumConstants()).map(c -> ((Enum<?>) c)
                                .name()).toArray(String[]::new));
            }
            if (field.getType() == BigDecimal.class && (field.getName().contains("Coinsurance")
                    || field.getName().contains("Percent"))) {
                assertThat(List.of(schema.minimum(), schema.maximum())).as("%s.%s", form.getSimpleName(),
                        field.getName()).containsExactly("0", "100");
                assertThat(schema.description()).contains("ercent, 0 to 100");
            }
        }
    }

    private static List<Field> fields(Class<?> form) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> type = form; type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
