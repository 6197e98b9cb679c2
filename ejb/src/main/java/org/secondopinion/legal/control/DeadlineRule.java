package org.secondopinion.legal.control;

import java.time.LocalDate;
import java.time.Period;
import org.secondopinion.legal.entity.LimitationCombination;
import org.secondopinion.legal.entity.MeritTrigger;
import org.secondopinion.legal.entity.StateDeadlineRule;

/**
 * One state's malpractice deadlines as reference data, in force from a date: they change, so they are data with a
 * source, never code. Periods are kept as the table keeps them: limitation and repose periods in whole months, the
 * notice of intent in days.
 *
 * @param state                   the two-letter state code ("PA")
 * @param effectiveFrom           the first day this row applies
 * @param limitationFromInjury    the limitations period counted from the injury; null when the state counts only
 *                                from discovery
 * @param limitationFromDiscovery the limitations period counted from discovery; null when discovery does not count
 * @param combination             which of the two periods applies when both can be counted
 * @param repose                  the outer limit counted from the incident, which no discovery rule extends; null
 *                                when the state has none
 * @param ageOfMajority           the birthday on which a minor's limitations clock starts; 0 when minority does not
 *                                toll it. Repose still applies to a minor unless the source says otherwise.
 * @param meritTrigger            what starts the time for the certificate or affidavit of merit
 * @param meritDays               days after the trigger; 0 with the complaint or when none is required
 * @param meritExtensionDays      days by which the court may extend the time once; 0 when the rule gives none
 * @param meritPerDefendant       one certificate is needed for each defendant
 * @param noticeOfIntent          how long before suit notice of intent must be given; null when none is required
 * @param limitationSource        the statutes and notes behind the limitations, repose and minority rules
 * @param meritSource             the statutes and notes behind the merit and notice rules
 */
public record DeadlineRule(String state, LocalDate effectiveFrom, Period limitationFromInjury,
                           Period limitationFromDiscovery, LimitationCombination combination, Period repose, int ageOfMajority,
                           MeritTrigger meritTrigger, int meritDays, int meritExtensionDays, boolean meritPerDefendant,
                           Period noticeOfIntent, String limitationSource, String meritSource) {

    /** The longest source text the table keeps. */
    public static final int SOURCE_LENGTH = 600;



    public DeadlineRule {
        if (state == null || !state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A state is its two capital letters, such as PA, not " + state + ".");
        }
        if (effectiveFrom == null) {
            throw new IllegalArgumentException("A deadline rule needs the date from which it applies.");
        }
        if (limitationFromInjury == null && limitationFromDiscovery == null) {
            throw new IllegalArgumentException("A deadline rule needs a limitations period from the injury, "
                    + "from discovery, or both.");
        }
        requireMonths(limitationFromInjury, "The limitations period from the injury");
        requireMonths(limitationFromDiscovery, "The limitations period from discovery");
        requireMonths(repose, "The repose period");
        if (combination == null) {
            throw new IllegalArgumentException("A deadline rule says whether the earlier or the later "
                    + "limitations date applies.");
        }
        if (ageOfMajority < 0 || ageOfMajority > 21) {
            throw new IllegalArgumentException("The age at which a minor's clock starts is 0 (no tolling) to "
                    + "21, not " + ageOfMajority + ".");
        }
        if (meritTrigger == null) {
            throw new IllegalArgumentException("A deadline rule says what starts the time for the certificate of merit.");
        }
        boolean counted = meritTrigger == MeritTrigger.AFTER_FILING || meritTrigger == MeritTrigger.AFTER_ANSWER;
        if (counted && meritDays <= 0) {
            throw new IllegalArgumentException("A certificate of merit due " + (meritTrigger == MeritTrigger.AFTER_FILING
                    ? "after filing" : "after the answer") + " needs a number of days greater than 0.");
        }
        if (!counted && meritDays != 0) {
            throw new IllegalArgumentException("A certificate of merit due with the complaint, or not "
                    + "required, counts no days, not " + meritDays + ".");
        }
        if (meritExtensionDays < 0) {
            throw new IllegalArgumentException("An extension of the certificate of merit cannot be negative days.");
        }
        if (meritTrigger == MeritTrigger.NONE && (meritExtensionDays != 0 || meritPerDefendant)) {
            throw new IllegalArgumentException("A state that requires no certificate of merit has no "
                    + "extension and none per defendant.");
        }
        if (noticeOfIntent != null && (noticeOfIntent.toTotalMonths() != 0 || noticeOfIntent.getDays() <= 0)) {
            throw new IllegalArgumentException("A notice-of-intent period is a number of days greater than 0, "
                    + "not " + noticeOfIntent + ".");
        }
        requireSource(limitationSource, "limitations");
        requireSource(meritSource, "certificate of merit");
    }

    /** Whether the claimant's minority keeps the limitations clock from running. */
    public boolean tollsMinority() {
        return ageOfMajority > 0;
    }

    private static void requireMonths(Period period, String what) {
        if (period != null && (period.getDays() != 0 || period.toTotalMonths() <= 0)) {
            throw new IllegalArgumentException(what + " is a whole number of months or years greater than 0, "
                    + "not " + period + ".");
        }
    }

    private static void requireSource(String source, String what) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A deadline rule needs the source of its " + what + " rule.");
        }
        if (source.length() > SOURCE_LENGTH) {
            throw new IllegalArgumentException("The source of the " + what + " rule has " + source.length()
                    + " characters; at most " + SOURCE_LENGTH + " are kept.");
        }
    }

    /** The rule a state's table row holds (the row keeps the figures; this record checks and applies them). */
    public static DeadlineRule of(StateDeadlineRule row) {
        return new DeadlineRule(row.getState(), row.getEffectiveFrom(), months(row.getLimitationInjuryMonths()),
                months(row.getLimitationDiscoveryMonths()), row.getCombination(), months(row.getReposeMonths()),
                row.getAgeOfMajority(), row.getMeritTrigger(), row.getMeritDays(), row.getMeritExtensionDays(),
                row.isMeritPerDefendant(),
                row.getNoticeOfIntentDays() == null ? null : Period.ofDays(row.getNoticeOfIntentDays()),
                row.getLimitationSource(), row.getMeritSource());
    }

    private static Period months(Integer months) {
        return months == null ? null : Period.ofMonths(months);
    }

}
