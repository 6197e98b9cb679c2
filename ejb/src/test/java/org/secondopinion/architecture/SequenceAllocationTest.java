package org.secondopinion.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.SequenceGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink takes {@code allocationSize} ids from one trip to a sequence: the sequence's INCREMENT (as the
 * migrations leave it, an ALTER after the CREATE) must be the same, or ids collide or the first insert fails
 * (EclipseLink-7027); a new sequence starts at or above its increment.
 */
class SequenceAllocationTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE = Pattern.compile(
            "CREATE SEQUENCE (\\w+) START WITH (\\d+) INCREMENT BY (\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTER = Pattern.compile("ALTER SEQUENCE (\\w+) INCREMENT BY (\\d+)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyEntitysAllocationSizeIsItsSequencesIncrement() throws IOException {
        Map<String, Integer> increments = incrementsAfterAllMigrations();
        Map<String, Integer> allocations = new HashMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.secondopinion")) {
            Stream.concat(type.getFields().stream().map(f -> f.tryGetAnnotationOfType(SequenceGenerator.class)),
                            type.getMethods().stream().map(m -> m.tryGetAnnotationOfType(SequenceGenerator.class)))
                    .flatMap(java.util.Optional::stream)
                    .forEach(generator -> {
                        String sequence = generator.sequenceName().toLowerCase(Locale.ROOT);
                        assertThat(increments).as("a migration creates " + sequence).containsKey(sequence);
                        assertThat(generator.allocationSize()).as(type.getSimpleName() + "'s " + sequence)
                                .isEqualTo(increments.get(sequence));
                        allocations.merge(sequence, generator.allocationSize(), (a, b) -> {
                            assertThat(a).as("entities sharing " + sequence).isEqualTo(b);
                            return a;
                        });
                    });
        }
        assertThat(allocations).containsKeys("referral_seq", "referral_item_seq", "audit_pending_seq");
    }

    @Test
    void hotSequencesTakeManyIdsATrip() throws IOException {
        Map<String, Integer> increments = incrementsAfterAllMigrations();
        assertThat(increments.get("referral_item_seq")).isGreaterThanOrEqualTo(500);
        assertThat(increments.get("audit_pending_seq")).isGreaterThanOrEqualTo(500);
        assertThat(increments.get("referral_seq")).isGreaterThanOrEqualTo(100);
        assertThat(increments.get("idempotency_key_seq")).isGreaterThanOrEqualTo(100);
    }

    private static Map<String, Integer> incrementsAfterAllMigrations() throws IOException {
        Map<String, Integer> increments = new HashMap<>();
        List<Path> scripts;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            scripts = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(SequenceAllocationTest::version)).toList();
        }
        for (Path script : scripts) {
            String sql = Files.readString(script).replaceAll("--[^\n]*", "");
            Matcher create = CREATE.matcher(sql);
            while (create.find()) {
                int start = Integer.parseInt(create.group(2));
                int increment = Integer.parseInt(create.group(3));
                assertThat(start).as(create.group(1) + " starts at or above its increment").isGreaterThanOrEqualTo(
                        increment);
                increments.put(create.group(1).toLowerCase(Locale.ROOT), increment);
            }
            Matcher alter = ALTER.matcher(sql);
            while (alter.find()) {
                increments.put(alter.group(1).toLowerCase(Locale.ROOT), Integer.parseInt(alter.group(2)));
            }
        }
        return increments;
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
