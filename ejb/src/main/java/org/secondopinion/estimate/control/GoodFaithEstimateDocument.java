package org.secondopinion.estimate.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.platform.control.Money;

/**
 * What one Good Faith Estimate for an uninsured or self-pay patient says (45 CFR 149.610(c)): who it is for,
 * the primary service and when, the expected charges itemised by provider or facility under each section (the
 * second-opinion workup, then each treatment option), the items that will be estimated separately, and how to
 * reach the billing office. {@link GoodFaithEstimatePdf} adds the disclaimers the rule requires.
 *
 * @param reference           the estimate and its version, e.g. "EST-000123 v2"
 * @param issuedOn            the day the estimate is given to the patient
 * @param deadline            the deadline the estimate answers
 * @param patientName         the patient's name
 * @param patientBirthDate    the patient's date of birth
 * @param primaryService      the primary item or service, in plain language
 * @param scheduledDate       the day of the primary service; null when not yet scheduled
 * @param diagnosisCodes      the ICD-10-CM codes of the estimate as a whole
 * @param sections            the workup and each option, at least one
 * @param separatelyScheduled items or services that must be scheduled separately and get their own estimate
 * @param contact             how to reach the billing office, and how to get the separate estimates
 */
public record GoodFaithEstimateDocument(String reference, LocalDate issuedOn, GoodFaithEstimateDeadline deadline,
                                        String patientName, LocalDate patientBirthDate, String primaryService,
                                        LocalDate scheduledDate, List<String> diagnosisCodes, List<Section> sections,
                                        List<String> separatelyScheduled, String contact) {

    public GoodFaithEstimateDocument {
        if (blank(reference) || issuedOn == null || deadline == null) {
            throw new IllegalArgumentException("A Good Faith Estimate needs its reference, issue date and deadline.");
        }
        if (blank(patientName) || patientBirthDate == null) {
            throw new IllegalArgumentException("A Good Faith Estimate needs the patient's name and date of birth.");
        }
        if (patientBirthDate.isAfter(issuedOn)) {
            throw new IllegalArgumentException("The patient's date of birth " + patientBirthDate
                    + " comes after the issue date " + issuedOn + ".");
        }
        if (blank(primaryService)) {
            throw new IllegalArgumentException("A Good Faith Estimate needs the primary item or service in plain language.");
        }
        if (sections == null || sections.isEmpty()) {
            throw new IllegalArgumentException("A Good Faith Estimate needs at least one section of expected charges.");
        }
        if (blank(contact)) {
            throw new IllegalArgumentException("A Good Faith Estimate needs the billing office's contact details.");
        }
        diagnosisCodes = copy(diagnosisCodes, "diagnosis code");
        sections = List.copyOf(sections);
        separatelyScheduled = copy(separatelyScheduled, "separately scheduled item");
    }

    /**
     * One part of the estimate, such as "Second-opinion workup" or "Option: Total knee replacement", with the
     * providers and facilities that take part in it.
     */
    public record Section(String title, List<ProviderGroup> providers, BigDecimal total) {

        public Section {
            if (blank(title)) {
                throw new IllegalArgumentException("A section of a Good Faith Estimate needs a title.");
            }
            if (providers == null || providers.isEmpty()) {
                throw new IllegalArgumentException("The section \"" + title + "\" needs at least one provider or facility.");
            }
            providers = List.copyOf(providers);
            BigDecimal sum = providers.stream().map(ProviderGroup::total).reduce(Money.ZERO, BigDecimal::add);
            if (total == null || total.compareTo(sum) != 0) {
                throw new IllegalArgumentException("The total of the section \"" + title + "\" must be the sum of its "
                        + "providers' totals, $" + Money.format(sum) + ".");
            }
        }

        /** A section whose total is the sum of its providers' totals. */
        public static Section of(String title, List<ProviderGroup> providers) {
            BigDecimal sum = providers == null ? null
                    : providers.stream().map(ProviderGroup::total).reduce(Money.ZERO, BigDecimal::add);
            return new Section(title, providers, sum);
        }
    }

    /**
     * The items one provider or facility expects to furnish, with what identifies it: name, National Provider
     * Identifier, Taxpayer Identification Number, and where the care takes place.
     *
     * @param npi      the ten-digit NPI
     * @param tin      the nine-digit TIN, written 12-3456789 or 123456789
     * @param location the address where the items or services are furnished
     * @param state    the two-letter postal code of that state
     */
    public record ProviderGroup(String name, String npi, String tin, String location, String state, List<Item> items,
                                BigDecimal total) {

        public ProviderGroup {
            if (blank(name)) {
                throw new IllegalArgumentException("A provider or facility on a Good Faith Estimate needs a name.");
            }
            if (npi == null || !npi.matches("\\d{10}")) {
                throw new IllegalArgumentException("The NPI of " + name + " must be ten digits, not \"" + npi + "\".");
            }
            if (tin == null || !tin.matches("\\d{2}-?\\d{7}")) {
                throw new IllegalArgumentException("The TIN of " + name + " must be nine digits, such as 12-3456789, not \""
                        + tin + "\".");
            }
            if (blank(location)) {
                throw new IllegalArgumentException("The location where " + name + " provides the care is required.");
            }
            if (state == null || !state.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("The state where " + name + " provides the care is its two-letter "
                        + "postal code, such as TX, not \"" + state + "\".");
            }
            if (items == null || items.isEmpty()) {
                throw new IllegalArgumentException(name + " needs at least one item or service.");
            }
            items = List.copyOf(items);
            BigDecimal sum = items.stream().map(Item::expectedCharge).reduce(Money.ZERO, BigDecimal::add);
            if (total == null || total.compareTo(sum) != 0) {
                throw new IllegalArgumentException("The total for " + name + " must be the sum of its expected charges, $"
                        + Money.format(sum) + ".");
            }
        }

        /** A provider or facility whose total is the sum of its expected charges. */
        public static ProviderGroup of(String name, String npi, String tin, String location, String state,
                                       List<Item> items) {
            BigDecimal sum = items == null ? null
                    : items.stream().map(Item::expectedCharge).reduce(Money.ZERO, BigDecimal::add);
            return new ProviderGroup(name, npi, tin, location, state, items, sum);
        }
    }

    /**
     * One expected item or service.
     *
     * @param date           the expected day of service; null when not yet known
     * @param serviceCode    the CPT, HCPCS, DRG or NDC code
     * @param codeType       the code set, e.g. "CPT"; may be null
     * @param description    the item or service in plain language
     * @param diagnosisCodes the ICD-10-CM codes it is for; may be empty
     * @param units          how many, at least one
     * @param expectedCharge the expected charge for all the units, in dollars and cents
     */
    public record Item(LocalDate date, String serviceCode, String codeType, String description,
                       List<String> diagnosisCodes, int units, BigDecimal expectedCharge) {

        public Item {
            if (blank(serviceCode) || blank(description)) {
                throw new IllegalArgumentException("An item of a Good Faith Estimate needs its service code and description.");
            }
            if (units < 1) {
                throw new IllegalArgumentException("The item " + serviceCode + " needs at least one unit, not " + units + ".");
            }
            if (expectedCharge == null || expectedCharge.signum() < 0) {
                throw new IllegalArgumentException("The item " + serviceCode + " needs an expected charge of zero or more.");
            }
            if (expectedCharge.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("The expected charge of " + serviceCode + " is in whole cents, not "
                        + expectedCharge.toPlainString() + ".");
            }
            diagnosisCodes = copy(diagnosisCodes, "diagnosis code");
        }
    }

    private static List<String> copy(List<String> texts, String what) {
        if (texts == null) {
            return List.of();
        }
        for (String text : texts) {
            if (blank(text)) {
                throw new IllegalArgumentException("A " + what + " cannot be blank.");
            }
        }
        return List.copyOf(texts);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
