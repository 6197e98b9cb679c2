package org.secondopinion.referral.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.secondopinion.directory.control.IndependenceRule;
import org.secondopinion.directory.control.IndependenceRule.Party;

/**
 * Ranks specialists for a referral. Hard exclusions first (wrong field, not independent of
 * the first physician, at capacity, unavailable), each with its reason; the rest are scored:
 * <ul>
 *   <li>specialty 40, plus 15 when the requested sub-specialty matches;</li>
 *   <li>experience up to 15 (one point a year beyond 5, at most 15);</li>
 *   <li>free capacity up to 15 (share of capacity still free);</li>
 *   <li>the patient's language 10;</li>
 *   <li>turnaround record up to 5 (median within the target 5, within twice the target 2).</li>
 * </ul>
 */
public final class SpecialistRanking {

    /** What is asked for: the field, the sub-specialty (or null), the patient's language, the turnaround target. */
    public record Request(String specialty, String subSpecialty, String language, int targetDays) {
    }

    private SpecialistRanking() {
    }

    public static List<RankedCandidate> rank(Request request, List<CandidateProfile> candidates, List<Party> parties) {
        List<RankedCandidate> ranked = new ArrayList<>();
        for (CandidateProfile candidate : candidates) {
            ranked.add(assess(request, candidate, parties));
        }
        ranked.sort(Comparator.comparing(RankedCandidate::eligible).reversed()
                .thenComparing(Comparator.comparingInt(RankedCandidate::score).reversed())
                .thenComparing(RankedCandidate::name));
        return ranked;
    }

    static RankedCandidate assess(Request request, CandidateProfile candidate, List<Party> parties) {
        List<String> exclusions = new ArrayList<>();
        boolean inField = containsIgnoringCase(candidate.specialties(), request.specialty());
        if (!inField) {
            exclusions.add("does not practise " + request.specialty());
        }
        IndependenceRule.tiesOf(candidate.affiliations(), parties).forEach(tie -> exclusions.add("not independent: " + tie));
        if (!candidate.available()) {
            exclusions.add("unavailable");
        } else if (candidate.openCases() >= candidate.capacity()) {
            exclusions.add("at capacity (" + candidate.openCases() + " of " + candidate.capacity() + " open cases)");
        }
        List<String> reasons = new ArrayList<>();
        int score = 0;
        if (inField) {
            score += 40;
            reasons.add("practises " + request.specialty() + " (+40)");
        }
        if (request.subSpecialty() != null && !request.subSpecialty().isBlank()
                && containsIgnoringCase(candidate.subSpecialties(), request.subSpecialty())) {
            score += 15;
            reasons.add("sub-specialty " + request.subSpecialty() + " (+15)");
        }
        int experience = Math.min(15, Math.max(0, candidate.yearsExperience() - 5));
        score += experience;
        reasons.add(candidate.yearsExperience() + " years of experience (+" + experience + ")");
        if (candidate.capacity() > 0) {
            long free = Math.max(0, candidate.capacity() - candidate.openCases());
            int load = (int) (15 * free / candidate.capacity());
            score += load;
            reasons.add(candidate.openCases() + " of " + candidate.capacity() + " open cases (+" + load + ")");
        }
        if (request.language() != null && containsIgnoringCase(candidate.languages(), request.language())) {
            score += 10;
            reasons.add("speaks " + request.language() + " (+10)");
        }
        BigDecimal median = candidate.medianTurnaroundDays();
        if (median != null) {
            int record = median.compareTo(BigDecimal.valueOf(request.targetDays())) <= 0 ? 5
                    : median.compareTo(BigDecimal.valueOf(2L * request.targetDays())) <= 0 ? 2 : 0;
            score += record;
            reasons.add("median turnaround " + median.setScale(1, RoundingMode.HALF_UP) + " days (+" + record + ")");
        }
        return new RankedCandidate(candidate.affiliations().practitionerId(), candidate.affiliations().name(),
                score, reasons, exclusions);
    }

    private static boolean containsIgnoringCase(java.util.Set<String> values, String wanted) {
        if (wanted == null) {
            return false;
        }
        String key = wanted.trim().toLowerCase(Locale.ROOT);
        return values.stream().anyMatch(v -> v.trim().toLowerCase(Locale.ROOT).equals(key));
    }
}
