package org.secondopinion.legal.control;

/**
 * A run of Bates numbers with one prefix and width, both ends included: "LGH-000001 – LGH-000042".
 *
 * @param prefix the prefix
 * @param first  the first page number
 * @param last   the last page number, not before the first
 * @param width  the number of digits
 */
public record BatesRange(String prefix, long first, long last, int width) {

    private static final String DASH = " – ";

    public BatesRange {
        new BatesNumber(prefix, first, width);
        new BatesNumber(prefix, last, width);
        if (last < first) {
            throw new IllegalArgumentException("A Bates range cannot end at " + last + ", before it starts at " + first + ".");
        }
    }

    /** The range from one number to another, which must share prefix and width. */
    public static BatesRange of(BatesNumber first, BatesNumber last) {
        if (!first.prefix().equals(last.prefix()) || first.width() != last.width()) {
            throw new IllegalArgumentException("A Bates range runs within one prefix and width: " + first + " and "
                    + last + " differ.");
        }
        return new BatesRange(first.prefix(), first.number(), last.number(), first.width());
    }

    /** A range read back from "LGH-000001 – LGH-000042" (an en dash or a hyphen between spaces), or one number. */
    public static BatesRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A Bates range is required.");
        }
        String[] ends = text.strip().split("\\s+[–-]\\s+", -1);
        if (ends.length > 2) {
            throw new IllegalArgumentException("\"" + text + "\" is not a Bates range such as LGH-000001 – LGH-000042.");
        }
        BatesNumber first = BatesNumber.parse(ends[0]);
        return of(first, ends.length == 2 ? BatesNumber.parse(ends[1]) : first);
    }

    /** The number of pages in the range. */
    public long count() {
        return last - first + 1;
    }

    public boolean contains(BatesNumber number) {
        return number.prefix().equals(prefix) && number.number() >= first && number.number() <= last;
    }

    public BatesNumber firstNumber() {
        return new BatesNumber(prefix, first, width);
    }

    public BatesNumber lastNumber() {
        return new BatesNumber(prefix, last, width);
    }

    /** "LGH-000001 – LGH-000042"; a single page is its one number. */
    @Override
    public String toString() {
        return first == last ? firstNumber().toString() : firstNumber() + DASH + lastNumber();
    }
}
