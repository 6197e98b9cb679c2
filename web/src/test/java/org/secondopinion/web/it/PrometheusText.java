package org.secondopinion.web.it;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The samples of a {@code /metrics} answer in the Prometheus text format, read by name and labels. */
record PrometheusText(String body) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The value of the first sample of that name whose labels include these (NaN is a value too). */
    OptionalDouble value(String name, Map<String, String> labels) {
        for (String line : lines()) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches() && sample.group(1).equals(name) && labelsOf(sample.group(2)).entrySet()
                    .containsAll(labels.entrySet())) {
                return OptionalDouble.of(Double.parseDouble(sample.group(3)));
            }
        }
        return OptionalDouble.empty();
    }

    /** 0 when there is no such sample yet (a counter or timer series appears with its first event). */
    double valueOrZero(String name, Map<String, String> labels) {
        return value(name, labels).orElse(0);
    }

    /** Whether a sample of that name exists, whatever its labels. */
    boolean has(String name) {
        return lines().stream().map(SAMPLE::matcher).anyMatch(sample -> sample.matches() && sample.group(1).equals(name));
    }

    private List<String> lines() {
        return body.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
    }

    private static Map<String, String> labelsOf(String text) {
        Map<String, String> labels = new HashMap<>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
        }
        return labels;
    }
}
