package org.secondopinion.legal.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.secondopinion.legal.control.Deadline.Kind;
import org.secondopinion.legal.entity.LimitationCombination;
import org.secondopinion.legal.entity.MeritTrigger;
import org.secondopinion.platform.control.BusinessDays;

/**
 * The deadlines of one defendant under one state's rule, each with the sentences that explain it.
 * <ul>
 * <li>Limitations: the period from the injury and the one from discovery, the earlier or the later as the state
 * says; a minor's clock starts at the age of majority; tolling periods add their days (overlaps once); repose caps
 * the result.</li>
 * <li>Repose: the outer limit from the incident. It is not extended by discovery, minority or tolling here.</li>
 * <li>Notice of intent: the last day to give notice so that the full notice period ends by the limitations date.</li>
 * <li>Certificate of merit: with the complaint, or a number of days after filing or after this defendant's answer.</li>
 * </ul>
 * A date counted forward that falls on a weekend or federal holiday moves to the next business day; one counted
 * backward (the notice of intent) to the business day before, as court rules count periods backward.
 */
public final class DeadlineCalculator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private DeadlineCalculator() {
    }

    /**
     * The deadlines of one defendant: limitations, then repose and notice of intent when the state has them, then
     * the certificate of merit unless the state requires none.
     *
     * @param rule               the state's rule in force
     * @param dates              the dates of the case
     * @param defendantAnswered  the day this defendant answered; null when it has not
     * @param tolling            periods in which the limitations clock stops for this defendant; may be empty
     */
    public static List<Deadline> forDefendant(DeadlineRule rule, CaseDates dates, LocalDate defendantAnswered,
                                              List<TollingEvent> tolling) {
        if (rule == null) {
            throw new IllegalArgumentException("A state's deadline rule is required.");
        }
        if (dates == null) {
            throw new IllegalArgumentException("The dates of the case are required.");
        }
        if (tolling == null || tolling.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("The tolling periods are required; give an empty list when there are none.");
        }
        if (defendantAnswered != null && dates.complaintFiled() != null && defendantAnswered.isBefore(dates.complaintFiled())) {
            throw new IllegalArgumentException("The defendant's answer on " + defendantAnswered
                    + " cannot come before the complaint filed on " + dates.complaintFiled() + ".");
        }
        if (defendantAnswered != null && dates.complaintFiled() == null) {
            throw new IllegalArgumentException("A defendant cannot have answered a complaint that has not been filed.");
        }
        List<Deadline> deadlines = new ArrayList<>(4);
        Deadline limitations = limitations(rule, dates, tolling);
        deadlines.add(limitations);
        if (rule.repose() != null) {
            deadlines.add(repose(rule, dates));
        }
        if (rule.noticeOfIntent() != null) {
            deadlines.add(noticeOfIntent(rule, dates, limitations));
        }
        if (rule.meritTrigger() != MeritTrigger.NONE) {
            deadlines.add(merit(rule, dates, defendantAnswered));
        }
        return List.copyOf(deadlines);
    }

    /** One way of counting the limitations period: from an anchor day, over a period, to an end with its tolling. */
    private record Count(LocalDate end, String what) {
    }

    private static Deadline limitations(DeadlineRule rule, CaseDates dates, List<TollingEvent> tolling) {
        List<String> why = new ArrayList<>();
        why.add("Limitations in " + rule.state() + ": " + periods(rule) + ". Source: " + rule.limitationSource());
        LocalDate injury = dates.injury() != null ? dates.injury() : dates.incident();
        boolean injuryCounted = rule.limitationFromInjury() != null
                || rule.limitationFromDiscovery() != null && dates.discovery() == null;
        if (dates.injury() == null && injuryCounted) {
            why.add("No injury date is given, so the incident on " + day(dates.incident()) + " counts as the day of injury.");
        }
        if (rule.tollsMinority() && dates.claimantBorn() == null) {
            why.add("No birth date is given for the claimant, so minority is not considered.");
        }
        List<Count> counts = new ArrayList<>(2);
        if (rule.limitationFromInjury() != null) {
            counts.add(count("the injury", injury, rule.limitationFromInjury(), rule, dates, tolling, why));
        }
        if (rule.limitationFromDiscovery() != null) {
            if (dates.discovery() != null) {
                counts.add(count("discovery", dates.discovery(), rule.limitationFromDiscovery(), rule, dates, tolling, why));
            } else if (rule.limitationFromInjury() != null) {
                why.add("No discovery date is given, so only the " + describe(rule.limitationFromInjury())
                        + " from the injury are counted; " + describe(rule.limitationFromDiscovery()) + " from discovery "
                        + (rule.combination() == LimitationCombination.EARLIER ? "may end sooner" : "may give longer")
                        + " once a discovery date is known.");
            } else {
                why.add("No discovery date is given, so the " + describe(rule.limitationFromDiscovery())
                        + " are counted from the injury, the earliest it could have been discovered.");
                counts.add(count("the injury", injury, rule.limitationFromDiscovery(), rule, dates, tolling, why));
            }
        } else if (dates.discovery() != null) {
            why.add("In " + rule.state() + " the period runs from the injury; the discovery date does not move it.");
        }
        Count governing = counts.get(0);
        if (counts.size() == 2) {
            Comparator<Count> byEnd = Comparator.comparing(Count::end);
            boolean earlier = rule.combination() == LimitationCombination.EARLIER;
            governing = earlier ? counts.stream().min(byEnd).orElseThrow() : counts.stream().max(byEnd).orElseThrow();
            why.add("The " + (earlier ? "earlier" : "later") + " of the two applies: " + day(governing.end())
                    + ", counted from " + governing.what() + ".");
        }
        LocalDate date = governing.end();
        if (rule.repose() != null) {
            LocalDate reposeEnd = dates.incident().plus(rule.repose());
            if (date.isAfter(reposeEnd)) {
                why.add("The " + describe(rule.repose()) + " repose from the incident on " + day(dates.incident())
                        + " ends sooner, on " + day(reposeEnd) + ", and no discovery rule extends it: the limitations date is "
                        + day(reposeEnd) + ".");
                date = reposeEnd;
            } else {
                why.add("That is within the " + describe(rule.repose()) + " repose from the incident, which ends on "
                        + day(reposeEnd) + ".");
            }
            if (minorAt(rule, dates, dates.incident())) {
                why.add("The repose applies to a minor as well in this calculation; see the source for any "
                        + "exception for minors.");
            }
        }
        return new Deadline(Kind.LIMITATIONS, forward(date, why), date, why);
    }

    private static Count count(String what, LocalDate anchor, Period period, DeadlineRule rule, CaseDates dates,
                               List<TollingEvent> tolling, List<String> why) {
        LocalDate start = anchor;
        if (minorAt(rule, dates, anchor)) {
            start = dates.claimantBorn().plusYears(rule.ageOfMajority());
            LocalDate end = start.plus(period);
            why.add("On " + what + ", " + day(anchor) + ", the claimant (born " + day(dates.claimantBorn()) + ") was under "
                    + rule.ageOfMajority() + ", and the clock does not run for a minor: it starts on the "
                    + ordinal(rule.ageOfMajority()) + " birthday, " + day(start) + "; " + describe(period)
                    + " from then is " + day(end) + ".");
        } else {
            why.add("From " + what + " on " + day(anchor) + ": " + describe(period) + ", to " + day(start.plus(period)) + ".");
        }
        LocalDate base = start.plus(period);
        leapDay(start, base, why);
        return new Count(tolled(start, base, tolling, why), what);
    }

    /**
     * The end moved by the tolled days that fall after the clock started, up to and including the end as it moves:
     * a tolling period that starts before the first end but reaches past it keeps moving the end along.
     */
    private static LocalDate tolled(LocalDate start, LocalDate base, List<TollingEvent> tolling, List<String> why) {
        if (tolling.isEmpty()) {
            return base;
        }
        List<TollingEvent> union = union(tolling);
        LocalDate end = base;
        while (true) {
            LocalDate next = base.plusDays(daysWithin(union, start, end));
            if (next.equals(end)) {
                break;
            }
            end = next;
        }
        long days = ChronoUnit.DAYS.between(base, end);
        if (days > 0) {
            LocalDate last = end;
            String periods = tolling.stream()
                    .filter(event -> event.to().isAfter(start))
                    .filter(event -> !event.from().isAfter(last))
                    .sorted(Comparator.comparing(TollingEvent::from))
                    .map(event -> event.reason() + " " + day(event.from()) + " – " + day(event.to()))
                    .collect(Collectors.joining("; "));
            why.add("Tolling adds " + days + (days == 1 ? " day" : " days") + " (" + periods
                    + "), counting only days after the clock started, and days in overlapping periods once: to "
                    + day(end) + ".");
        }
        return end;
    }

    /** Overlapping or touching periods merged, in date order. */
    private static List<TollingEvent> union(List<TollingEvent> tolling) {
        List<TollingEvent> sorted = tolling.stream().sorted(Comparator.comparing(TollingEvent::from)).toList();
        List<TollingEvent> merged = new ArrayList<>();
        for (TollingEvent event : sorted) {
            TollingEvent lastMerged = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (lastMerged != null && !event.from().isAfter(lastMerged.to().plusDays(1))) {
                LocalDate to = event.to().isAfter(lastMerged.to()) ? event.to() : lastMerged.to();
                merged.set(merged.size() - 1, new TollingEvent(lastMerged.from(), to, "merged"));
            } else {
                merged.add(event);
            }
        }
        return merged;
    }

    /** Days of the merged periods after the start and up to and including the end. */
    private static long daysWithin(List<TollingEvent> union, LocalDate start, LocalDate end) {
        long days = 0;
        LocalDate first = start.plusDays(1);
        for (TollingEvent period : union) {
            LocalDate from = period.from().isAfter(first) ? period.from() : first;
            LocalDate to = period.to().isBefore(end) ? period.to() : end;
            if (!to.isBefore(from)) {
                days += ChronoUnit.DAYS.between(from, to) + 1;
            }
        }
        return days;
    }

    private static Deadline repose(DeadlineRule rule, CaseDates dates) {
        List<String> why = new ArrayList<>();
        LocalDate end = dates.incident().plus(rule.repose());
        why.add("Repose in " + rule.state() + ": " + describe(rule.repose()) + " from the incident on "
                + day(dates.incident()) + ", to " + day(end) + ". No discovery rule extends it, and this calculation "
                + "does not toll it. Source: " + rule.limitationSource());
        leapDay(dates.incident(), end, why);
        return new Deadline(Kind.REPOSE, forward(end, why), end, why);
    }

    private static Deadline noticeOfIntent(DeadlineRule rule, CaseDates dates, Deadline limitations) {
        List<String> why = new ArrayList<>();
        Period notice = rule.noticeOfIntent();
        LocalDate latest = limitations.beforeRollForward().minus(notice);
        why.add("Notice of intent in " + rule.state() + ": at least " + describe(notice) + " before suit. Source: "
                + rule.meritSource());
        why.add("For the notice period to end by the limitations date, " + day(limitations.beforeRollForward())
                + ", notice must be given by " + day(latest) + ", " + describe(notice) + " before it.");
        why.add("Where the source lets a notice toll the limitations period, enter the notice period as a tolling period.");
        LocalDate date = backward(latest, why);
        if (dates.noticeOfIntent() != null) {
            LocalDate earliestSuit = dates.noticeOfIntent().plus(notice);
            why.add("Notice was given on " + day(dates.noticeOfIntent())
                    + (dates.noticeOfIntent().isAfter(date) ? ", after that day" : ", in time")
                    + "; the complaint may be filed from " + day(earliestSuit) + " on, " + describe(notice) + " later.");
            if (earliestSuit.isAfter(limitations.date())) {
                why.add("That is after the limitations date, " + day(limitations.date())
                        + ": unless the notice tolls it, the claim would be late.");
            }
        }
        return new Deadline(Kind.NOTICE_OF_INTENT, date, latest, why);
    }

    private static Deadline merit(DeadlineRule rule, CaseDates dates, LocalDate answered) {
        List<String> why = new ArrayList<>();
        String source = " Source: " + rule.meritSource();
        String each = rule.meritPerDefendant() ? " One is needed for each defendant." : "";
        LocalDate filed = dates.complaintFiled();
        switch (rule.meritTrigger()) {
            case WITH_COMPLAINT -> {
                if (filed == null) {
                    why.add("Certificate of merit in " + rule.state() + ": due with the complaint, which has not been filed yet."
                            + each + source);
                    return new Deadline(Kind.CERTIFICATE_OF_MERIT, null, null, why);
                }
                why.add("Certificate of merit in " + rule.state() + ": due with the complaint, filed on " + day(filed) + "."
                        + each + source);
                return new Deadline(Kind.CERTIFICATE_OF_MERIT, filed, filed, why);
            }
            case AFTER_FILING -> {
                return counted(rule, filed, "filing the complaint", "the complaint has not been filed yet", each + source, why);
            }
            case AFTER_ANSWER -> {
                return counted(rule, answered, "this defendant's answer", "this defendant has not answered yet",
                        each + source, why);
            }
            default -> throw new IllegalStateException("No certificate of merit for " + rule.meritTrigger());
        }
    }

    private static Deadline counted(DeadlineRule rule, LocalDate trigger, String after, String notYet, String tail,
                                    List<String> why) {
        String within = "Certificate of merit in " + rule.state() + ": within " + rule.meritDays() + " days of " + after;
        if (trigger == null) {
            why.add(within + "; there is no date until then, as " + notYet + "." + tail);
            return new Deadline(Kind.CERTIFICATE_OF_MERIT, null, null, why);
        }
        LocalDate due = trigger.plusDays(rule.meritDays());
        why.add(within + " on " + day(trigger) + ", so by " + day(due) + "." + tail);
        LocalDate date = forward(due, why);
        if (rule.meritExtensionDays() > 0) {
            LocalDate extended = due.plusDays(rule.meritExtensionDays());
            List<String> moved = new ArrayList<>();
            LocalDate extendedDate = forward(extended, moved);
            why.add("The court may extend it once by up to " + rule.meritExtensionDays() + " days, to " + day(extended)
                    + (moved.isEmpty() ? "" : ", moved to the next business day, " + day(extendedDate))
                    + "; the date above does not assume an extension.");
        }
        return new Deadline(Kind.CERTIFICATE_OF_MERIT, date, due, why);
    }

    private static boolean minorAt(DeadlineRule rule, CaseDates dates, LocalDate day) {
        return rule.tollsMinority() && dates.claimantBorn() != null
                && dates.claimantBorn().plusYears(rule.ageOfMajority()).isAfter(day);
    }

    private static void leapDay(LocalDate start, LocalDate end, List<String> why) {
        if (start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29
                && end.getMonth() == Month.FEBRUARY && end.getDayOfMonth() == 28) {
            why.add(end.getYear() + " has no 29 February, so the period from 29 February ends on 28 February.");
        }
    }

    /** The next business day on or after a date, explained when it moves. */
    private static LocalDate forward(LocalDate date, List<String> why) {
        LocalDate day = date;
        while (!BusinessDays.isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        if (!day.equals(date)) {
            why.add(day(date) + " is " + closed(date) + ", so the deadline moves to the next business day, " + day(day) + ".");
        }
        return day;
    }

    /** The business day on or before a date, for a period counted backward, explained when it moves. */
    private static LocalDate backward(LocalDate date, List<String> why) {
        LocalDate day = date;
        while (!BusinessDays.isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        if (!day.equals(date)) {
            why.add(day(date) + " is " + closed(date) + "; a period counted backward moves to the business day before, "
                    + day(day) + ".");
        }
        return day;
    }

    private static String closed(LocalDate date) {
        DayOfWeek weekday = date.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return "a " + (weekday == DayOfWeek.SATURDAY ? "Saturday" : "Sunday");
        }
        return "a federal holiday";
    }

    private static String periods(DeadlineRule rule) {
        Period injury = rule.limitationFromInjury();
        Period discovery = rule.limitationFromDiscovery();
        if (discovery == null) {
            return describe(injury) + " from the injury";
        }
        if (injury == null) {
            return describe(discovery) + " from discovery";
        }
        return describe(injury) + " from the injury or " + describe(discovery) + " from discovery, whichever is "
                + (rule.combination() == LimitationCombination.EARLIER ? "earlier" : "later");
    }

    /** "2 years", "6 months", "1 year and 6 months", "182 days". */
    static String describe(Period period) {
        Period normal = period.normalized();
        List<String> parts = new ArrayList<>(3);
        part(parts, normal.getYears(), "year");
        part(parts, normal.getMonths(), "month");
        part(parts, normal.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" and ", parts);
    }

    private static void part(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }

    private static String ordinal(int number) {
        int lastTwo = number % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (number % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return number + suffix;
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
