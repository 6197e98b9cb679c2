package org.secondopinion.legal.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.secondopinion.legal.entity.LimitationCombination;
import org.secondopinion.legal.entity.MeritTrigger;

/**
 * The starting table of deadline rules, in force from 1 January 2026, as the statutes were read when it was written.
 * It seeds the editable reference data (deadline-rules.sql beside this package's resources holds the same rows) and
 * is not legal advice: where a rule is only partly modelled the source text says so.
 */
public final class DefaultDeadlineRules {

    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2026, 1, 1);

    private static final List<DeadlineRule> RULES = List.of(
            new DeadlineRule("PA", EFFECTIVE_FROM, years(2), years(2), LimitationCombination.LATER, years(7), 18,
                    MeritTrigger.AFTER_FILING, 60, 0, true, null,
                    "42 Pa.C.S. 5524(2): 2 years; by the judicial discovery rule they run from when the injury and its"
                            + " cause were known or knowable. Repose: 7 years from the act (MCARE Act, 40 P.S."
                            + " 1303.513(a)); a foreign object is excepted (513(b)). Minors: tolled to 18 (42 Pa.C.S."
                            + " 5533(b)); under 513(c) a minor may sue until 7 years after the act or the 20th"
                            + " birthday, whichever is later, which is not modelled (the 7-year repose is applied).",
                    "Pa.R.C.P. 1042.3: a certificate of merit for each defendant, with the complaint or within 60 days"
                            + " after filing it. An extension on motion for good cause (1042.3(d)) is not counted."),
            new DeadlineRule("NJ", EFFECTIVE_FROM, years(2), years(2), LimitationCombination.LATER, null, 18,
                    MeritTrigger.AFTER_ANSWER, 60, 60, true, null,
                    "N.J.S.A. 2A:14-2(a): 2 years after the claim accrues; by the discovery rule (Lopez v. Swyer,"
                            + " 62 N.J. 267 (1973)) not before the injury and its cause were known or knowable. No"
                            + " statute of repose. Minors: tolled to 18 (N.J.S.A. 2A:14-21), but a claim for an"
                            + " injury at or before birth must be brought before the 13th birthday (2A:14-2(b)),"
                            + " which is not modelled.",
                    "N.J.S.A. 2A:53A-27: an affidavit of merit for each defendant within 60 days after that"
                            + " defendant's answer; the court may grant one further period of no more than 60 days"
                            + " for good cause."),
            new DeadlineRule("TX", EFFECTIVE_FROM, years(2), null, LimitationCombination.EARLIER, years(10), 12,
                    MeritTrigger.AFTER_ANSWER, 120, 0, true, Period.ofDays(60),
                    "Tex. Civ. Prac. & Rem. Code 74.251(a): 2 years from the breach or tort or the completion of the"
                            + " treatment, with no discovery rule: record that day as the injury date. Repose: 10"
                            + " years (74.251(b)). Minors: a minor under 12 has until the 14th birthday, so the clock"
                            + " starts at 12. Notice of the claim tolls the period for 75 days (74.051(c)): enter it"
                            + " as a tolling period.",
                    "Tex. Civ. Prac. & Rem. Code 74.351(a): an expert report and curriculum vitae for each defendant"
                            + " within 120 days after that defendant's original answer; a 30-day extension to cure a"
                            + " deficient report (74.351(c)) is not counted. Notice of the claim at least 60 days"
                            + " before suit (74.051(a))."),
            new DeadlineRule("MD", EFFECTIVE_FROM, years(5), years(3), LimitationCombination.EARLIER, null, 11,
                    MeritTrigger.AFTER_FILING, 90, 0, false, null,
                    "Md. Code, Cts. & Jud. Proc. 5-109(a): 5 years from when the injury was committed or 3 years"
                            + " from when it was discovered, whichever is earlier; the 5 years are the outer limit,"
                            + " so no separate repose is kept. Minors: for a claimant under 11 at the injury the"
                            + " periods start at the 11th birthday (5-109(b)); the later start at 16 for certain"
                            + " injuries (5-109(c)) is not modelled.",
                    "Md. Code, Cts. & Jud. Proc. 3-2C-02 (see also 3-2A-04(b)): a certificate of a qualified expert"
                            + " within 90 days after the claim is filed. Extensions the statute allows are not"
                            + " counted."),
            new DeadlineRule("GA", EFFECTIVE_FROM, years(2), null, LimitationCombination.EARLIER, years(5), 5,
                    MeritTrigger.WITH_COMPLAINT, 0, 0, false, null,
                    "O.C.G.A. 9-3-71(a): 2 years from the date the injury or death occurred; 9-3-71(b): repose of 5"
                            + " years from the negligent or wrongful act. A foreign object: 1 year from discovery"
                            + " (9-3-72), not modelled. Minors: a child injured before 5 has 2 years from the 5th"
                            + " birthday (9-3-73(b)), so the clock starts at 5; such a child's longer repose (to the"
                            + " 10th birthday, 9-3-73(c), as understood here) is not modelled.",
                    "O.C.G.A. 9-11-9.1(a): an expert's affidavit filed with the complaint. The 45 days more of"
                            + " 9-11-9.1(b), when the limitations period would expire within 10 days of the"
                            + " attorney's retention, are not counted."),
            new DeadlineRule("MI", EFFECTIVE_FROM, years(2), Period.ofMonths(6), LimitationCombination.LATER, years(6), 8,
                    MeritTrigger.WITH_COMPLAINT, 0, 0, false, Period.ofDays(182),
                    "MCL 600.5805 (2 years from the act or omission, 600.5838) or 6 months after the claim was or"
                            + " should have been discovered, whichever is later (600.5838a(2)); repose: 6 years from"
                            + " the act or omission, with exceptions (600.5838a(2)). Minors: a claim accruing before"
                            + " the 8th birthday may be brought until the 10th birthday if later (600.5851(7)), so"
                            + " the clock starts at 8. A notice of intent tolls the period (600.5856(c)): enter it as"
                            + " a tolling period.",
                    "MCL 600.2912d(1): an affidavit of merit filed with the complaint; the 28 days more the court"
                            + " may allow for good cause (600.2912d(2)) are not counted. MCL 600.2912b: notice of"
                            + " intent at least 182 days before suit."),
            new DeadlineRule("IL", EFFECTIVE_FROM, null, years(2), LimitationCombination.EARLIER, years(4), 0,
                    MeritTrigger.WITH_COMPLAINT, 0, 0, false, null,
                    "735 ILCS 5/13-212(a): 2 years from when the claimant knew or should have known of the injury or"
                            + " death, and never more than 4 years after the act or omission (repose). Minors:"
                            + " 13-212(b) allows 8 years from the act but never after the 22nd birthday, instead of"
                            + " general minority tolling; not modelled: the adult periods are applied, so check a"
                            + " minor's case against the statute.",
                    "735 ILCS 5/2-622: an attorney's affidavit with a health professional's written report attached"
                            + " to the complaint. The 90 days more of 2-622(a)(2), when the limitations period is"
                            + " about to expire, are not counted."),
            new DeadlineRule("CA", EFFECTIVE_FROM, years(3), years(1), LimitationCombination.EARLIER, null, 0,
                    MeritTrigger.NONE, 0, 0, false, Period.ofDays(90),
                    "Cal. Code Civ. Proc. 340.5: 3 years after the injury or 1 year after it was or should have been"
                            + " discovered, whichever occurs first; the 3 years are extended only for fraud,"
                            + " intentional concealment or a foreign body. Minors: 3 years from the act, or to the"
                            + " 8th birthday for a child under 6, whichever is longer; not modelled: the adult"
                            + " periods are applied, so check a minor's case against the statute. A notice served in"
                            + " the last 90 days extends the time 90 days from service (CCP 364(d)); not modelled.",
                    "California requires no certificate or affidavit of merit for a medical malpractice complaint."
                            + " Notice of intent: at least 90 days before suit (Cal. Code Civ. Proc. 364(a))."));

    private DefaultDeadlineRules() {
    }

    /** Every state's starting rule, in the order of the table's ids (1 to 8). */
    public static List<DeadlineRule> all() {
        return RULES;
    }

    public static Optional<DeadlineRule> forState(String state) {
        return RULES.stream().filter(rule -> rule.state().equals(state)).findFirst();
    }

    private static Period years(int years) {
        return Period.ofYears(years);
    }
}
