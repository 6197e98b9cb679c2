package org.secondopinion.legal.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bates number: a prefix and a zero-padded page number ("LGH-000123"). The prefix is 1 to 20 letters, digits,
 * '-' and '_' and does not end in a digit, so the number can be read back; the width is 4 to 12 digits, and a
 * number that does not fit it is refused rather than widened, because numbers of one production sort as text.
 *
 * @param prefix the prefix, as written
 * @param number the page number, from 1
 * @param width  the number of digits
 */
public record BatesNumber(String prefix, long number, int width) {

    public static final int MIN_WIDTH = 4;
    public static final int MAX_WIDTH = 12;
    public static final int MAX_PREFIX = 20;

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final Pattern NUMBERED = Pattern.compile("(.*?)([0-9]+)");

    public BatesNumber {
        requirePrefix(prefix);
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("A Bates number has " + MIN_WIDTH + " to " + MAX_WIDTH + " "
                    + "digits, not " + width + ".");
        }
        if (number < 1) {
            throw new IllegalArgumentException("Bates numbers start at 1, not " + number + ".");
        }
        if (number > largest(width)) {
            throw new IllegalArgumentException("The number " + number + " does not fit in " + width
                    + " digits; the largest is " + largest(width) + ".");
        }
    }

    /** The prefix followed by the number padded with zeros to the width: format("LGH-", 123, 6) is "LGH-000123". */
    public static String format(String prefix, long number, int width) {
        return new BatesNumber(prefix, number, width).toString();
    }

    /** A Bates number read back; the width is the number of digits written. */
    public static BatesNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A Bates number is required.");
        }
        Matcher matcher = NUMBERED.matcher(text.strip());
        if (!matcher.matches() || matcher.group(1).isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a Bates number: a prefix followed by "
                    + "digits, such as LGH-000123.");
        }
        String digits = matcher.group(2);
        if (digits.length() < MIN_WIDTH || digits.length() > MAX_WIDTH) {
            throw new IllegalArgumentException("\"" + text + "\" has " + digits.length() + " digits; a Bates number has "
                    + MIN_WIDTH + " to " + MAX_WIDTH + ".");
        }
        return new BatesNumber(matcher.group(1), Long.parseLong(digits), digits.length());
    }

    /** The largest number that fits in a width. */
    public static long largest(int width) {
        long largest = 1;
        for (int i = 0; i < width; i++) {
            largest *= 10;
        }
        return largest - 1;
    }

    @Override
    public String toString() {
        String digits = Long.toString(number);
        return prefix + "0".repeat(width - digits.length()) + digits;
    }

    static void requirePrefix(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A Bates prefix is 1 to " + MAX_PREFIX
                    + " letters, digits, '-' or '_', not \"" + prefix + "\".");
        }
        if (Character.isDigit(prefix.charAt(prefix.length() - 1))) {
            throw new IllegalArgumentException("A Bates prefix cannot end in a digit (\"" + prefix
                    + "\"), or the number could not be told from it.");
        }
    }
}
