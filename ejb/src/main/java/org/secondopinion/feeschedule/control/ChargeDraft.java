package org.secondopinion.feeschedule.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.secondopinion.feeschedule.entity.Methodology;

/**
 * A standard charge being read from one row or item: the values parsed so far, and the
 * problems (which reject it) and warnings found on the way, each naming the field as the
 * file names it. Wide rows and JSON items copy the item part into one draft per payer.
 */
final class ChargeDraft {

    private final long line;
    private final String location;
    private final Function<PriceField, String> names;
    private long invalidFields;
    private List<ImportIssue> problems;
    private List<ImportIssue> warnings;

    String description;
    List<ChargeCode> codes = List.of();
    boolean codeProblem;
    CareSetting setting;
    BigDecimal drugUnit;
    String drugType;
    List<String> modifiers = List.of();
    boolean modifierAdjustment;
    BigDecimal gross;
    BigDecimal discountedCash;
    BigDecimal minimum;
    BigDecimal maximum;
    String genericNotes;
    String payerName;
    String planName;
    BigDecimal negotiatedDollar;
    BigDecimal negotiatedPercentage;
    String negotiatedAlgorithm;
    BigDecimal estimatedAmount;
    BigDecimal median;
    BigDecimal percentile10;
    BigDecimal percentile90;
    AllowedAmountCount count;
    Methodology methodology;
    String payerNotes;

    ChargeDraft(long line, String location, Function<PriceField, String> names) {
        this.line = line;
        this.location = location;
        this.names = names;
    }

    /** A draft for one payer's charge of this item, sharing the item's values but none of its issues. */
    ChargeDraft copy(String location, Function<PriceField, String> names) {
        ChargeDraft copy = new ChargeDraft(line, location, names);
        copy.description = description;
        copy.codes = codes;
        copy.setting = setting;
        copy.drugUnit = drugUnit;
        copy.drugType = drugType;
        copy.modifiers = modifiers;
        copy.modifierAdjustment = modifierAdjustment;
        copy.gross = gross;
        copy.discountedCash = discountedCash;
        copy.minimum = minimum;
        copy.maximum = maximum;
        copy.genericNotes = genericNotes;
        copy.payerName = payerName;
        copy.planName = planName;
        copy.negotiatedDollar = negotiatedDollar;
        copy.negotiatedPercentage = negotiatedPercentage;
        copy.negotiatedAlgorithm = negotiatedAlgorithm;
        copy.estimatedAmount = estimatedAmount;
        copy.median = median;
        copy.percentile10 = percentile10;
        copy.percentile90 = percentile90;
        copy.count = count;
        copy.methodology = methodology;
        copy.payerNotes = payerNotes;
        return copy;
    }

    long line() {
        return line;
    }

    String location() {
        return location;
    }

    String name(PriceField field) {
        return names.apply(field);
    }

    boolean negotiated() {
        return negotiatedDollar != null || negotiatedPercentage != null || negotiatedAlgorithm != null;
    }

    boolean hasNote() {
        return genericNotes != null || payerNotes != null;
    }

    /** Whether the field held a value that could not be read (so "required" would repeat the problem). */
    boolean invalid(PriceField field) {
        return (invalidFields & (1L << field.ordinal())) != 0;
    }

    private void markInvalid(PriceField field) {
        invalidFields |= 1L << field.ordinal();
    }

    void problem(PriceField field, String message) {
        problem(name(field), message);
    }

    void problem(String field, String message) {
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        problems.add(new ImportIssue(line, location, field, message));
    }

    void warning(PriceField field, String message) {
        warning(field == null ? null : name(field), message);
    }

    void warning(String field, String message) {
        if (warnings == null) {
            warnings = new ArrayList<>(2);
        }
        warnings.add(new ImportIssue(line, location, field, message));
    }

    boolean rejected() {
        return problems != null;
    }

    List<ImportIssue> problems() {
        return problems == null ? List.of() : problems;
    }

    /** The warnings so far, handed over once: a copied draft does not repeat them. */
    List<ImportIssue> takeWarnings() {
        List<ImportIssue> taken = warnings == null ? List.of() : warnings;
        warnings = null;
        return taken;
    }

    // Reading values. Each returns null for a blank (or "N/A") value, and for an invalid one
    // after recording the problem.

    static String text(String raw) {
        return PriceValues.clean(raw);
    }

    private String coded(String raw) {
        String value = PriceValues.clean(raw);
        return value == null || PriceValues.isPlaceholder(value) ? null : value;
    }

