package org.secondopinion.legal.control;

import java.util.List;

/**
 * Whether a candidate may review a case: the conflicts that block them and, apart, the reasons they are not
 * qualified, each a sentence to show.
 */
public record ConflictCheck(List<String> conflicts, List<String> qualificationGaps) {

    public ConflictCheck {
        conflicts = List.copyOf(conflicts);
        qualificationGaps = List.copyOf(qualificationGaps);
    }

    /** No conflict and no qualification gap: the candidate may review the case. */
    public boolean cleared() {
        return conflicts.isEmpty() && qualificationGaps.isEmpty();
    }

    public boolean independent() {
        return conflicts.isEmpty();
    }

    public boolean qualified() {
        return qualificationGaps.isEmpty();
    }
}
