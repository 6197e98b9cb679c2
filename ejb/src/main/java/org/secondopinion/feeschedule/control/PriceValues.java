package org.secondopinion.feeschedule.control;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How price files write their values. Lenient where real files differ harmlessly from the
 * template ("$1,234.50", " 70.5% ", 4/1/2026, header case and spacing); strict where a
 * loose reading would change a price ("1.234,50", "12,34", a negative charge).
 */
final class PriceValues {

    /** Valid code types of templates 2.x and 3.0.0. */
    static final Set<String> CODE_TYPES = Set.of("CPT", "HCPCS", "ICD", "DRG", "MS-DRG", "R-DRG", "S-DRG", "APS-DRG",
            "AP-DRG", "APR-DRG", "TRIS-DRG", "APC", "NDC", "HIPPS", "LOCAL", "EAPG", "CDT", "RC", "CDM", "CMG", "MS-LTC-DRG");

    static final Set<String> DRUG_TYPES = Set.of("GR", "ML", "ME", "UN", "F2", "GM", "EA");

    /** No charge in a hospital file reaches a trillion dollars; larger numbers are typing or exponent errors. */
    private static final BigDecimal CEILING = new BigDecimal("1000000000000");
    private static final int MAX_SCALE = 12;
    private static final int QUOTED_CHARS = 40;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern SPACED_PIPE = Pattern.compile(" ?\\| ?");
    private static final Pattern STATED_PERCENTAGE = Pattern.compile("(?<![\\d.,])(\\d{1,4}(?:\\.\\d{1,4})?) ?%");

    private PriceValues() {
    }

    /** The value without surrounding white space (also no-break space and byte order mark), or null when blank. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        return start == 0 && end == raw.length() ? raw : raw.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00A0' || c == '\uFEFF' || Character.isWhitespace(c);
    }

    /**
     * Whether a numeric or coded field holds a "no value" marker. The template says to leave
     * such fields blank, but "N/A" and "-" are common.
     */
    static boolean isPlaceholder(String value) {
        return switch (value.length()) {
            case 1 -> value.charAt(0) == '-';
            case 2 -> value.equals("--") || value.equalsIgnoreCase("na");
            case 3 -> value.equalsIgnoreCase("n/a");
            case 4 -> value.equalsIgnoreCase("null") || value.equalsIgnoreCase("none");
            default -> false;
        };
    }

    /** A header as the reader matches it: lower case, trimmed, single spaces, no spaces around "|". */
    static String headerName(String raw) {
        String cleaned = clean(raw);
        if (cleaned == null) {
            return "";
        }
        String collapsed = SPACES.matcher(cleaned).replaceAll(" ").toLowerCase(Locale.ROOT);
        return SPACED_PIPE.matcher(collapsed).replaceAll("|");
    }

    /** The "|"-separated parts of a header as written (for payer and plan names), each trimmed to single spaces. */
    static String[] headerParts(String raw) {
        String[] parts = (raw == null ? "" : raw).split("\\|", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = clean(parts[i]);
            parts[i] = part == null ? "" : collapseSpaces(part);
        }
        return parts;
    }

    /**
     * A payer or plan name from a wide file's header. CMS's own v2.0.0 wide example writes the spaces of payer
     * names as underscores ({@code standard_charge|Platform_Health_Insurance|PPO|negotiated_dollar}) where its
     * tall and JSON examples write "Platform Health Insurance"; the data dictionary only says the placeholder is
     * replaced by the payer's name. Underscores are read as spaces, so that one file in the three layouts names
     * the same payers and plans.
     */
    static String headerPayerName(String written) {
        return written == null ? "" : collapseSpaces(written.replace('_', ' '));
    }

    static String collapseSpaces(String value) {
        return SPACES.matcher(value.strip()).replaceAll(" ");
    }

