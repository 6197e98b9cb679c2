package org.secondopinion.legal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.secondopinion.legal.control.Deadline.Kind;

class DeadlineCalculatorTest {

    private static final DeadlineRule PA = rule("PA");
    private static final DeadlineRule NJ = rule("NJ");
    private static final DeadlineRule TX = rule("TX");
    private static final DeadlineRule MD = rule("MD");
    private static final DeadlineRule GA = rule("GA");
    private static final DeadlineRule MI = rule("MI");
    private static final DeadlineRule IL = rule("IL");
    private static final DeadlineRule CA = rule("CA");

    @Nested
    class PerState {

        @Test
        void pennsylvaniaTakesTheLaterOfInjuryAndDiscoveryAndCountsSixtyDaysFromFiling() {
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2024, 3, 12)).withDiscovery(LocalDate.of(2024, 4, 15))
                    .withComplaintFiled(LocalDate.of(2026, 3, 2));

            List<Deadline> deadlines = DeadlineCalculator.forDefendant(PA, dates, null, List.of());

            // injury (the incident) 12 Mar 2024 + 2 years = Thu 12 Mar 2026; discovery 15 Apr 2024 + 2 years = Wed 15 Apr 2026;
            // the later applies: Wed 15 Apr 2026, within the 7-year repose (12 Mar 2031)
            Deadline limitations = find(deadlines, Kind.LIMITATIONS);
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2026, 4, 15));
            assertThat(limitations.moved()).isFalse();
            assertThat(limitations.explanation()).contains(
                    "No injury date is given, so the incident on Tue 12 Mar 2024 counts as the day of injury.",
                    "From the injury on Tue 12 Mar 2024: 2 years, to Thu 12 Mar 2026.",
                    "From discovery on Mon 15 Apr 2024: 2 years, to Wed 15 Apr 2026.",
                    "The later of the two applies: Wed 15 Apr 2026, counted from discovery.",
                    "That is within the 7 years repose from the incident, which ends on Wed 12 Mar 2031.");
            assertThat(limitations.explanation().get(0))
                    .startsWith("Limitations in PA: 2 years from the injury or 2 years from discovery, whichever is later. Source: 42 Pa.C.S. 5524(2)");
            // 12 Mar 2024 + 7 years = Wed 12 Mar 2031
            assertThat(find(deadlines, Kind.REPOSE).date()).isEqualTo(LocalDate.of(2031, 3, 12));
            // filed Mon 2 Mar 2026 + 60 days = Fri 1 May 2026
            Deadline merit = find(deadlines, Kind.CERTIFICATE_OF_MERIT);
            assertThat(merit.date()).isEqualTo(LocalDate.of(2026, 5, 1));
            assertThat(merit.explanation().get(0)).startsWith("Certificate of merit in PA: within 60 days of filing the "
                    + "complaint on Mon 2 Mar 2026, so by Fri 1 May 2026. One is needed for each defendant. Source: Pa.R.C.P. 1042.3");
            assertThat(deadlines).extracting(Deadline::kind)
                    .containsExactly(Kind.LIMITATIONS, Kind.REPOSE, Kind.CERTIFICATE_OF_MERIT);
        }

        @Test
        void newJerseyMovesASaturdayToMondayAndCountsSixtyDaysFromTheAnswerWithTheExtensionNoted() {
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2023, 9, 5)).withDiscovery(LocalDate.of(2024, 1, 10))
                    .withComplaintFiled(LocalDate.of(2025, 6, 2));

            List<Deadline> deadlines = DeadlineCalculator.forDefendant(NJ, dates, LocalDate.of(2025, 8, 4), List.of());

            // discovery 10 Jan 2024 + 2 years = Sat 10 Jan 2026, later than 5 Sep 2025 -> Mon 12 Jan 2026; no repose in NJ
            Deadline limitations = find(deadlines, Kind.LIMITATIONS);
            assertThat(limitations.beforeRollForward()).isEqualTo(LocalDate.of(2026, 1, 10));
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2026, 1, 12));
            assertThat(limitations.explanation()).contains(
                    "Sat 10 Jan 2026 is a Saturday, so the deadline moves to the next business day, Mon 12 Jan 2026.");
            // answered Mon 4 Aug 2025 + 60 days = Fri 3 Oct 2025; extended once by 60: Tue 2 Dec 2025
            Deadline merit = find(deadlines, Kind.CERTIFICATE_OF_MERIT);
            assertThat(merit.date()).isEqualTo(LocalDate.of(2025, 10, 3));
            assertThat(merit.explanation()).contains("The court may extend it once by up to 60 days, to Tue 2 Dec 2025; "
                    + "the date above does not assume an extension.");
            assertThat(deadlines).extracting(Deadline::kind).containsExactly(Kind.LIMITATIONS, Kind.CERTIFICATE_OF_MERIT);
        }

        @Test
        void newJerseyHasNoMeritDateUntilThatDefendantAnswers() {
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2023, 9, 5)).withComplaintFiled(LocalDate.of(2025, 6, 2));

            Deadline merit = find(DeadlineCalculator.forDefendant(NJ, dates, null, List.of()), Kind.CERTIFICATE_OF_MERIT);

            assertThat(merit.dated()).isFalse();
            assertThat(merit.beforeRollForward()).isNull();
            assertThat(merit.explanation().get(0)).startsWith("Certificate of merit in NJ: within 60 days of this "
                    + "defendant's answer; there is no date until then, as this defendant has not answered yet.");
        }

        @Test
        void texasCountsFromTheTreatmentGivesTheExpertReport120DaysAfterTheAnswerAndNoticeSixtyDaysBefore() {
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2024, 5, 20)).withDiscovery(LocalDate.of(2025, 1, 6))
                    .withComplaintFiled(LocalDate.of(2025, 1, 10));

            List<Deadline> deadlines = DeadlineCalculator.forDefendant(TX, dates, LocalDate.of(2025, 2, 3), List.of());

            // 20 May 2024 + 2 years = Wed 20 May 2026; discovery does not count in Texas
            Deadline limitations = find(deadlines, Kind.LIMITATIONS);
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2026, 5, 20));
            assertThat(limitations.explanation())
                    .contains("In TX the period runs from the injury; the discovery date does not move it.");
            // 20 May 2024 + 10 years = Sat 20 May 2034 -> Mon 22 May 2034
            assertThat(find(deadlines, Kind.REPOSE).date()).isEqualTo(LocalDate.of(2034, 5, 22));
            // 20 May 2026 - 60 days = Sat 21 Mar 2026; counted backward -> Fri 20 Mar 2026
            Deadline notice = find(deadlines, Kind.NOTICE_OF_INTENT);
            assertThat(notice.beforeRollForward()).isEqualTo(LocalDate.of(2026, 3, 21));
            assertThat(notice.date()).isEqualTo(LocalDate.of(2026, 3, 20));
            assertThat(notice.explanation()).contains("Sat 21 Mar 2026 is a Saturday; a period counted backward moves "
                    + "to the business day before, Fri 20 Mar 2026.");
            // answered Mon 3 Feb 2025 + 120 days = Tue 3 Jun 2025
            Deadline report = find(deadlines, Kind.CERTIFICATE_OF_MERIT);
            assertThat(report.date()).isEqualTo(LocalDate.of(2025, 6, 3));
            assertThat(report.explanation().get(0)).startsWith("Certificate of merit in TX: within 120 days of this "
                    + "defendant's answer on Mon 3 Feb 2025, so by Tue 3 Jun 2025. One is needed for each defendant.");
        }

        @Test
        void marylandTakesTheEarlierOfFiveYearsFromInjuryAndThreeFromDiscovery() {
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2021, 2, 10)).withInjury(LocalDate.of(2021, 2, 10))
                    .withDiscovery(LocalDate.of(2025, 6, 1)).withComplaintFiled(LocalDate.of(2025, 11, 3));

            List<Deadline> deadlines = DeadlineCalculator.forDefendant(MD, dates, null, List.of());

            // injury 10 Feb 2021 + 5 years = Tue 10 Feb 2026; discovery 1 Jun 2025 + 3 years = 1 Jun 2028; earlier: 10 Feb 2026
            Deadline limitations = find(deadlines, Kind.LIMITATIONS);
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2026, 2, 10));
            assertThat(limitations.explanation()).contains("The earlier of the two applies: Tue 10 Feb 2026, counted from the injury.");
            // filed Mon 3 Nov 2025 + 90 days = Sun 1 Feb 2026 -> Mon 2 Feb 2026
            Deadline merit = find(deadlines, Kind.CERTIFICATE_OF_MERIT);
            assertThat(merit.beforeRollForward()).isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(merit.date()).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(deadlines).extracting(Deadline::kind).containsExactly(Kind.LIMITATIONS, Kind.CERTIFICATE_OF_MERIT);
        }

        @Test
        void georgiaWantsTheAffidavitWithTheComplaint() {
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2024, 7, 1)).withComplaintFiled(LocalDate.of(2026, 1, 15));

            List<Deadline> deadlines = DeadlineCalculator.forDefendant(GA, dates, null, List.of());

            // 1 Jul 2024 + 2 years = Wed 1 Jul 2026; repose 1 Jul 2024 + 5 years = Sun 1 Jul 2029 -> Mon 2 Jul 2029
            assertThat(find(deadlines, Kind.LIMITATIONS).date()).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(find(deadlines, Kind.REPOSE).date()).isEqualTo(LocalDate.of(2029, 7, 2));
            // due the day the complaint was filed, Thu 15 Jan 2026
            Deadline merit = find(deadlines, Kind.CERTIFICATE_OF_MERIT);
            assertThat(merit.date()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(merit.explanation().get(0)).startsWith(
                    "Certificate of merit in GA: due with the complaint, filed on Thu 15 Jan 2026. Source: O.C.G.A. 9-11-9.1(a)");
        }

        @Test
        void georgiaSaysDueWithTheComplaintWithoutADateBeforeItIsFiled() {
            Deadline merit = find(DeadlineCalculator.forDefendant(GA, CaseDates.incidentOn(LocalDate.of(2024, 7, 1)), null,
                    List.of()), Kind.CERTIFICATE_OF_MERIT);

            assertThat(merit.date()).isNull();
            assertThat(merit.explanation().get(0))
                    .startsWith("Certificate of merit in GA: due with the complaint, which has not been filed yet.");
        }

        @Test
        void michiganTakesTheLaterOfTwoYearsAndSixMonthsFromDiscoveryPastLaborDay() {
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2022, 1, 10)).withDiscovery(LocalDate.of(2024, 3, 1))
                    .withNoticeOfIntent(LocalDate.of(2024, 3, 1));

            List<Deadline> deadlines = DeadlineCalculator.forDefendant(MI, dates, null, List.of());

            // 10 Jan 2022 + 2 years = 10 Jan 2024; discovery 1 Mar 2024 + 6 months = Sun 1 Sep 2024, the later;
            // Mon 2 Sep 2024 is Labor Day -> Tue 3 Sep 2024
            Deadline limitations = find(deadlines, Kind.LIMITATIONS);
            assertThat(limitations.beforeRollForward()).isEqualTo(LocalDate.of(2024, 9, 1));
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2024, 9, 3));
            assertThat(limitations.explanation()).contains(
                    "From discovery on Fri 1 Mar 2024: 6 months, to Sun 1 Sep 2024.",
                    "Sun 1 Sep 2024 is a Sunday, so the deadline moves to the next business day, Tue 3 Sep 2024.");
            // 10 Jan 2022 + 6 years = Mon 10 Jan 2028
            assertThat(find(deadlines, Kind.REPOSE).date()).isEqualTo(LocalDate.of(2028, 1, 10));
            // 1 Sep 2024 - 182 days = Sun 3 Mar 2024 -> back to Fri 1 Mar 2024; notice given 1 Mar 2024 + 182 days = 30 Aug 2024
            Deadline notice = find(deadlines, Kind.NOTICE_OF_INTENT);
            assertThat(notice.date()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(notice.explanation()).contains(
                    "For the notice period to end by the limitations date, Sun 1 Sep 2024, notice must be given by Sun 3 Mar 2024, 182 days before it.",
                    "Notice was given on Fri 1 Mar 2024, in time; the complaint may be filed from Fri 30 Aug 2024 on, 182 days later.");
            assertThat(find(deadlines, Kind.CERTIFICATE_OF_MERIT).explanation().get(0))
                    .startsWith("Certificate of merit in MI: due with the complaint, which has not been filed yet.");
        }

        @Test
        void illinoisCountsFromDiscoveryPastASaturdayAndPresidentsDay() {
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2023, 10, 2)).withDiscovery(LocalDate.of(2024, 2, 14));

            List<Deadline> deadlines = DeadlineCalculator.forDefendant(IL, dates, null, List.of());

            // 14 Feb 2024 + 2 years = Sat 14 Feb 2026; Mon 16 Feb 2026 is Washington's Birthday -> Tue 17 Feb 2026
            Deadline limitations = find(deadlines, Kind.LIMITATIONS);
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2026, 2, 17));
            assertThat(limitations.explanation()).contains(
                    "Sat 14 Feb 2026 is a Saturday, so the deadline moves to the next business day, Tue 17 Feb 2026.");
            // 2 Oct 2023 + 4 years = Sat 2 Oct 2027 -> Mon 4 Oct 2027
            assertThat(find(deadlines, Kind.REPOSE).date()).isEqualTo(LocalDate.of(2027, 10, 4));
        }

        @Test
        void californiaTakesTheEarlierOfThreeYearsAndOneYearFromDiscoveryAndNeedsNoCertificate() {
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2024, 6, 3)).withInjury(LocalDate.of(2024, 6, 3))
                    .withDiscovery(LocalDate.of(2025, 1, 20));

            List<Deadline> deadlines = DeadlineCalculator.forDefendant(CA, dates, null, List.of());

            // injury 3 Jun 2024 + 3 years = 3 Jun 2027; discovery 20 Jan 2025 + 1 year = Tue 20 Jan 2026, the earlier
            assertThat(find(deadlines, Kind.LIMITATIONS).date()).isEqualTo(LocalDate.of(2026, 1, 20));
            // 20 Jan 2026 - 90 days = Wed 22 Oct 2025
            assertThat(find(deadlines, Kind.NOTICE_OF_INTENT).date()).isEqualTo(LocalDate.of(2025, 10, 22));
            assertThat(deadlines).extracting(Deadline::kind).containsExactly(Kind.LIMITATIONS, Kind.NOTICE_OF_INTENT);
        }
    }

    @Nested
    class MissingDates {

        @Test
        void countsOnlyTheInjuryPeriodAndSaysDiscoveryMayEndSoonerWhenTheEarlierApplies() {
            Deadline limitations = find(DeadlineCalculator.forDefendant(CA,
                    CaseDates.incidentOn(LocalDate.of(2024, 6, 3)), null, List.of()), Kind.LIMITATIONS);

            // 3 Jun 2024 + 3 years = Thu 3 Jun 2027
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2027, 6, 3));
            assertThat(limitations.explanation()).contains("No discovery date is given, so only the 3 years from the "
                    + "injury are counted; 1 year from discovery may end sooner once a discovery date is known.");
        }

        @Test
        void countsADiscoveryOnlyPeriodFromTheInjuryTheEarliestDiscoveryCouldBe() {
            Deadline limitations = find(DeadlineCalculator.forDefendant(IL,
                    CaseDates.incidentOn(LocalDate.of(2023, 10, 2)).withInjury(LocalDate.of(2023, 11, 6)), null, List.of()),
                    Kind.LIMITATIONS);

            // injury 6 Nov 2023 + 2 years = Thu 6 Nov 2025
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2025, 11, 6));
            assertThat(limitations.explanation()).contains("No discovery date is given, so the 2 years are counted from "
                    + "the injury, the earliest it could have been discovered.");
        }
    }

    @Nested
    class Minors {

        @Test
        void startsAMinorsClockAtTheEighteenthBirthday() {
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2020, 3, 10)).withClaimantBorn(LocalDate.of(2015, 6, 15));

            Deadline limitations = find(DeadlineCalculator.forDefendant(NJ, dates, null, List.of()), Kind.LIMITATIONS);

            // born 15 Jun 2015: 18th birthday Wed 15 Jun 2033; + 2 years = Fri 15 Jun 2035
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2035, 6, 15));
            assertThat(limitations.explanation()).contains("On the injury, Tue 10 Mar 2020, the claimant (born Mon 15 Jun 2015) "
                    + "was under 18, and the clock does not run for a minor: it starts on the 18th birthday, Wed 15 Jun 2033; "
                    + "2 years from then is Fri 15 Jun 2035.");
        }

        @Test
        void leavesAnAdultsClockAlone() {
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2020, 3, 10)).withClaimantBorn(LocalDate.of(1990, 6, 15));

            // 10 Mar 2020 + 2 years = Thu 10 Mar 2022
            assertThat(find(DeadlineCalculator.forDefendant(NJ, dates, null, List.of()), Kind.LIMITATIONS).date())
                    .isEqualTo(LocalDate.of(2022, 3, 10));
        }

        @Test
        void stillCapsAMinorsClockByRepose() {
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2020, 3, 10)).withClaimantBorn(LocalDate.of(2019, 4, 1));

            Deadline limitations = find(DeadlineCalculator.forDefendant(GA, dates, null, List.of()), Kind.LIMITATIONS);

            // 5th birthday 1 Apr 2024 + 2 years = 1 Apr 2026; repose 10 Mar 2020 + 5 years = Mon 10 Mar 2025, sooner
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2025, 3, 10));
            assertThat(limitations.explanation()).contains(
                    "The 5 years repose from the incident on Tue 10 Mar 2020 ends sooner, on Mon 10 Mar 2025, and no "
                            + "discovery rule extends it: the limitations date is Mon 10 Mar 2025.",
                    "The repose applies to a minor as well in this calculation; see the source for any exception for minors.");
        }

        @Test
        void startsBothMarylandPeriodsAtTheEleventhBirthday() {
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2020, 3, 10)).withDiscovery(LocalDate.of(2021, 5, 3))
                    .withClaimantBorn(LocalDate.of(2015, 6, 15));

            // 11th birthday Mon 15 Jun 2026: + 5 years = 15 Jun 2031, + 3 years = Thu 15 Jun 2029; the earlier
            assertThat(find(DeadlineCalculator.forDefendant(MD, dates, null, List.of()), Kind.LIMITATIONS).date())
                    .isEqualTo(LocalDate.of(2029, 6, 15));
        }

        @Test
        void saysMinorityIsNotConsideredWithoutABirthDate() {
            Deadline limitations = find(DeadlineCalculator.forDefendant(NJ, CaseDates.incidentOn(LocalDate.of(2020, 3, 10)),
                    null, List.of()), Kind.LIMITATIONS);

            assertThat(limitations.explanation())
                    .contains("No birth date is given for the claimant, so minority is not considered.");
        }
    }

    @Nested
    class Tolling {

        @Test
        void countsTheDaysOfTwoOverlappingPeriodsOnce() {
            List<TollingEvent> tolling = List.of(
                    new TollingEvent(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), "bankruptcy stay"),
                    new TollingEvent(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 9), "defendant out of state"));

            Deadline limitations = find(DeadlineCalculator.forDefendant(NJ,
                    CaseDates.incidentOn(LocalDate.of(2024, 3, 4)), null, tolling), Kind.LIMITATIONS);

            // 4 Mar 2024 + 2 years = 4 Mar 2026; tolled 1 Jan - 9 Feb 2025 = 31 + 9 = 40 days (not 31 + 21 = 52)
            // -> Mon 13 Apr 2026
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2026, 4, 13));
            assertThat(limitations.explanation()).contains("Tolling adds 40 days (bankruptcy stay Wed 1 Jan 2025 – Fri 31 Jan 2025; "
                    + "defendant out of state Mon 20 Jan 2025 – Sun 9 Feb 2025), counting only days after the clock started, "
                    + "and days in overlapping periods once: to Mon 13 Apr 2026.");
        }

        @Test
        void ignoresDaysBeforeTheClockStartedAndAfterTheDeadline() {
            List<TollingEvent> tolling = List.of(
                    new TollingEvent(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 4), "before the clock started"),
                    new TollingEvent(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), "after the deadline"));

            Deadline limitations = find(DeadlineCalculator.forDefendant(NJ,
                    CaseDates.incidentOn(LocalDate.of(2024, 3, 4)), null, tolling), Kind.LIMITATIONS);

            // the clock starts 4 Mar 2024, so the first period adds nothing; the second starts after Wed 4 Mar 2026
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(limitations.explanation()).noneMatch(sentence -> sentence.startsWith("Tolling"));
        }

        @Test
        void countsOnlyTheDaysAfterAMinorsClockStarted() {
            List<TollingEvent> tolling = List.of(
                    new TollingEvent(LocalDate.of(2033, 6, 1), LocalDate.of(2033, 6, 30), "defendant out of state"));
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2020, 3, 10)).withClaimantBorn(LocalDate.of(2015, 6, 15));

            Deadline limitations = find(DeadlineCalculator.forDefendant(NJ, dates, null, tolling), Kind.LIMITATIONS);

            // the clock starts on the 18th birthday, 15 Jun 2033: only 16-30 Jun count, 15 days;
            // 15 Jun 2035 + 15 days = Sat 30 Jun 2035 -> Mon 2 Jul 2035
            assertThat(limitations.beforeRollForward()).isEqualTo(LocalDate.of(2035, 6, 30));
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2035, 7, 2));
            assertThat(limitations.explanation()).anyMatch(sentence -> sentence.startsWith("Tolling adds 15 days"));
        }

        @Test
        void keepsCountingAPeriodThatTheMovingDeadlineRunsInto() {
            List<TollingEvent> tolling = List.of(
                    new TollingEvent(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), "bankruptcy stay"));

            Deadline limitations = find(DeadlineCalculator.forDefendant(NJ,
                    CaseDates.incidentOn(LocalDate.of(2024, 3, 4)), null, tolling), Kind.LIMITATIONS);

            // 4 Mar 2026: 1-4 Mar tolled -> 8 Mar; 1-8 Mar -> 12 Mar; 1-10 Mar (all 10 days) -> Sat 14 Mar 2026 -> Mon 16 Mar 2026
            assertThat(limitations.beforeRollForward()).isEqualTo(LocalDate.of(2026, 3, 14));
            assertThat(limitations.date()).isEqualTo(LocalDate.of(2026, 3, 16));
        }

        @Test
        void isCappedByRepose() {
            List<TollingEvent> tolling = List.of(
                    new TollingEvent(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "bankruptcy stay"));
            CaseDates dates = CaseDates.incidentOn(LocalDate.of(2022, 6, 1)).withInjury(LocalDate.of(2024, 9, 1));

            // injury 1 Sep 2024 + 2 years = 1 Sep 2026 + 365 tolled days = 1 Sep 2027; repose 1 Jun 2022 + 5 years = Tue 1 Jun 2027
            assertThat(find(DeadlineCalculator.forDefendant(GA, dates, null, tolling), Kind.LIMITATIONS).date())
                    .isEqualTo(LocalDate.of(2027, 6, 1));
        }
    }

    @Test
    void capsALateDiscoveryByRepose() {
        CaseDates dates = CaseDates.incidentOn(LocalDate.of(2018, 5, 1)).withDiscovery(LocalDate.of(2024, 9, 1));

        Deadline limitations = find(DeadlineCalculator.forDefendant(PA, dates, null, List.of()), Kind.LIMITATIONS);

        // discovery 1 Sep 2024 + 2 years = 1 Sep 2026, the later; repose 1 May 2018 + 7 years = Thu 1 May 2025
        assertThat(limitations.date()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(limitations.explanation()).contains("The 7 years repose from the incident on Tue 1 May 2018 ends sooner, "
                + "on Thu 1 May 2025, and no discovery rule extends it: the limitations date is Thu 1 May 2025.");
    }

    @Test
    void endsAPeriodFromTwentyNinthFebruaryOnTheTwentyEighth() {
        Deadline limitations = find(DeadlineCalculator.forDefendant(NJ, CaseDates.incidentOn(LocalDate.of(2024, 2, 29)),
                null, List.of()), Kind.LIMITATIONS);

        // 29 Feb 2024 + 2 years = Sat 28 Feb 2026 (2026 has no 29 Feb) -> Mon 2 Mar 2026
        assertThat(LocalDate.of(2024, 2, 29).plusYears(2)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(limitations.beforeRollForward()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(limitations.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(limitations.explanation()).contains(
                "2026 has no 29 February, so the period from 29 February ends on 28 February.");
    }

    @Test
    void endsAOneYearPeriodFromTwentyNinthFebruaryOnTheTwentyEighth() {
        // California: discovery 29 Feb 2024 + 1 year = Fri 28 Feb 2025
        CaseDates dates = CaseDates.incidentOn(LocalDate.of(2024, 2, 1)).withDiscovery(LocalDate.of(2024, 2, 29));

        assertThat(find(DeadlineCalculator.forDefendant(CA, dates, null, List.of()), Kind.LIMITATIONS).date())
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void movesADeadlineOnAnObservedHolidayToTheNextBusinessDay() {
        // 3 Jul 2024 + 2 years = Fri 3 Jul 2026, Independence Day observed -> Mon 6 Jul 2026
        Deadline limitations = find(DeadlineCalculator.forDefendant(NJ, CaseDates.incidentOn(LocalDate.of(2024, 7, 3)),
                null, List.of()), Kind.LIMITATIONS);

        assertThat(limitations.date()).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(limitations.explanation()).contains(
                "Fri 3 Jul 2026 is a federal holiday, so the deadline moves to the next business day, Mon 6 Jul 2026.");
    }

    @Test
    void refusesAnAnswerBeforeTheComplaint() {
        CaseDates dates = CaseDates.incidentOn(LocalDate.of(2024, 1, 2)).withComplaintFiled(LocalDate.of(2025, 3, 3));

        assertThatThrownBy(() -> DeadlineCalculator.forDefendant(NJ, dates, LocalDate.of(2025, 3, 1), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The defendant's answer on 2025-03-01 cannot come before the complaint filed on 2025-03-03.");
        assertThatThrownBy(() -> DeadlineCalculator.forDefendant(NJ, CaseDates.incidentOn(LocalDate.of(2024, 1, 2)),
                LocalDate.of(2025, 3, 1), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A defendant cannot have answered a complaint that has not been filed.");
    }

    @Test
    void refusesMissingInputs() {
        CaseDates dates = CaseDates.incidentOn(LocalDate.of(2024, 1, 2));

        assertThatThrownBy(() -> DeadlineCalculator.forDefendant(null, dates, null, List.of()))
                .hasMessage("A state's deadline rule is required.");
        assertThatThrownBy(() -> DeadlineCalculator.forDefendant(NJ, dates, null, null))
                .hasMessage("The tolling periods are required; give an empty list when there are none.");
    }

    private static DeadlineRule rule(String state) {
        return DefaultDeadlineRules.forState(state).orElseThrow();
    }

    private static Deadline find(List<Deadline> deadlines, Kind kind) {
        return deadlines.stream().filter(deadline -> deadline.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " deadline in " + deadlines));
    }
}
