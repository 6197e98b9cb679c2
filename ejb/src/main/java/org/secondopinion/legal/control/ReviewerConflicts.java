package org.secondopinion.legal.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.secondopinion.directory.control.IndependenceRule;
import org.secondopinion.directory.entity.Affiliations;

/**
 * Whether a candidate may review a malpractice case. A conflict blocks: being a defendant or sharing an
 * organisation, practice group or network with one (the directory's independence rule); a declared family,
 * financial or professional tie (declared ties concern the parties of the case); having treated the patient; pay
 * that depends on the outcome; a seat on a standing committee of a defendant hospital, or of a defendant's
 * organisation. Staff privileges at the same hospital alone are not a conflict. Qualification is judged apart:
 * the defendant's specialty, an unrestricted licence, board certification and recent clinical practice.
 */
public final class ReviewerConflicts {

    /** Years since last clinical practice that still count as recent, unless a case says otherwise. */
    public static final int DEFAULT_RECENT_PRACTICE_YEARS = 5;

    /**
     * The candidate as the check sees them.
     *
     * @param affiliations               the candidate's directory affiliations
     * @param specialty                  the candidate's field of medicine as the directory names it
     * @param licence                    the state of the candidate's licence
     * @param boardCertified             board certified in that specialty
     * @param yearsSinceClinicalPractice whole years since the candidate last practised clinically; 0 when practising
     * @param declaredTies               the ties the candidate declared for this case
     */
    public record Candidate(Affiliations affiliations, String specialty, LicenceStatus licence, boolean boardCertified,
                            int yearsSinceClinicalPractice, List<DeclaredTie> declaredTies) {
        public Candidate {
            Objects.requireNonNull(affiliations, "affiliations");
            if (specialty == null || specialty.isBlank()) {
                throw new IllegalArgumentException("A candidate reviewer needs a specialty.");
            }
            if (licence == null) {
                throw new IllegalArgumentException("A candidate reviewer needs the state of their licence.");
            }
            if (yearsSinceClinicalPractice < 0) {
                throw new IllegalArgumentException("Years since clinical practice cannot be negative.");
            }
            declaredTies = List.copyOf(declaredTies);
        }
    }

    /**
     * A defendant of the case.
     *
     * @param party     the defendant with the words that name them ("the defendant Dr. Smith") and their affiliations
     * @param specialty the defendant's field of medicine; null for a facility, which sets no specialty
     */
    public record Defendant(IndependenceRule.Party party, String specialty) {
        public Defendant {
            Objects.requireNonNull(party, "party");
        }
    }

    private ReviewerConflicts() {
    }

    /** The check with clinical practice in the last {@value #DEFAULT_RECENT_PRACTICE_YEARS} years. */
    public static ConflictCheck check(Candidate candidate, String patient, List<Defendant> defendants) {
        return check(candidate, patient, defendants, DEFAULT_RECENT_PRACTICE_YEARS);
    }

    /**
     * @param candidate           the candidate reviewer
     * @param patient             the patient's name, to name a tie to them
     * @param defendants          the defendants, at least one
     * @param recentPracticeYears how many years ago the candidate may last have practised clinically
     */
    public static ConflictCheck check(Candidate candidate, String patient, List<Defendant> defendants,
                                      int recentPracticeYears) {
        if (candidate == null) {
            throw new IllegalArgumentException("A candidate reviewer is required.");
        }
        if (defendants == null || defendants.isEmpty()) {
            throw new IllegalArgumentException("A malpractice case has at least one defendant.");
        }
        if (recentPracticeYears < 0) {
            throw new IllegalArgumentException("Recent clinical practice is counted in years from 0, not "
                    + recentPracticeYears + ".");
        }
        return new ConflictCheck(conflicts(candidate, patient, defendants),
                gaps(candidate, defendants, recentPracticeYears));
    }

    private static List<String> conflicts(Candidate candidate, String patient, List<Defendant> defendants) {
        Set<String> conflicts = new LinkedHashSet<>();
        List<IndependenceRule.Party> parties = defendants.stream().map(Defendant::party).toList();
        for (String tie : IndependenceRule.tiesOf(candidate.affiliations(), parties)) {
            conflicts.add("The reviewer " + tie + ".");
        }
        for (DeclaredTie tie : candidate.declaredTies()) {
            String who = whoIs(tie.party(), patient, defendants);
            switch (tie.kind()) {
                case FAMILY, FINANCIAL, PROFESSIONAL -> conflicts.add("The reviewer declared a "
                        + tie.kind().name().toLowerCase(Locale.ROOT) + " tie to " + tie.party() + who + ".");
                case TREATED_PATIENT -> conflicts.add("The reviewer treated the patient (" + tie.party() + ").");
                case CONTINGENT_FEE -> conflicts.add("The reviewer's pay from " + tie.party()
                        + " would depend on the outcome of the case.");
                case STANDING_COMMITTEE -> {
                    if (!who.isEmpty()) {
                        conflicts.add("The reviewer sits on a standing committee of " + tie.party() + who + ".");
                    }
                }
                case STAFF_PRIVILEGES -> {
                    // privileges at the same hospital alone are not a conflict (DOMAIN section 4)
                }
                default -> throw new IllegalStateException("Unknown tie " + tie.kind());
            }
        }
        return List.copyOf(conflicts);
    }

    /**
     * Who a named party is in the case (", the patient", ", the organisation of the defendant Dr. Smith"), or ""
     * when the name is none of them.
     */
    private static String whoIs(String name, String patient, List<Defendant> defendants) {
        String wanted = comparable(name);
        if (patient != null && comparable(patient).equals(wanted)) {
            return ", the patient";
        }
        for (Defendant defendant : defendants) {
            if (comparable(defendant.party().affiliations().name()).equals(wanted)) {
                return ", " + defendant.party().role();
            }
        }
        for (Defendant defendant : defendants) {
            Affiliations affiliations = defendant.party().affiliations();
            String role = defendant.party().role();
            for (Long id : affiliations.organisations()) {
                if (affiliations.names().containsKey(id) && comparable(affiliations.nameOf(id)).equals(wanted)) {
                    return ", the organisation of " + role;
                }
            }
            for (Long id : affiliations.practiceGroups()) {
                if (affiliations.names().containsKey(id) && comparable(affiliations.nameOf(id)).equals(wanted)) {
                    return ", the practice group of " + role;
                }
            }
        }
        return "";
    }

    private static List<String> gaps(Candidate candidate, List<Defendant> defendants, int recentPracticeYears) {
        List<String> gaps = new ArrayList<>();
        for (Defendant defendant : defendants) {
            String specialty = defendant.specialty();
            if (specialty != null && !specialty.isBlank()
                    && !comparable(specialty).equals(comparable(candidate.specialty()))) {
                gaps.add("Not qualified because the reviewer's specialty, " + candidate.specialty().strip()
                        + ", is not that of " + defendant.party().role() + ", " + specialty.strip() + ".");
            }
        }
        if (candidate.licence() != LicenceStatus.UNRESTRICTED) {
            gaps.add("Not qualified because the reviewer's licence is restricted.");
        }
        if (!candidate.boardCertified()) {
            gaps.add("Not qualified because the reviewer is not board certified.");
        }
        if (candidate.yearsSinceClinicalPractice() > recentPracticeYears) {
            gaps.add("Not qualified because the reviewer last practised clinically "
                    + candidate.yearsSinceClinicalPractice() + " years ago, more than the " + recentPracticeYears
                    + " allowed.");
        }
        return gaps;
    }

    /** Names compared without case and extra spaces: "Lakeside  General" is "lakeside general". */
    private static String comparable(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
