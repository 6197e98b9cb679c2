package org.secondopinion.referral.control;

import java.math.BigDecimal;
import java.util.Set;
import org.secondopinion.directory.entity.Affiliations;

/** What the ranking needs to know about one specialist: specialties, experience, load, languages, track record. */
public record CandidateProfile(Affiliations affiliations, Set<String> specialties, Set<String> subSpecialties,
                               int yearsExperience, int capacity, long openCases, boolean available,
                               Set<String> languages, BigDecimal medianTurnaroundDays) {

    public CandidateProfile {
        specialties = Set.copyOf(specialties);
        subSpecialties = Set.copyOf(subSpecialties);
        languages = Set.copyOf(languages);
    }
}
