package org.secondopinion.legal.control;

import java.time.LocalDate;

/**
 * The dates of a malpractice case that its deadlines are counted from. Only the incident is always known.
 *
 * @param incident       the incident or treatment (the act or omission)
 * @param discovery      when the injury was, or should have been, discovered; null when not known
 * @param injury         when the injury occurred; null when not known (the incident then stands for it)
 * @param noticeOfIntent when notice of intent to sue was given; null when not given
 * @param complaintFiled when the complaint was filed; null when not filed
 * @param claimantBorn   the claimant's date of birth; null when not known
 */
public record CaseDates(LocalDate incident, LocalDate discovery, LocalDate injury, LocalDate noticeOfIntent,
                        LocalDate complaintFiled, LocalDate claimantBorn) {

    public CaseDates {
        if (incident == null) {
            throw new IllegalArgumentException("The date of the incident or treatment is required.");
        }
        notBefore(incident, discovery, "discovery");
        notBefore(incident, injury, "injury");
        notBefore(incident, noticeOfIntent, "notice of intent");
        notBefore(incident, complaintFiled, "complaint");
        if (claimantBorn != null && claimantBorn.isAfter(incident)) {
            throw new IllegalArgumentException("The claimant, born on " + claimantBorn
                    + ", cannot be born after the incident on " + incident + ".");
        }
    }

    /** A case known only by its incident date. */
    public static CaseDates incidentOn(LocalDate incident) {
        return new CaseDates(incident, null, null, null, null, null);
    }

    public CaseDates withDiscovery(LocalDate date) {
        return new CaseDates(incident, date, injury, noticeOfIntent, complaintFiled, claimantBorn);
    }

    public CaseDates withInjury(LocalDate date) {
        return new CaseDates(incident, discovery, date, noticeOfIntent, complaintFiled, claimantBorn);
    }

    public CaseDates withNoticeOfIntent(LocalDate date) {
        return new CaseDates(incident, discovery, injury, date, complaintFiled, claimantBorn);
    }

    public CaseDates withComplaintFiled(LocalDate date) {
        return new CaseDates(incident, discovery, injury, noticeOfIntent, date, claimantBorn);
    }

    public CaseDates withClaimantBorn(LocalDate date) {
        return new CaseDates(incident, discovery, injury, noticeOfIntent, complaintFiled, date);
    }

    private static void notBefore(LocalDate incident, LocalDate date, String what) {
        if (date != null && date.isBefore(incident)) {
            throw new IllegalArgumentException("The " + what + " date " + date + " cannot come before the incident on "
                    + incident + ".");
        }
    }
}
