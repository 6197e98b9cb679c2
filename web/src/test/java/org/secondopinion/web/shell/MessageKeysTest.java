package org.secondopinion.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secondopinion.referral.entity.ReferralStatus;

/**
 * Every message key a page or a backing bean asks for is in the bundle, so that no one ever reads
 * "???legal.authorityKind.SUBPOENA???". Keys built from an enum ({@code msg['legal.side.' += s]}) are resolved
 * against every constant of that enum.
 */
class MessageKeysTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLE = Path.of("src/main/resources/org/secondopinion/web/messages.properties");

    /** {@code msg['literal']}, {@code msg['prefix' += x]}, {@code msg['prefix'.concat(x).concat('suffix')]}, {@code msg[x.y()]}. */
    private static final Pattern EL_KEY = Pattern.compile("msg\\[([^\\]]+)]");
    private static final Pattern EL_DOTTED = Pattern.compile("\\bmsg\\.([A-Za-z_][\\w]*)");
    private static final Pattern LITERAL = Pattern.compile("\\s*'([^']+)'\\s*");
    private static final Pattern BUILT = Pattern.compile(
            "\\s*'([^']+)'\\s*(?:\\+=\\s*[^']+?|\\.concat\\([^']*\\)(?:\\.concat\\('([^']*)'\\))?)\\s*");

    /** Keys a bean passes to PageMessages or the bundle: info("key"), text(faces, "key"), getString("key"). */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:\\binfo|\\bwarn|\\berror|\\btext|getString|PageNotFound\\.of)\\(\\s*(?:faces,\\s*|messages,\\s*)?\"([A-Za-z][\\w.]*)\"\\s*([,)+])");

    /** Keys built from something other than an enum shown through EnumLabels. */
    private static final Map<String, List<String>> OTHER_BUILT_KEYS = Map.of(
            "error.title.", List.of("403", "404", "500", "expired"),
            "error.text.", List.of("403", "404", "500", "expired"));

    private static Properties bundle;

    @BeforeAll
    static void readBundle() throws IOException {
        bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
    }

    @Test
    void everyKeyThatAPageAsksForIsInTheBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                Matcher key = EL_KEY.matcher(text);
                while (key.find()) {
                    for (String wanted : keysOf(key.group(1))) {
                        if (!bundle.containsKey(wanted)) {
                            missing.add(WEBAPP.relativize(page) + ": " + wanted);
                        }
                    }
                }
                Matcher dotted = EL_DOTTED.matcher(text);
                while (dotted.find()) {
                    if (!bundle.containsKey(dotted.group(1))) {
                        missing.add(WEBAPP.relativize(page) + ": " + dotted.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used on pages but missing in messages.properties").isEmpty();
    }

    @Test
    void everyKeyThatABeanAsksForIsInTheBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher key = JAVA_KEY.matcher(Files.readString(source));
                while (key.find()) {
                    List<String> wanted = key.group(2).equals("+") ? expand(key.group(1), "") : List.of(key.group(1));
                    wanted.stream().filter(k -> !bundle.containsKey(k))
                            .forEach(k -> missing.add(SOURCES.relativize(source) + ": " + k));
                }
            }
        }
        assertThat(missing).as("message keys used by beans but missing in messages.properties").isEmpty();
    }

    @Test
    void everyConstantOfEveryEnumShownOnAPageHasALabel() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> shown : EnumLabels.shown()) {
            for (Enum<?> constant : shown.getEnumConstants()) {
                if (!bundle.containsKey(EnumLabels.key(constant))) {
                    missing.add(EnumLabels.key(constant));
                }
            }
        }
        assertThat(missing).as("enum constants without a label").isEmpty();
    }

    @Test
    void aKeyBuiltFromAnUnknownPrefixIsReportedRatherThanSkipped() {
        assertThat(keysOf("'legal.authorityKind.' += a.kind")).contains("legal.authorityKind.SUBPOENA");
        assertThat(keysOf("'area.'.concat(area).concat('.about')")).contains("area.LEGAL.about");
        assertThat(keysOf("'nothing.known.' += x")).containsExactly("unresolved key pattern: 'nothing.known.' += x");
    }

    /** The keys an expression inside msg[...] can name: one for a literal, one per enum constant when built. */
    private static List<String> keysOf(String expression) {
        Matcher literal = LITERAL.matcher(expression);
        if (literal.matches()) {
            return List.of(literal.group(1));
        }
        Matcher built = BUILT.matcher(expression);
        if (built.matches()) {
            return expand(built.group(1), built.group(2) == null ? "" : built.group(2));
        }
        if (expression.strip().equals("area.labelKey()")) {
            return Arrays.stream(Area.values()).map(Area::labelKey).toList();
        }
        return List.of("unresolved key pattern: " + expression.strip());
    }

    /** prefix + every value it can be followed by + suffix; a prefix nothing is known of is reported as missing. */
    private static List<String> expand(String prefix, String suffix) {
        Map<String, List<String>> known = new LinkedHashMap<>(OTHER_BUILT_KEYS);
        for (Class<? extends Enum<?>> shown : EnumLabels.shown()) {
            known.put(EnumLabels.prefix(shown) + ".", names(shown));
        }
        known.putIfAbsent("dashboard.status.", names(ReferralStatus.class));
        List<String> values = known.get(prefix);
        if (values == null) {
            return List.of("unresolved key pattern: '" + prefix + "' += x");
        }
        return values.stream().map(value -> prefix + value + suffix).toList();
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
