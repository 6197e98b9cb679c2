package org.secondopinion.web.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
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
 */
final class RecordComparison {

    private RecordComparison() {
    }

    /** @param differences empty when every record read before reads back the same */
    record Result(int compared, List<String> differences) {
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
        for (String name : new TreeSet<>(before.keySet())) {
            String then = before.get(name);
            String now = after.get(name);
            if (now == null) {
                differences.add(name + ": missing after the restore");
                continue;
            }
            firstDifference("$", parse(then), parse(now))
                    .ifPresent(path -> differences.add(name + ": " + path));
        }
        return new Result(before.size(), List.copyOf(differences));
    }

    private static JsonValue parse(String text) {
        try {
            return Json.createReader(new StringReader(text)).readValue();
        } catch (JsonException notJson) {
            return Json.createValue(text);
        }
    }

    /** The path of the first place where the two values part, or none when they are equal. */
    static Optional<String> firstDifference(String path, JsonValue then, JsonValue now) {
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
                        nowObject.get(field));
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return Optional.empty();
        }
        if (then instanceof JsonArray thenArray) {
            JsonArray nowArray = now.asJsonArray();
            for (int i = 0; i < Math.min(thenArray.size(), nowArray.size()); i++) {
                Optional<String> inside = firstDifference(path + "[" + i + "]", thenArray.get(i), nowArray.get(i));
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return thenArray.size() == nowArray.size() ? Optional.empty()
                    : Optional.of(path + " had " + thenArray.size() + " elements, has " + nowArray.size());
        }
        return then.equals(now) ? Optional.empty() : Optional.of(path + " was " + then + ", is " + now);
    }
}
