package org.secondopinion.feeschedule.control;

/**
 * What one import may hold in memory, whatever the size of the file: the rejections and
 * warnings kept for the report (the rest are only counted), the longest CSV record or JSON
 * value, and the largest JSON item (one standard_charge_information entry with all its
 * payers), counted in characters.
 */
public record ImportLimits(int rejectionsKept, int warningsKept, int maxRecordChars, int maxItemChars) {

    public static final ImportLimits DEFAULTS = new ImportLimits(1_000, 1_000, 16 * 1024 * 1024, 16 * 1024 * 1024);

    public ImportLimits {
        if (rejectionsKept < 0 || warningsKept < 0 || maxRecordChars < 1_024 || maxItemChars < 1_024) {
            throw new IllegalArgumentException("limits too small: " + rejectionsKept + ", " + warningsKept + ", "
                    + maxRecordChars + ", " + maxItemChars);
        }
    }
}
