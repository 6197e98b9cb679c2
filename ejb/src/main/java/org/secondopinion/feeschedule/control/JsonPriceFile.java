package org.secondopinion.feeschedule.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a JSON price file from parser events, holding at most one item in memory: the
 * header values, then each standard_charge_information entry (expanded per
 * standard_charges × payers_information) and each modifier_information entry. Keys may come
 * in any order; unknown keys are skipped without being built.
 */
final class JsonPriceFile {

    private static final int MAX_DEPTH = 32;
    private static final String CHARGES = "standard_charge_information";
    private static final String MODIFIERS = "modifier_information";

    /** A JSON number, kept as written so that amounts are read by the same rules as in CSV. */
    private record NumberText(String text) {
    }

    /** Marks a value nested deeper than any CMS item; it was skipped, not built. */
    private static final Object TOO_DEEP = new Object();

    private final PriceText text;
    private final ImportLimits limits;
    private final ImportTally tally;
    private JsonParser parser;
    private long itemLine;
    private final List<String> unknownKeys = new ArrayList<>();

    JsonPriceFile(PriceText text, ImportLimits limits, ImportTally tally) {
        this.text = text;
        this.limits = limits;
        this.tally = tally;
    }

    void read() throws IOException, PriceFileRejected {
        tally.format = PriceFileFormat.JSON;
        parser = Json.createParser(text.reader());
        text.lines(this::line);
        if (next() != Event.START_OBJECT) {
            throw new PriceFileRejected(line(), "a CMS JSON price file is one object, but line " + line() + " starts something else");
        }
        while (next() != Event.END_OBJECT) {
            String key = parser.getString();
            switch (key) {
                case CHARGES -> readItems(CHARGES, false);
                case MODIFIERS -> readItems(MODIFIERS, true);
                default -> readHeader(key);
            }
            text.reader().startSpan(limits.maxRecordChars());
        }
        checkEnd();
    }

    private void checkEnd() throws IOException, PriceFileRejected {
        long end = line();
        boolean trailing;
        try {
            trailing = parser.hasNext();
        } catch (JsonException | IllegalStateException e) {
            PriceText.Failure failure = text.failure(e);
            if (failure == PriceText.Failure.BROKEN_COMPRESSION) {
                throw new PriceFileRejected(end, text.compressionProblem());
            }
            if (failure == PriceText.Failure.ENCODING) {
                throw PriceText.encodingProblem(e);
            }
            trailing = true;
        }
        if (trailing) {
            tally.warn(end, "line " + end, null, "content after the end of the JSON object is ignored");
        }
        if (!unknownKeys.isEmpty()) {
            tally.warn(0, "(top level)", null, "keys not in the CMS template are ignored: " + String.join(", ", unknownKeys));
        }
        if (tally.lastUpdatedOn == null) {
            throw new PriceFileRejected("last_updated_on is missing; the fee schedule takes effect on that date, so it is required");
        }
        if (tally.rowsRead() == 0) {
            throw new PriceFileRejected("the file has no " + CHARGES + " entries");
        }
        if (tally.version == null) {
            tally.warn(0, "(top level)", "version", "is missing; the items were checked by template 3.0.0 rules, "
                    + "or 2.x where they carry an estimated_amount");
        }
        tally.checkHeader(0, "(top level)");
    }

    // ---- parser access: every content failure becomes a rejection of the file -------------

    private Event next() throws IOException, PriceFileRejected {
        try {
            return parser.next();
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            long line = line();
            switch (text.failure(e)) {
                case TOO_LONG -> throw new PriceFileRejected(line, "line " + line + ": a value or item runs past "
                        + text.reader().spanLimit() + " characters");
                case BROKEN_COMPRESSION -> throw new PriceFileRejected(line, text.compressionProblem());
                case ENCODING -> throw PriceText.encodingProblem(e);
                default -> {
                    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    if (reason.length() > 200) {
                        reason = reason.substring(0, 200) + "…";
                    }
                    throw new PriceFileRejected(line, "line " + line + ": the JSON is malformed or cut short here ("
                            + reason + "); after " + tally.rowsRead() + " items");
                }
            }
        }
    }

