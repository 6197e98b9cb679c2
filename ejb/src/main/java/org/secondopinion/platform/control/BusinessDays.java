package org.secondopinion.platform.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Business days (Good Faith Estimate deadlines, court deadlines): Monday to Friday, except the federal legal public
 * holidays of 5 U.S.C. 6103(a) on the day they are observed. A holiday on a Saturday is observed on the Friday
 * before, one on a Sunday on the Monday after (5 U.S.C. 6103(b), Executive Order 11582); so New Year's Day on a
 * Saturday is observed on 31 December of the year before. Juneteenth counts from 2021, when it became a holiday;
 * Inauguration Day, a holiday only around Washington, D.C., does not count.
 */
public final class BusinessDays {

    private static final int FIRST_JUNETEENTH = 2021;

    private BusinessDays() {
    }

    /** A weekday that is not an observed federal holiday. */
    public static boolean isBusinessDay(LocalDate date) {
        required(date, "A date is required.");
        return !isWeekend(date) && !isHoliday(date);
    }

    /** Whether a federal holiday is observed on this date (the Friday before, not the Saturday itself). */
    public static boolean isHoliday(LocalDate date) {
        required(date, "A date is required.");
        int year = date.getYear();
        if (observedOn(date, holidays(year))) {
            return true;
        }
        // next year's New Year's Day is observed on 31 December when it falls on a Saturday
        return year < Year.MAX_VALUE && observedOn(date, List.of(LocalDate.of(year + 1, Month.JANUARY, 1)));
    }

    /**
     * The n-th business day after a date: 1 is the next business day, 3 the third; 0 gives the date itself,
     * whatever day it is.
     */
    public static LocalDate plus(LocalDate from, int businessDays) {
        required(from, "A date to count from is required.");
        if (businessDays < 0) {
            throw new IllegalArgumentException("Business days are counted forward only, not " + businessDays + ".");
        }
        LocalDate day = from;
        for (int counted = 0; counted < businessDays; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** How many business days fall after one date up to and including another; 0 when the second is not later. */
    public static int between(LocalDate from, LocalDate to) {
        required(from, "A date to count from is required.");
        required(to, "A date to count to is required.");
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean observedOn(LocalDate date, List<LocalDate> holidays) {
        for (LocalDate holiday : holidays) {
            if (observed(holiday).equals(date)) {
                return true;
            }
        }
        return false;
    }

    /** The holidays of 5 U.S.C. 6103(a) in a year, on their own dates. */
    private static List<LocalDate> holidays(int year) {
        List<LocalDate> days = new ArrayList<>(11);
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY));
        days.add(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        if (year >= FIRST_JUNETEENTH) {
            days.add(LocalDate.of(year, Month.JUNE, 19));
        }
        days.add(LocalDate.of(year, Month.JULY, 4));
        days.add(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY));
        days.add(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY));
        days.add(LocalDate.of(year, Month.NOVEMBER, 11));
        days.add(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        return days;
    }

    private static LocalDate nth(int year, Month month, int ordinal, DayOfWeek dayOfWeek) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static void required(LocalDate date, String message) {
        if (date == null) {
            throw new IllegalArgumentException(message);
        }
    }
}
