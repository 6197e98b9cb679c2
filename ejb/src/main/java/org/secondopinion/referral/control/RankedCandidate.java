package org.secondopinion.referral.control;

import java.io.Serializable;
import java.util.List;

/**
 * One specialist as matching sees them: the score (0 to 100) with the reasons that make
 * it up, or the exclusions that rule them out.
 */
public record RankedCandidate(Long practitionerId, String name, int score, List<String> reasons,
                              List<String> exclusions) implements Serializable {

    public RankedCandidate {
        reasons = List.copyOf(reasons);
        exclusions = List.copyOf(exclusions);
    }

    public boolean eligible() {
        return exclusions.isEmpty();
    }
}
