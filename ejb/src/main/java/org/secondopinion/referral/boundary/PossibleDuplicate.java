package org.secondopinion.referral.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.secondopinion.platform.entity.RuleViolation;

/** An open case for the same patient and diagnosis exists: the coordinator must confirm before a second is taken in. */
@ApplicationException(rollback = true)
public class PossibleDuplicate extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final List<Long> openCases;

    public PossibleDuplicate(List<Long> openCases) {
        super("confirmedNotDuplicate", "This patient already has an open case for the same diagnosis ("
                + openCases.stream().map(id -> String.format("SO-%06d", id)).toList()
                + "). Open that case instead, or confirm that this is a separate request.");
        this.openCases = List.copyOf(openCases);
    }

    public List<Long> openCases() {
        return openCases;
    }
}