    private long line() {
        try {
            JsonLocation location = parser.getLocation();
            return location == null ? 0 : Math.max(0, location.getLineNumber());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Builds the value that starts with {@code first}; containers are built without recursion. */
    private Object value(Event first) throws IOException, PriceFileRejected {
        switch (first) {
            case VALUE_STRING:
                return parser.getString();
            case VALUE_NUMBER:
                return new NumberText(parser.getString());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case START_OBJECT:
            case START_ARRAY:
                return container(first);
            default:
                throw new PriceFileRejected(line(), "line " + line() + ": the JSON is malformed here (" + first + ")");
        }
    }

    private Object container(Event first) throws IOException, PriceFileRejected {
        Object root = first == Event.START_OBJECT ? new LinkedHashMap<String, Object>() : new ArrayList<>();
        Deque<Object> open = new ArrayDeque<>();
        open.push(root);
        String key = null;
        while (!open.isEmpty()) {
            Event event = next();
            switch (event) {
                case KEY_NAME -> key = parser.getString();
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() >= MAX_DEPTH) {
                        skip(open.size() + 1);
                        return TOO_DEEP;
                    }
                    Object child = event == Event.START_OBJECT ? new LinkedHashMap<String, Object>() : new ArrayList<>();
                    add(open.peek(), key, child);
                    open.push(child);
                }
                case END_OBJECT, END_ARRAY -> open.pop();
                default -> add(open.peek(), key, value(event));
            }
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void add(Object container, String key, Object value) {
        if (container instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(key, value);
        } else {
            ((List<Object>) container).add(value);
        }
    }

    /** Consumes events until {@code depth} open containers are closed, holding nothing. */
    private void skip(int depth) throws IOException, PriceFileRejected {
        while (depth > 0) {
            Event event = next();
            if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
                depth++;
            } else if (event == Event.END_OBJECT || event == Event.END_ARRAY) {
                depth--;
            }
            text.reader().startSpan(limits.maxRecordChars());
        }
    }

    private void skipValue(Event first) throws IOException, PriceFileRejected {
        if (first == Event.START_OBJECT || first == Event.START_ARRAY) {
            skip(1);
        }
    }

    // ---- the general data -------------------------------------------------------------------

    private void readHeader(String key) throws IOException, PriceFileRejected {
        long line = line();
        Event first = next();
        switch (key) {
            case "hospital_name" -> tally.hospitalName = text(value(first));
            case "last_updated_on" -> {
                String date = text(value(first));
                if (date == null) {
                    throw new PriceFileRejected(line, "line " + line + ": last_updated_on is blank; the fee schedule "
                            + "takes effect on that date, so it is required");
                }
                try {
                    tally.lastUpdatedOn = PriceValues.date(date);
                } catch (InvalidValue e) {
                    throw new PriceFileRejected(line, "line " + line + ": last_updated_on " + PriceValues.quote(date) + " " + e.getMessage());
                }
            }
            case "version" -> {
                String version = text(value(first));
                if (version != null) {
                    try {
                        tally.version = TemplateVersion.of(version);
                        tally.versionWritten = version;
                    } catch (InvalidValue e) {
                        throw new PriceFileRejected(line, "line " + line + ": version " + PriceValues.quote(version) + " " + e.getMessage());
                    }
                }
            }
            case "location_name", "hospital_location" -> tally.locationNames = texts(value(first));
            case "hospital_address" -> tally.addresses = texts(value(first));
            case "type_2_npi" -> tally.type2Npis = texts(value(first));
            case "license_information" -> {
                Map<String, Object> license = map(value(first));
                tally.licenseNumber = text(license.get("license_number"));
                String state = text(license.get("state"));
                tally.licenseState = state == null ? null : state.toUpperCase(Locale.ROOT);
            }
            case "attestation", "affirmation" -> {
                Map<String, Object> attestation = map(value(first));
                Object confirmed = attestation.containsKey("confirm_attestation")
                        ? attestation.get("confirm_attestation") : attestation.get("confirm_affirmation");
                tally.attestationConfirmed = confirmed instanceof Boolean yes ? yes : PriceValues.yesNo(text(confirmed));
                tally.attesterName = text(attestation.get("attester_name"));
            }
            case "general_contract_provisions" -> tally.generalContractProvisions = provisions(value(first));
            default -> {
                if (unknownKeys.size() < 10) {
                    unknownKeys.add(key);
                }
                skipValue(first);
            }
        }
    }

    private static String provisions(Object value) {
        if (!(value instanceof List<?> list)) {
            return text(value);
        }
        StringBuilder provisions = new StringBuilder();
        for (Object entry : list) {
            Map<String, Object> provision = map(entry);
            String payer = text(provision.get("payer_name"));
            String plan = text(provision.get("plan_name"));
            String words = text(provision.get("provisions"));
            if (words == null) {
                words = text(entry);
            }
            if (words != null) {
                if (provisions.length() > 0) {
                    provisions.append('\n');
                }
                if (payer != null) {
                    provisions.append(payer).append(plan == null ? "" : " | " + plan).append(": ");
                }
                provisions.append(words);
            }
        }
        return provisions.length() == 0 ? null : provisions.toString();
    }

    // ---- items ------------------------------------------------------------------------------

    private void readItems(String key, boolean modifiers) throws IOException, PriceFileRejected {
        long line = line();
        Event first = next();
        if (first != Event.START_ARRAY) {
            tally.warn(line, key, key, "is not an array; ignored");
            skipValue(first);
            return;
        }
        int index = 0;
        Event event;
        text.reader().startSpan(limits.maxItemChars());
        while ((event = next()) != Event.END_ARRAY) {
            itemLine = line();
            String path = key + "[" + index++ + "]";
            tally.rowRead();
            Object item = value(event);
            if (item == TOO_DEEP) {
                tally.reject(new ImportIssue(itemLine, path, null, "is nested deeper than " + MAX_DEPTH + " levels"));
            } else if (!(item instanceof Map<?, ?>)) {
                tally.reject(new ImportIssue(itemLine, path, null, "is not an object"));
            } else if (modifiers) {
                readModifier(map(item), path);
            } else {
                readCharges(map(item), path);
            }
            text.reader().startSpan(limits.maxItemChars());
        }
    }

    private void readCharges(Map<String, Object> item, String path) {
        ChargeDraft base = new ChargeDraft(itemLine, path, PriceField::jsonName);
        base.description = text(base, PriceField.DESCRIPTION, item.get("description"));
        Object codes = item.get("code_information");
        if (codes instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Map<String, Object> code = mapOrProblem(base, "code_information[" + i + "]", list.get(i));
                base.code(text(code.get("code")), text(code.get("type")), "code_information[" + i + "].code",
                        "code_information[" + i + "].type");
            }
        } else if (codes != null) {
            base.codeProblem = true;
            base.problem(PriceField.CODE, "is not an array");
        }
        Object drug = item.get("drug_information");
        if (drug != null) {
            Map<String, Object> drugInformation = mapOrProblem(base, "drug_information", drug);
            base.drugUnit = base.drugUnit(text(drugInformation.get("unit")));
            base.drugType = base.drugType(text(drugInformation.get("type")));
        }
        ChargeRules.checkItem(base);
        Object charges = item.get("standard_charges");
        if (!(charges instanceof List<?> list) || list.isEmpty()) {
            base.problem("standard_charges", charges == null ? "is required" : "is not an array of at least one entry");
        }
        if (base.rejected()) {
            tally.settle(base);
            return;
        }
        List<?> standardCharges = (List<?>) charges;
        for (int j = 0; j < standardCharges.size(); j++) {
            readStandardCharge(base, standardCharges.get(j), path + ".standard_charges[" + j + "]");
        }
        for (ImportIssue warning : base.takeWarnings()) {
            tally.warn(warning);
        }
    }

