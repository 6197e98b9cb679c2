package org.secondopinion.legal.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.legal.control.Deadline;
import org.secondopinion.legal.entity.AssignmentStatus;
import org.secondopinion.legal.entity.CaseStatus;

/**
 * The hospital administrator's read model of a case file: what it takes to run the service across all firms, and
 * nothing privileged. Minimum necessary: the case's number, firm, status, jurisdiction and the day it was opened;
 * how many documents it holds and how many of them were produced (Bates-numbered); how many reviewer assignments it
 * has and in which states; how many legal holds are active; and its next deadline (day and kind). It leaves out
 * everything an administrator does not need to keep the service running: the claimant (name, birth date, MRN) and
 * every clinical or case text (summary, defendants, tolling reasons), the attorney and matter or court numbers,
 * documents' names, labels and contents, hold reasons, who the reviewers are, their conflicts, declared ties,
 * waiver reasons, rates, time and invoices, and the opinions.
 *
 * @param id                  the case's id
 * @param reference           the case number ("LR-000123")
 * @param firmId              the firm's id
 * @param firmName            the firm's name
 * @param status              open or closed
 * @param jurisdiction        the state (two letters)
 * @param openedAt            when the case was opened
 * @param documents           documents held (not deleted)
 * @param producedDocuments   of those, the ones produced with Bates numbers
 * @param assignments         reviewer assignments, in any state
 * @param assignmentStatuses  how many assignments are in each state (only the states that have any, in order)
 * @param activeHolds         legal holds in force
 * @param nextDeadline        the next deadline on or after today; null when the case is closed or none is ahead
 * @param nextDeadlineKind    its kind; null with it
 * @param deadlinesComplete   false when some deadline could not be computed (no rule for the state, or dates that
 *                            do not agree): the next deadline may then be missing or later than the real one
 */
public record CaseFileOverview(long id, String reference, long firmId, String firmName, CaseStatus status,
                               String jurisdiction, Instant openedAt, long documents, long producedDocuments,
                               long assignments, List<AssignmentCount> assignmentStatuses, long activeHolds,
                               LocalDate nextDeadline, Deadline.Kind nextDeadlineKind, boolean deadlinesComplete)
        implements Serializable {

    public CaseFileOverview {
        assignmentStatuses = List.copyOf(assignmentStatuses);
    }

    /** How many of a case's reviewer assignments are in one state. */
    public record AssignmentCount(AssignmentStatus status, long count) implements Serializable {
    }
}
