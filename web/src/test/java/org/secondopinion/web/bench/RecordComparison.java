package org.secondopinion.web.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares what the API answered for each record before a backup with what it answers after the restore: every record
 * read before must be there after, with the same JSON (objects compared field by field whatever their order, arrays
 * element by element). Records only read after (written while the backup ran) are not differences. Each difference
 * names the record and the first JSON path where the two part, e.g. {@code referral 12: $.records[0].sha256}.
 *
 * <p>An instant is equal when the later one is the earlier rounded to microseconds: PostgreSQL keeps timestamps to the
 * microsecond, while the application answers a record it wrote from its cache with the nanoseconds of the clock until
 * it is restarted (any restart, not only a restore). Those are counted apart, as {@code roundedInstants}.
 */
final class RecordComparison {

    private RecordComparison() {
    }

    /** @param differences empty when every record read before reads back the same */
    record Result(int compared, List<String> differences, int roundedInstants) {
        boolean equal() {
            return differences.isEmpty();
        }
    }

    /**
     * @param before a record's name (e.g. "referral 12") to the JSON text the API answered before
     * @param after  the same after the restore
     */
    static Result compare(Map<String, String> before, Map<String, String> after) {
        List<String> differences = new ArrayList<>();
        int[] rounded = {0};
        for (String name : new TreeSet<>(before.keySet())) {
            String then = before.get(name);
            String now = after.get(name);
            if (now == null) {
                differences.add(name + ": missing after the restore");
                continue;
            }
            firstDifference("$", parse(then), parse(now), rounded)
                    .ifPresent(path -> differences.add(name + ": " + path));
        }
        return new Result(before.size(), List.copyOf(differences), rounded[0]);
    }

    /**
     * Compares SHA-256 digests (or any text) by name: every one there before must be there after with the same text;
     * names only there after are not differences. Digests are never read as JSON (a digest of digits and one "e" is a
     * JSON number with a huge exponent).
     */
    static Result compareDigests(Map<String, String> before, Map<String, String> after) {
        List<String> differences = new ArrayList<>();
        for (String name : new TreeSet<>(before.keySet())) {
            String now = after.get(name);
            if (now == null) {
                differences.add(name + ": missing after the restore");
            } else if (!now.equalsIgnoreCase(before.get(name))) {
                differences.add(name + ": was " + before.get(name) + ", is " + now);
            }
        }
        return new Result(before.size(), List.copyOf(differences), 0);
    }

    private static JsonValue parse(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    /** The path of the first place where the two values part, or none when they are equal. */
    private static Optional<String> firstDifference(String path, JsonValue then, JsonValue now, int[] rounded) {
        if (then.getValueType() != now.getValueType()) {
            return Optional.of(path + " was " + then + ", is " + now);
        }
        if (then instanceof JsonObject thenObject) {
            JsonObject nowObject = now.asJsonObject();
            TreeSet<String> fields = new TreeSet<>(thenObject.keySet());
            fields.addAll(nowObject.keySet());
            for (String field : fields) {
                if (!thenObject.containsKey(field)) {
                    return Optional.of(path + "." + field + " was absent, is " + nowObject.get(field));
                }
                if (!nowObject.containsKey(field)) {
                    return Optional.of(path + "." + field + " was " + thenObject.get(field) + ", is absent");
                }
                Optional<String> inside = firstDifference(path + "." + field, thenObject.get(field),
                        nowObject.get(field), rounded);
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return Optional.empty();
        }
        if (then instanceof JsonArray thenArray) {
            JsonArray nowArray = now.asJsonArray();
            for (int i = 0; i < Math.min(thenArray.size(), nowArray.size()); i++) {
                Optional<String> inside = firstDifference(path + "[" + i + "]", thenArray.get(i), nowArray.get(i),
                        rounded);
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return thenArray.size() == nowArray.size() ? Optional.empty()
                    : Optional.of(path + " had " + thenArray.size() + " elements, has " + nowArray.size());
        }
        if (then.equals(now)) {
            return Optional.empty();
        }
        if (then instanceof JsonString thenText && now instanceof JsonString nowText
                && sameInstantToTheMicrosecond(thenText.getString(), nowText.getString())) {
            rounded[0]++;
            return Optional.empty();
        }
        return Optional.of(path + " was " + then + ", is " + now);
    }

    /** Whether {@code now} is the instant {@code then} rounded (half up) to microseconds, as PostgreSQL stores it. */
    static boolean sameInstantToTheMicrosecond(String then, String now) {
        try {
            Instant before = Instant.parse(then);
            Instant after = Instant.parse(now);
            Instant rounded = before.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
            return rounded.equals(after);
        } catch (DateTimeParseException notInstants) {
            return false;
        }
    }
}
