package org.secondopinion.feeschedule.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV price file, tall or wide, one record at a time: line 1 the general headers,
 * line 2 their values, line 3 the item headers, then the items. Headers are matched by
 * normalised name in any order; line numbers are physical lines, so a row whose quoted
 * description spans lines is reported at the line it starts on.
 */
final class CsvPriceFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .setAllowMissingColumnNames(true)
            .get();

    private static final String ATTESTATION = "to the best of its knowledge and belief";
    private static final int UNKNOWN_COLUMNS_SHOWN = 10;

    private final PriceText text;
    private final ImportLimits limits;
    private final ImportTally tally;
    private final PriceFileFormat expected;
    private CSVParser parser;
    private Iterator<CSVRecord> records;

    CsvPriceFile(PriceText text, ImportLimits limits, ImportTally tally, PriceFileFormat expected) {
        this.text = text;
        this.limits = limits;
        this.tally = tally;
        this.expected = expected;
    }

    /** One CSV record with the physical line it starts on. */
    private record Row(CSVRecord record, long line) {

        String get(int index) {
            return index < 0 || index >= record.size() ? null : record.get(index);
        }

        int size() {
            return record.size();
        }

        String location() {
            return "line " + line;
        }
    }

    void read() throws IOException, PriceFileRejected {
        parser = CSVParser.builder().setReader(text.reader()).setFormat(FORMAT).get();
        // the parser counts the line it is in, or the lines it has ended when it has just read a line break
        text.lines(() -> parser.getCurrentLineNumber() + (text.reader().atLineStart() ? 1 : 0));
        records = parser.iterator();
        Row general = next(false);
        if (general == null) {
            throw new PriceFileRejected("the file is empty");
        }
        Row values = next(false);
        readGeneral(general, values);
        Row headers = next(false);
        if (headers == null) {
            throw new PriceFileRejected(values.line() + 1, "line " + (values.line() + 1)
                    + ": the item headers (description, code|1, code|1|type, setting, …) are missing");
        }
        Columns columns = columns(headers);
        Row row;
        while ((row = next(true)) != null) {
            tally.rowRead();
            if (columns.wide) {
                readWide(row, columns);
            } else {
                readTall(row, columns);
            }
        }
        if (tally.rowsRead() == 0) {
            throw new PriceFileRejected(headers.line(), "the file has no items after the item headers on line " + headers.line());
        }
    }

    /** The next record that is not blank, or null at the end. A blank physical line is skipped anywhere; an all-empty row ",,," only among the items. */
    private Row next(boolean items) throws IOException, PriceFileRejected {
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                return unreadable(line, items, e);
            }
            text.reader().startSpan(limits.maxRecordChars());
            if (blank(record, items)) {
                continue;
            }
            return new Row(record, line);
        }
    }

    private Row unreadable(long line, boolean items, UncheckedIOException e) throws IOException, PriceFileRejected {
        switch (text.failure(e)) {
            case TOO_LONG -> throw new PriceFileRejected(line, "line " + line + ": a record runs past "
                    + text.reader().spanLimit() + " characters without ending; a quote mark is probably never closed");
            case BROKEN_COMPRESSION -> throw new PriceFileRejected(line, text.compressionProblem());
            case ENCODING -> throw PriceText.encodingProblem(e);
            default -> {
                if (items && text.reader().atEnd()) {
                    tally.rowRead();
                    tally.reject(new ImportIssue(line, "line " + line, null,
                            "the file ends inside a quoted value, so this row is incomplete (is the file cut short?)"));
                    return null;
                }
                String reason = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
                throw new PriceFileRejected(line, "line " + line + ": the CSV cannot be read from here on: " + reason);
            }
        }
    }

    private static boolean blank(CSVRecord record, boolean items) {
        if (record.size() == 1 || items) {
            for (int i = 0; i < record.size(); i++) {
                if (PriceValues.clean(record.get(i)) != null) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private void readGeneral(Row general, Row values) throws PriceFileRejected {
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int i = 0; i < general.size(); i++) {
            names.putIfAbsent(PriceValues.headerName(general.get(i)), i);
        }
        if (!names.containsKey("hospital_name") && !names.containsKey("last_updated_on")) {
            if (names.containsKey("description")) {
                throw new PriceFileRejected(general.line(), "line " + general.line() + " holds item headers, but a CMS "
                        + "price file starts with the general headers (hospital_name, last_updated_on, version, …) "
                        + "and their values on the next line");
            }
            throw new PriceFileRejected(general.line(), "line " + general.line() + " is not the general header row of "
                    + "a CMS price file (hospital_name, last_updated_on, version, …)");
        }
        if (values == null) {
            throw new PriceFileRejected(general.line() + 1, "line " + (general.line() + 1)
                    + ": the values of the general headers are missing");
        }
        String lastUpdated = null;
        String version = null;
        for (Map.Entry<String, Integer> header : names.entrySet()) {
            String name = header.getKey();
            String value = PriceValues.clean(values.get(header.getValue()));
            switch (name) {
                case "hospital_name" -> tally.hospitalName = value;
                case "last_updated_on" -> lastUpdated = value;
                case "version" -> version = value;
                case "location_name", "hospital_location" -> tally.locationNames = PriceValues.list(value, false);
                case "hospital_address" -> tally.addresses = PriceValues.list(value, false);
                case "type_2_npi" -> tally.type2Npis = PriceValues.list(value, false);
                case "attester_name" -> tally.attesterName = value;
                case "general_contract_provisions" -> tally.generalContractProvisions = value;
                default -> {
                    if (name.startsWith("license_number")) {
                        int pipe = name.indexOf('|');
                        tally.licenseState = pipe < 0 ? null : PriceValues.clean(name.substring(pipe + 1).toUpperCase(Locale.ROOT));
                        tally.licenseNumber = value;
                    } else if (name.startsWith(ATTESTATION)) {
                        tally.attestationConfirmed = PriceValues.yesNo(value);
                    }
                }
            }
        }
        String where = "line " + values.line();
        if (lastUpdated == null) {
            throw new PriceFileRejected(values.line(), where + ": last_updated_on is blank; the fee schedule takes effect "
                    + "on that date, so it is required");
        }
        try {
            tally.lastUpdatedOn = PriceValues.date(lastUpdated);
        } catch (InvalidValue e) {
            throw new PriceFileRejected(values.line(), where + ": last_updated_on " + PriceValues.quote(lastUpdated) + " " + e.getMessage());
        }
        if (version != null) {
            try {
                tally.version = TemplateVersion.of(version);
                tally.versionWritten = version;
            } catch (InvalidValue e) {
                throw new PriceFileRejected(values.line(), where + ": version " + PriceValues.quote(version) + " " + e.getMessage());
            }
        }
        tally.checkHeader(values.line(), where);
    }

    /** Where each field is in line 3, and whether the file is tall or wide. */
    private static final class Columns {
        final int[] index = new int[PriceField.values().length];
        final List<CodeColumns> codes = new ArrayList<>();
        final List<PayerPlanColumns> payerPlans = new ArrayList<>();
        int width;
        boolean wide;

        Columns() {
            Arrays.fill(index, -1);
        }
    }

    private record CodeColumns(int code, int type, String codeName, String typeName) {
    }

    /** The columns of one payer and plan in a wide file, and their headers as written. */
    private static final class PayerPlanColumns {
        final String payer;
        final String plan;
        final int[] index = new int[PriceField.values().length];
        final String[] names = new String[PriceField.values().length];
        final String location;

        PayerPlanColumns(String payer, String plan) {
            this.payer = payer;
            this.plan = plan;
            this.location = payer + " | " + plan;
            Arrays.fill(index, -1);
        }

        String name(PriceField field) {
            return names[field.ordinal()] != null ? names[field.ordinal()] : field.tallName();
        }

        boolean present(Row row) {
            for (int column : index) {
                if (column >= 0 && PriceValues.clean(row.get(column)) != null) {
                    return true;
                }
            }
            return false;
        }
    }

    private Columns columns(Row headers) throws PriceFileRejected {
        Columns columns = new Columns();
        columns.width = headers.size();
        String where = "line " + headers.line();
        Map<Integer, int[]> codes = new TreeMap<>();
        Map<String, PayerPlanColumns> payerPlans = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String raw = headers.get(i);
            String name = PriceValues.headerName(raw);
            if (name.isEmpty()) {
                continue;
            }
            PriceField field = PriceField.ofTallName(name);
            if (field != null) {
                place(columns.index, field, i, name, headers);
                continue;
            }
            String[] parts = name.split("\\|", -1);
            if (parts[0].equals("code") && (parts.length == 2 || (parts.length == 3 && parts[2].equals("type")))) {
                int number = positiveNumber(parts[1]);
                if (number > 0) {
                    int[] pair = codes.computeIfAbsent(number, n -> new int[] {-1, -1});
                    int slot = parts.length == 2 ? 0 : 1;
                    if (pair[slot] < 0) {
                        pair[slot] = i;
                    } else {
                        duplicate(name, pair[slot], i, headers);
                    }
                    continue;
                }
            }
            PriceField payerField = PriceField.ofWideParts(parts);
            String[] written = payerField == null ? null : PriceValues.headerParts(raw);
            String payer = payerField == null ? "" : PriceValues.headerPayerName(written[1]);
            String plan = payerField == null ? "" : PriceValues.headerPayerName(written[2]);
            if (!payer.isEmpty() && !plan.isEmpty()) {
                PayerPlanColumns payerPlan = payerPlans.computeIfAbsent(
                        (payer + "|" + plan).toLowerCase(Locale.ROOT), key -> new PayerPlanColumns(payer, plan));
                if (payerPlan.index[payerField.ordinal()] < 0) {
                    payerPlan.index[payerField.ordinal()] = i;
                    payerPlan.names[payerField.ordinal()] = String.join("|", written);
                } else {
                    duplicate(name, payerPlan.index[payerField.ordinal()], i, headers);
                }
                continue;
            }
            unknown.add(PriceValues.clean(raw));
        }
        if (columns.index[PriceField.DESCRIPTION.ordinal()] < 0) {
            throw new PriceFileRejected(headers.line(), where + ": the item headers have no description column");
        }
        for (Map.Entry<Integer, int[]> pair : codes.entrySet()) {
            int number = pair.getKey();
            if (pair.getValue()[0] < 0 || pair.getValue()[1] < 0) {
                throw new PriceFileRejected(headers.line(), where + ": code|" + number + " and code|" + number
                        + "|type come in pairs, but only one of them is a column");
            }
            columns.codes.add(new CodeColumns(pair.getValue()[0], pair.getValue()[1], "code|" + number, "code|" + number + "|type"));
        }
        if (columns.codes.isEmpty()) {
            throw new PriceFileRejected(headers.line(), where + ": the item headers have no code|1 and code|1|type columns");
        }
        if (columns.index[PriceField.SETTING.ordinal()] < 0) {
            throw new PriceFileRejected(headers.line(), where + ": the item headers have no setting column");
        }
        boolean tall = columns.index[PriceField.PAYER_NAME.ordinal()] >= 0 || columns.index[PriceField.PLAN_NAME.ordinal()] >= 0;
        columns.wide = !payerPlans.isEmpty();
        if (tall && columns.wide) {
            throw new PriceFileRejected(headers.line(), where + " has both payer_name and plan_name columns (a tall file) "
                    + "and payer-specific columns such as " + payerPlans.values().iterator().next().location
                    + " (a wide file); a file is one or the other");
        }
        columns.payerPlans.addAll(payerPlans.values());
        if (columns.wide) {
            ignoreTallPayerColumns(columns, where, headers.line());
        }
        PriceFileFormat layout = columns.wide ? PriceFileFormat.WIDE_CSV : PriceFileFormat.TALL_CSV;
        if (expected != null && expected != layout) {
            throw new PriceFileRejected(headers.line(), "the file was expected to be a " + expected.label()
                    + ", but the item headers on " + where + " are those of a " + layout.label());
        }
        tally.format = layout;
        if (tally.version == null) {
            boolean estimated = columns.index[PriceField.ESTIMATED_AMOUNT.ordinal()] >= 0
                    || columns.payerPlans.stream().anyMatch(p -> p.index[PriceField.ESTIMATED_AMOUNT.ordinal()] >= 0);
            tally.version = estimated ? TemplateVersion.V2 : TemplateVersion.V3;
            tally.warn(headers.line() - 1, "line " + (headers.line() - 1), "version",
                    "is blank; the file is read as template " + tally.version.label() + " by its columns");
        }
        if (!unknown.isEmpty()) {
            String shown = String.join(", ", unknown.subList(0, Math.min(UNKNOWN_COLUMNS_SHOWN, unknown.size())));
            tally.warn(headers.line(), where, null, "columns not in the CMS template are ignored: " + shown
                    + (unknown.size() > UNKNOWN_COLUMNS_SHOWN ? " and " + (unknown.size() - UNKNOWN_COLUMNS_SHOWN) + " more" : ""));
        }
        return columns;
    }

    private void place(int[] index, PriceField field, int column, String name, Row headers) {
        if (index[field.ordinal()] < 0) {
            index[field.ordinal()] = column;
        } else {
            duplicate(name, index[field.ordinal()], column, headers);
        }
    }

    private void duplicate(String name, int first, int second, Row headers) {
        tally.warn(headers.line(), "line " + headers.line(), name, "appears in columns " + (first + 1) + " and "
                + (second + 1) + "; only the first is read");
    }

    private void ignoreTallPayerColumns(Columns columns, String where, long line) {
        List<String> ignored = new ArrayList<>();
        for (PriceField field : PriceField.values()) {
            if (field.payerSpecific() && columns.index[field.ordinal()] >= 0) {
                ignored.add(field.tallName());
                columns.index[field.ordinal()] = -1;
            }
        }
        if (!ignored.isEmpty()) {
            tally.warn(line, where, null, "a wide file names the payer and plan in each payer column; columns without "
                    + "them are ignored: " + String.join(", ", ignored));
        }
    }

    private static int positiveNumber(String written) {
        if (written.isEmpty() || written.length() > 4) {
            return -1;
        }
        int number = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private void readTall(Row row, Columns columns) {
        if (overflows(row, columns)) {
            return;
        }
        ChargeDraft draft = new ChargeDraft(row.line(), row.location(), PriceField::tallName);
        readItem(draft, row, columns);
        draft.payerName = ChargeDraft.text(row.get(columns.index[PriceField.PAYER_NAME.ordinal()]));
        draft.planName = ChargeDraft.text(row.get(columns.index[PriceField.PLAN_NAME.ordinal()]));
        readPayerFields(draft, row, columns.index);
        ChargeRules.checkItem(draft);
        ChargeRules.checkSetting(draft);
        ChargeRules.checkCharge(draft, tally.version);
        tally.settle(draft);
    }

    private void readWide(Row row, Columns columns) {
        if (overflows(row, columns)) {
            return;
        }
        ChargeDraft item = new ChargeDraft(row.line(), row.location(), PriceField::tallName);
        readItem(item, row, columns);
        ChargeRules.checkItem(item);
        ChargeRules.checkSetting(item);
        if (item.rejected()) {
            tally.settle(item);
            return;
        }
        int charges = 0;
        for (PayerPlanColumns payerPlan : columns.payerPlans) {
            if (!payerPlan.present(row)) {
                continue;
            }
            ChargeDraft draft = item.copy(row.location() + ", " + payerPlan.location, payerPlan::name);
            draft.payerName = payerPlan.payer;
            draft.planName = payerPlan.plan;
            readPayerFields(draft, row, payerPlan.index);
            boolean modifierNote = draft.modifierAdjustment && draft.payerNotes != null;
            if (!draft.negotiated() && !draft.rejected() && !modifierNote) {
                // notes alone carry no price; anything else without a negotiated charge is worth a word
                if (draft.methodology != null || draft.count != null || draft.median != null
                        || draft.estimatedAmount != null || draft.percentile10 != null || draft.percentile90 != null) {
                    tally.warn(draft.line(), draft.location(), payerPlan.name(PriceField.METHODOLOGY),
                            "payer columns are filled in without a negotiated charge (dollar, percentage or algorithm); ignored");
                }
                continue;
            }
            ChargeRules.checkCharge(draft, tally.version);
            tally.settle(draft);
            charges++;
        }
        if (charges == 0) {
            ChargeRules.checkCharge(item, tally.version);
            tally.settle(item);
        } else {
            for (ImportIssue warning : item.takeWarnings()) {
                tally.warn(warning);
            }
        }
    }

    /** A row with more values than headers has likely lost a quote around a comma: every value after it is shifted. */
    private boolean overflows(Row row, Columns columns) {
        if (row.size() <= columns.width) {
            return false;
        }
        for (int i = columns.width; i < row.size(); i++) {
            if (PriceValues.clean(row.get(i)) != null) {
                tally.reject(new ImportIssue(row.line(), row.location(), null, "has " + row.size() + " values but the "
                        + "item headers have " + columns.width + " columns; a comma inside a value must be quoted"));
                return true;
            }
        }
        return false;
    }

    private static void readItem(ChargeDraft draft, Row row, Columns columns) {
        int[] index = columns.index;
        draft.description = ChargeDraft.text(row.get(index[PriceField.DESCRIPTION.ordinal()]));
        for (CodeColumns code : columns.codes) {
            draft.code(row.get(code.code()), row.get(code.type()), code.codeName(), code.typeName());
        }
        draft.setting = draft.setting(row.get(index[PriceField.SETTING.ordinal()]));
        draft.drugUnit = draft.drugUnit(row.get(index[PriceField.DRUG_UNIT.ordinal()]));
        draft.drugType = draft.drugType(row.get(index[PriceField.DRUG_TYPE.ordinal()]));
        draft.gross = draft.amount(PriceField.GROSS, row.get(index[PriceField.GROSS.ordinal()]));
        draft.discountedCash = draft.amount(PriceField.DISCOUNTED_CASH, row.get(index[PriceField.DISCOUNTED_CASH.ordinal()]));
        draft.minimum = draft.amount(PriceField.MINIMUM, row.get(index[PriceField.MINIMUM.ordinal()]));
        draft.maximum = draft.amount(PriceField.MAXIMUM, row.get(index[PriceField.MAXIMUM.ordinal()]));
        draft.modifiers = modifiers(row.get(index[PriceField.MODIFIERS.ordinal()]));
        draft.genericNotes = ChargeDraft.text(row.get(index[PriceField.GENERIC_NOTES.ordinal()]));
        draft.modifierAdjustment = draft.codes.isEmpty() && !draft.codeProblem && !draft.modifiers.isEmpty();
    }

    static List<String> modifiers(String written) {
        List<String> modifiers = PriceValues.list(written, true);
        modifiers.replaceAll(modifier -> modifier.toUpperCase(Locale.ROOT));
        return modifiers;
    }

    private static void readPayerFields(ChargeDraft draft, Row row, int[] index) {
        draft.negotiatedDollar = draft.amount(PriceField.NEGOTIATED_DOLLAR, row.get(index[PriceField.NEGOTIATED_DOLLAR.ordinal()]));
        draft.negotiatedPercentage = draft.percentage(PriceField.NEGOTIATED_PERCENTAGE,
                row.get(index[PriceField.NEGOTIATED_PERCENTAGE.ordinal()]));
        draft.negotiatedAlgorithm = ChargeDraft.text(row.get(index[PriceField.NEGOTIATED_ALGORITHM.ordinal()]));
        draft.estimatedAmount = draft.amount(PriceField.ESTIMATED_AMOUNT, row.get(index[PriceField.ESTIMATED_AMOUNT.ordinal()]));
        draft.median = draft.amount(PriceField.MEDIAN, row.get(index[PriceField.MEDIAN.ordinal()]));
        draft.percentile10 = draft.amount(PriceField.PERCENTILE_10, row.get(index[PriceField.PERCENTILE_10.ordinal()]));
        draft.percentile90 = draft.amount(PriceField.PERCENTILE_90, row.get(index[PriceField.PERCENTILE_90.ordinal()]));
        draft.count = draft.count(row.get(index[PriceField.COUNT.ordinal()]));
        draft.methodology = draft.methodology(row.get(index[PriceField.METHODOLOGY.ordinal()]));
        draft.payerNotes = ChargeDraft.text(row.get(index[PriceField.PAYER_NOTES.ordinal()]));
    }
}
