package org.secondopinion.platform.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of US dollars as {@link BigDecimal}: built from text, never from a double, and written for
 * people with thousands separators ("1,200.00").
 */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private static final BigDecimal FAST_FORMAT_LIMIT = new BigDecimal("1000000000000000");

    private Money() {
    }

    /** The amount written in plain digits ("1200.00", "62.5"); grouping commas are not accepted. */
    public static BigDecimal of(String amount) {
        if (amount == null) {
            throw new IllegalArgumentException("An amount is required.");
        }
        try {
            return new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an amount: \"" + amount + "\"", e);
        }
    }

    /** Rounds a patient-facing amount to cents; the only place the calculator rounds. */
    public static BigDecimal cents(BigDecimal amount, RoundingMode rounding) {
        return amount.setScale(2, rounding);
    }

    /** Dollars as a patient reads them: "$1,234.50". */
    public static String dollars(BigDecimal amount) {
        return "$" + format(amount);
    }

    /**
     * Cents with grouping ("1,200.00"); an exact intermediate amount with more decimals keeps them
     * ("385.803125") so the explanation shows full precision until the one rounding.
     */
    public static String format(BigDecimal amount) {
        BigDecimal shown = amount.scale() > 2 ? amount.stripTrailingZeros() : amount;
        if (shown.scale() <= 2 && shown.signum() >= 0 && shown.compareTo(FAST_FORMAT_LIMIT) < 0) {
            return formatCents(shown.movePointRight(2).longValue());
        }
        if (shown.scale() < 2) {
            shown = shown.setScale(2);
        }
        return group(shown.toPlainString());
    }

    /** The explanation formats a dozen amounts per line: whole cents skip toPlainString and its copying. */
    private static String formatCents(long amountInCents) {
        if (amountInCents > Integer.MAX_VALUE) {
            return group(BigDecimal.valueOf(amountInCents, 2).toPlainString());
        }
        int cents = (int) amountInCents;
        char[] text = new char[16];
        int at = text.length;
        text[--at] = (char) ('0' + cents % 10);
        cents /= 10;
        text[--at] = (char) ('0' + cents % 10);
        cents /= 10;
        text[--at] = '.';
        int inGroup = 0;
        do {
            if (inGroup == 3) {
                text[--at] = ',';
                inGroup = 0;
            }
            text[--at] = (char) ('0' + cents % 10);
            cents /= 10;
            inGroup++;
        } while (cents > 0);
        return new String(text, at, text.length - at);
    }

    private static String group(String plain) {
        int start = plain.charAt(0) == '-' ? 1 : 0;
        int dot = plain.indexOf('.');
        if (dot < 0) {
            dot = plain.length();
        }
        int digits = dot - start;
        if (digits <= 3) {
            return plain;
        }
        StringBuilder grouped = new StringBuilder(plain.length() + digits / 3);
        grouped.append(plain, 0, start);
        int first = digits % 3 == 0 ? 3 : digits % 3;
        grouped.append(plain, start, start + first);
        for (int i = start + first; i < dot; i += 3) {
            grouped.append(',').append(plain, i, i + 3);
        }
        return grouped.append(plain, dot, plain.length()).toString();
    }

    /** A rate such as 0.2 as "20%". */
    public static String percentOfRate(BigDecimal rate) {
        return percent(rate.movePointRight(2));
    }

    /** A percentage such as 62.50 as "62.5%". */
    public static String percent(BigDecimal percentage) {
        BigDecimal whole = percentage.setScale(0, RoundingMode.DOWN);
        if (whole.compareTo(percentage) == 0 && whole.compareTo(FAST_FORMAT_LIMIT) < 0) {
            return whole.longValue() + "%";
        }
        BigDecimal shown = percentage.signum() == 0 ? BigDecimal.ZERO : percentage.stripTrailingZeros();
        if (shown.scale() < 0) {
            shown = shown.setScale(0);
        }
        return shown.toPlainString() + "%";
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal atLeastZero(BigDecimal amount) {
        return amount.signum() < 0 ? ZERO : amount;
    }
}