    private void readStandardCharge(ChargeDraft base, Object entry, String path) {
        ChargeDraft charge = base.copy(path, PriceField::jsonName);
        Map<String, Object> standardCharge = mapOrProblem(charge, null, entry);
        charge.setting = charge.setting(text(charge, PriceField.SETTING, standardCharge.get("setting")));
        charge.gross = amount(charge, PriceField.GROSS, standardCharge);
        charge.discountedCash = amount(charge, PriceField.DISCOUNTED_CASH, standardCharge);
        charge.minimum = amount(charge, PriceField.MINIMUM, standardCharge);
        charge.maximum = amount(charge, PriceField.MAXIMUM, standardCharge);
        charge.genericNotes = text(standardCharge.get("additional_generic_notes"));
        Object modifierCodes = standardCharge.get("modifier_code");
        charge.modifiers = modifierCodes instanceof List<?> codes
                ? CsvPriceFile.modifiers(String.join("|", texts(codes)))
                : CsvPriceFile.modifiers(text(modifierCodes));
        ChargeRules.checkSetting(charge);
        Object payers = standardCharge.get("payers_information");
        if (payers != null && !(payers instanceof List<?>)) {
            charge.problem("payers_information", "is not an array");
        }
        if (charge.rejected()) {
            tally.settle(charge);
            return;
        }
        List<?> payerList = payers == null ? List.of() : (List<?>) payers;
        if (payerList.isEmpty()) {
            ChargeRules.checkCharge(charge, tally.version);
            tally.settle(charge);
            return;
        }
        for (int k = 0; k < payerList.size(); k++) {
            ChargeDraft draft = charge.copy(path + ".payers_information[" + k + "]", PriceField::jsonName);
            Map<String, Object> payer = mapOrProblem(draft, null, payerList.get(k));
            draft.payerName = text(payer.get("payer_name"));
            draft.planName = text(payer.get("plan_name"));
            draft.negotiatedDollar = amount(draft, PriceField.NEGOTIATED_DOLLAR, payer);
            draft.negotiatedPercentage = percentage(draft, PriceField.NEGOTIATED_PERCENTAGE, payer);
            draft.negotiatedAlgorithm = text(draft, PriceField.NEGOTIATED_ALGORITHM, payer.get("standard_charge_algorithm"));
            draft.estimatedAmount = amount(draft, PriceField.ESTIMATED_AMOUNT, payer);
            draft.median = amount(draft, PriceField.MEDIAN, payer);
            draft.percentile10 = amount(draft, PriceField.PERCENTILE_10, payer);
            draft.percentile90 = amount(draft, PriceField.PERCENTILE_90, payer);
            draft.count = draft.count(text(draft, PriceField.COUNT, payer.get("count")));
            draft.methodology = draft.methodology(text(draft, PriceField.METHODOLOGY, payer.get("methodology")));
            draft.payerNotes = text(payer.get("additional_payer_notes"));
            if (!draft.negotiated() && !draft.rejected()) {
                draft.problem(PriceField.NEGOTIATED_DOLLAR, "is missing, and so are standard_charge_percentage and "
                        + "standard_charge_algorithm; a payer entry needs one of them");
            }
            ChargeRules.checkCharge(draft, tally.version);
            tally.settle(draft);
        }
        for (ImportIssue warning : charge.takeWarnings()) {
            tally.warn(warning);
        }
    }

