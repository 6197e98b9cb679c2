package org.secondopinion.estimate.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.secondopinion.platform.control.Money;

/**
 * Whether a bill lets an uninsured or self-pay patient use the patient-provider dispute resolution process
 * (45 CFR 149.620): the bill from one provider or facility is at least $400 more than that provider's or
 * facility's expected charges on the Good Faith Estimate, and the patient starts within 120 calendar days of
 * the bill date.
 *
 * @param provider  the provider or facility that sent the bill
 * @param estimated the expected charges for that provider or facility on the Good Faith Estimate
 * @param billed    the total the bill charges
 * @param billDate  the date on the bill
 */
public record BillDispute(String provider, BigDecimal estimated, BigDecimal billed, LocalDate billDate)
        implements Serializable {

    /** How far above the estimate a bill must be; exactly this much counts. */
    public static final BigDecimal THRESHOLD = new BigDecimal("400.00");

    /** Calendar days after the bill date in which a dispute can be started. */
    public static final int DAYS_TO_DISPUTE = 120;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    public BillDispute {
        if (provider == null || provider.isBlank()) {
            throw new IllegalArgumentException("A bill dispute needs the provider or facility that sent the bill.");
        }
        if (estimated == null || billed == null) {
            throw new IllegalArgumentException("A bill dispute needs the estimated and the billed amount.");
        }
        if (estimated.signum() < 0 || billed.signum() < 0) {
            throw new IllegalArgumentException("The estimated and billed amounts cannot be negative.");
        }
        if (billDate == null) {
            throw new IllegalArgumentException("A bill dispute needs the date on the bill.");
        }
    }

    public static BillDispute of(String provider, BigDecimal estimated, BigDecimal billed, LocalDate billDate) {
        return new BillDispute(provider, estimated, billed, billDate);
    }

    /** How much the bill is above the estimate; zero when it is not above it. */
    public BigDecimal excess() {
        return Money.atLeastZero(billed.subtract(estimated));
    }

    /** The bill is at least $400.00 above the estimate. */
    public boolean eligible() {
        return billed.subtract(estimated).compareTo(THRESHOLD) >= 0;
    }

    /** The last day to start a dispute: 120 calendar days after the bill date. */
    public LocalDate disputeBy() {
        return billDate.plusDays(DAYS_TO_DISPUTE);
    }

    /** The outcome in a sentence for the patient or the billing office. */
    public String explanation() {
        String bill = "The bill from " + provider + " for " + Money.dollars(billed);
        if (billed.compareTo(estimated) <= 0) {
            return bill + " is not more than the estimate of " + Money.dollars(estimated) + ": there is nothing to dispute.";
        }
        String above = bill + " is " + Money.dollars(excess()) + " more than the estimate of " + Money.dollars(estimated);
        if (eligible()) {
            return above + ", at least " + Money.dollars(THRESHOLD) + ": the patient may start the patient-provider dispute "
                    + "resolution process by " + DAY.format(disputeBy()) + ", " + DAYS_TO_DISPUTE
                    + " calendar days after the bill date.";
        }
        return above + ", less than the " + Money.dollars(THRESHOLD) + " needed to start the patient-provider dispute "
                + "resolution process.";
    }
}