    /** The non-blank parts of a "|"-separated list ("a | b|c"), or of "," as well when {@code commaToo}. */
    static List<String> list(String value, boolean commaToo) {
        List<String> parts = new ArrayList<>(2);
        if (value == null) {
            return parts;
        }
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '|' || (commaToo && value.charAt(i) == ',')) {
                String part = clean(value.substring(start, i));
                if (part != null) {
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        return parts;
    }

    /** A dollar amount: "1200", "1,200.50", "$1,200.50", "$ 1200", "1.2E3". Never negative. */
    static BigDecimal amount(String value) throws InvalidValue {
        return number(value, '$');
    }

    /** A percentage as written: "70.5" and "70.5%" both mean 70.5 %. */
    static BigDecimal percentage(String value) throws InvalidValue {
        return number(value, '%');
    }

    private static BigDecimal number(String value, char unit) throws InvalidValue {
        int start = 0;
        int end = value.length();
        if (unit == '$' && start < end && value.charAt(start) == '$') {
            start++;
        }
        if (unit == '%' && end > start && value.charAt(end - 1) == '%') {
            end--;
        }
        while (start < end && value.charAt(start) == ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == ' ') {
            end--;
        }
        if (end - start > 64) {
            throw new InvalidValue("is not a number");
        }
        char[] digits = new char[end - start];
        int n = 0;
        int i = start;
        if (i < end && (value.charAt(i) == '-' || value.charAt(i) == '+')) {
            digits[n++] = value.charAt(i++);
        }
        int integerDigits = 0;
        int groupDigits = 0;
        boolean grouped = false;
        for (; i < end; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits[n++] = c;
                integerDigits++;
                groupDigits++;
            } else if (c == ',') {
                // thousands separators only where they group by three: "1,234,567", never "12,34"
                if (integerDigits == 0 || (grouped ? groupDigits != 3 : groupDigits > 3)) {
                    throw new InvalidValue("is not a number (misplaced comma)");
                }
                grouped = true;
                groupDigits = 0;
            } else {
                break;
            }
        }
        if (grouped && groupDigits != 3) {
            throw new InvalidValue("is not a number (misplaced comma)");
        }
        int fractionDigits = 0;
        if (i < end && value.charAt(i) == '.') {
            digits[n++] = '.';
            i++;
            while (i < end && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                digits[n++] = value.charAt(i++);
                fractionDigits++;
            }
        }
        if (integerDigits + fractionDigits == 0) {
            throw new InvalidValue("is not a number");
        }
        if (i < end && (value.charAt(i) == 'e' || value.charAt(i) == 'E')) {
            digits[n++] = 'E';
            i++;
            if (i < end && (value.charAt(i) == '-' || value.charAt(i) == '+')) {
                digits[n++] = value.charAt(i++);
            }
            int exponentDigits = 0;
            while (i < end && value.charAt(i) >= '0' && value.charAt(i) <= '9' && exponentDigits < 3) {
                digits[n++] = value.charAt(i++);
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                throw new InvalidValue("is not a number");
            }
        }
        if (i != end) {
            throw new InvalidValue("is not a number");
        }
        BigDecimal number = new BigDecimal(digits, 0, n);
        if (number.signum() < 0) {
            throw new InvalidValue("is negative");
        }
        if (number.compareTo(CEILING) >= 0) {
            throw new InvalidValue("is too large to be a charge");
        }
        if (number.scale() > MAX_SCALE) {
            number = number.stripTrailingZeros();
            if (number.scale() > MAX_SCALE) {
                throw new InvalidValue("has more than " + MAX_SCALE + " decimal places");
            }
        }
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /** A date as CMS accepts it: YYYY-MM-DD (a time after it is ignored), M/D/YYYY or MM/DD/YYYY. */
    static LocalDate date(String value) throws InvalidValue {
        try {
            if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
                    && (value.length() == 10 || value.charAt(10) == 'T' || value.charAt(10) == ' ')) {
                return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
            }
            int first = value.indexOf('/');
            int second = first < 0 ? -1 : value.indexOf('/', first + 1);
            if (first >= 1 && first <= 2 && second - first >= 2 && second - first <= 3 && value.length() - second == 5) {
                return LocalDate.of(digits(value, second + 1, value.length()), digits(value, 0, first),
                        digits(value, first + 1, second));
            }
        } catch (DateTimeException e) {
            throw new InvalidValue("is not a calendar date");
        }
        throw new InvalidValue("is not a date (YYYY-MM-DD or M/D/YYYY)");
    }

    private static int digits(String value, int from, int to) throws InvalidValue {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidValue("is not a date (YYYY-MM-DD or M/D/YYYY)");
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /** A count of allowed amounts: "0", "1 through 10", or a whole number from 11 ("1,250" too). */
    static AllowedAmountCount count(String value) throws InvalidValue {
        String written = collapseSpaces(value).toLowerCase(Locale.ROOT);
        if (written.equals("0")) {
            return AllowedAmountCount.ZERO;
        }
        if (written.equals("1 through 10")) {
            return AllowedAmountCount.ONE_THROUGH_TEN;
        }
        long count = 0;
        int digitCount = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '0' && c <= '9' && digitCount < 10) {
                count = count * 10 + (c - '0');
                digitCount++;
            } else if (c != ',' || digitCount == 0) {
                throw new InvalidValue("is not a count (0, 1 through 10, or a whole number from 11)");
            }
        }
        if (digitCount == 0 || count > Integer.MAX_VALUE) {
            throw new InvalidValue("is not a count (0, 1 through 10, or a whole number from 11)");
        }
        if (count < 11) {
            throw new InvalidValue("must be written \"1 through 10\" (counts from 1 to 10 are masked)");
        }
        return AllowedAmountCount.exactly((int) count);
    }

    /** true, false, or null when the value is neither ("TRUE", "yes", "Y", "1" count as true). */
    static Boolean yesNo(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * The one percentage a text states ("150% payment adjustment for the item ..." is 150), or null when it states
     * none or several. A JSON file's modifier entry says how the modifier adjusts a plan's charges only in words,
     * where the CSV layouts give the same percentage in standard_charge|negotiated_percentage.
     */
    static BigDecimal statedPercentage(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = STATED_PERCENTAGE.matcher(text);
        BigDecimal found = null;
        while (matcher.find()) {
            BigDecimal percentage = new BigDecimal(matcher.group(1));
            if (found != null && found.compareTo(percentage) != 0) {
                return null;
            }
            found = percentage;
        }
        return found;
    }

    /** A value for a message: quoted and cut short, so a huge bad field never fills the report. */
    static String quote(String value) {
        if (value == null) {
            return "(blank)";
        }
        String shown = value.length() <= QUOTED_CHARS ? value : value.substring(0, QUOTED_CHARS) + "…";
        return "\"" + shown.replace('\n', ' ').replace('\r', ' ') + "\"";
    }
}