    BigDecimal amount(PriceField field, String raw) {
        String value = coded(raw);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal amount = PriceValues.amount(value);
            if (amount.signum() == 0) {
                warning(field, "is 0; a charge of 0 is read as free");
            }
            return amount;
        } catch (InvalidValue e) {
            return invalidValue(field, value, e);
        }
    }

    BigDecimal percentage(PriceField field, String raw) {
        String value = coded(raw);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal percentage = PriceValues.percentage(value);
            if (percentage.signum() == 0) {
                warning(field, "is 0 %");
            }
            return percentage;
        } catch (InvalidValue e) {
            return invalidValue(field, value, e);
        }
    }

    AllowedAmountCount count(String raw) {
        String value = coded(raw);
        if (value == null) {
            return null;
        }
        try {
            return PriceValues.count(value);
        } catch (InvalidValue e) {
            return invalidValue(PriceField.COUNT, value, e);
        }
    }

    Methodology methodology(String raw) {
        String value = coded(raw);
        if (value == null) {
            return null;
        }
        Methodology methodology = Methodology.of(PriceValues.collapseSpaces(value).toLowerCase(Locale.ROOT));
        if (methodology == null) {
            markInvalid(PriceField.METHODOLOGY);
            problem(PriceField.METHODOLOGY, PriceValues.quote(value)
                    + " is not a methodology (case rate, fee schedule, percent of total billed charges, per diem, other)");
        }
        return methodology;
    }

    CareSetting setting(String raw) {
        String value = coded(raw);
        if (value == null) {
            return null;
        }
        CareSetting careSetting = CareSetting.of(value);
        if (careSetting == null) {
            markInvalid(PriceField.SETTING);
            problem(PriceField.SETTING, PriceValues.quote(value) + " is not a setting (inpatient, outpatient, both)");
        }
        return careSetting;
    }

    String drugType(String raw) {
        String value = coded(raw);
        if (value == null) {
            return null;
        }
        String type = value.toUpperCase(Locale.ROOT);
        if (!PriceValues.DRUG_TYPES.contains(type)) {
            markInvalid(PriceField.DRUG_TYPE);
            problem(PriceField.DRUG_TYPE, PriceValues.quote(value) + " is not a drug unit type (GR, ME, ML, UN, F2, GM, EA)");
            return null;
        }
        return type;
    }

    BigDecimal drugUnit(String raw) {
        BigDecimal unit = amountQuietly(PriceField.DRUG_UNIT, raw);
        if (unit != null && unit.signum() == 0) {
            markInvalid(PriceField.DRUG_UNIT);
            problem(PriceField.DRUG_UNIT, "must be more than 0");
            return null;
        }
        return unit;
    }

    private BigDecimal amountQuietly(PriceField field, String raw) {
        String value = coded(raw);
        if (value == null) {
            return null;
        }
        try {
            return PriceValues.amount(value);
        } catch (InvalidValue e) {
            return invalidValue(field, value, e);
        }
    }

    /**
     * Adds a code and its type, each named by its field ("code|2", "code|2|type"): they come
     * in pairs, and the type must be one the template lists.
     */
    void code(String rawCode, String rawType, String codeField, String typeField) {
        String code = coded(rawCode);
        String type = coded(rawType);
        if (code == null && type == null) {
            return;
        }
        if (code == null) {
            codeProblem = true;
            problem(codeField, "is blank but its type " + PriceValues.quote(type) + " is given; a code and its type come in pairs");
            return;
        }
        if (type == null) {
            codeProblem = true;
            problem(typeField, "is blank for code " + PriceValues.quote(code) + "; a code and its type come in pairs");
            return;
        }
        String upperType = type.toUpperCase(Locale.ROOT);
        if (!PriceValues.CODE_TYPES.contains(upperType)) {
            codeProblem = true;
            problem(typeField, PriceValues.quote(type) + " is not a code type of the CMS template");
            return;
        }
        if (codes.isEmpty()) {
            codes = new ArrayList<>(2);
        }
        codes.add(new ChargeCode(code, upperType));
    }

    private <T> T invalidValue(PriceField field, String value, InvalidValue e) {
        markInvalid(field);
        problem(field, PriceValues.quote(value) + " " + e.getMessage());
        return null;
    }

    StandardCharge toCharge() {
        return new StandardCharge(description, codes, setting, drugUnit, drugType, modifiers, modifierAdjustment,
                gross, discountedCash, minimum, maximum, payerName, planName, negotiatedDollar, negotiatedPercentage,
                negotiatedAlgorithm, estimatedAmount, median, percentile10, percentile90, count, methodology,
                genericNotes, payerNotes, line, location);
    }
}