    private void readModifier(Map<String, Object> item, String path) {
        ChargeDraft base = new ChargeDraft(itemLine, path, PriceField::jsonName);
        base.modifierAdjustment = true;
        base.description = text(base, PriceField.DESCRIPTION, item.get("description"));
        Object code = item.get("code");
        base.modifiers = code instanceof List<?> codes
                ? CsvPriceFile.modifiers(String.join("|", texts(codes)))
                : CsvPriceFile.modifiers(text(code));
        if (base.modifiers.isEmpty()) {
            base.problem("code", "is required: the modifier code");
        }
        base.setting = base.setting(text(item.get("setting")));
        ChargeRules.checkItem(base);
        Object payers = item.get("modifier_payer_information");
        if (!(payers instanceof List<?> list) || list.isEmpty()) {
            base.problem("modifier_payer_information", payers == null ? "is required" : "is not an array of at least one entry");
        }
        if (base.rejected()) {
            tally.settle(base);
            return;
        }
        List<?> payerList = (List<?>) payers;
        for (int k = 0; k < payerList.size(); k++) {
            ChargeDraft draft = base.copy(path + ".modifier_payer_information[" + k + "]", PriceField::jsonName);
            Map<String, Object> payer = mapOrProblem(draft, null, payerList.get(k));
            draft.payerName = text(payer.get("payer_name"));
            draft.planName = text(payer.get("plan_name"));
            draft.payerNotes = text(payer.get("description"));
            draft.negotiatedPercentage = PriceValues.statedPercentage(draft.payerNotes);
            if (draft.payerName == null) {
                draft.problem(PriceField.PAYER_NAME, "is required");
            }
            if (draft.planName == null) {
                draft.problem(PriceField.PLAN_NAME, "is required");
            }
            if (draft.payerNotes == null) {
                draft.problem("description", "is required: how the modifier adjusts this plan's charges");
            }
            tally.settle(draft);
        }
        for (ImportIssue warning : base.takeWarnings()) {
            tally.warn(warning);
        }
    }

    // ---- reading the built values ----------------------------------------------------------

    /** Text of a string or number value; null for anything else. */
    private static String text(Object value) {
        if (value instanceof String string) {
            return PriceValues.clean(string);
        }
        if (value instanceof NumberText number) {
            return number.text();
        }
        return null;
    }

    /** Text of a value that must be text, with a problem when it is an object, array or boolean. */
    private static String text(ChargeDraft draft, PriceField field, Object value) {
        if (value == null || value instanceof String || value instanceof NumberText) {
            return text(value);
        }
        draft.problem(field, "is not text");
        return null;
    }

    /** An amount read by the CSV rules, from a JSON number or a string ("$1,200.50"). */
    private static BigDecimal amount(ChargeDraft draft, PriceField field, Map<String, Object> values) {
        return draft.amount(field, text(draft, field, values.get(field.jsonName())));
    }

    private static BigDecimal percentage(ChargeDraft draft, PriceField field, Map<String, Object> values) {
        return draft.percentage(field, text(draft, field, values.get(field.jsonName())));
    }

    private static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object entry : list) {
                String text = text(entry);
                if (text != null) {
                    texts.add(text);
                }
            }
        } else {
            String text = text(value);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Map<String, Object> mapOrProblem(ChargeDraft draft, String field, Object value) {
        if (!(value instanceof Map<?, ?>)) {
            draft.problem(field, "is not an object");
        }
        return map(value);
    }
}
