package org.secondopinion.referral.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.secondopinion.referral.entity.ReferralStatus;

/**
 * One thing waiting on a specialist: an offer to answer, a review to write, records they asked for that have come
 * in, a follow-up question, or a legal review assigned to them; with the case it belongs to and when it is due.
 */
public record WorkItem(Kind kind, long caseId, String reference, String subject, Instant due) implements Serializable {

    /** What the specialist is to do. */
    public enum Kind {
        /** A case offered to them: accept or decline. */
        OFFER,
        /** An accepted case or one under review: the opinion is due. */
        REVIEW,
        /** They asked for more information and every record they asked for has come in: resume the review. */
        INFORMATION_ANSWERED,
        /** After delivery, a follow-up question waits for their answer. */
        FOLLOW_UP,
        /** A malpractice case file they are the assigned reviewer of. */
        LEGAL_REVIEW;

        public boolean legal() {
            return this == LEGAL_REVIEW;
        }
    }

    /** Due first, undated last; then by case. */
    public static final Comparator<WorkItem> BY_DUE = Comparator
            .comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::kind).thenComparingLong(WorkItem::caseId);

    /**
     * What a referral in this state waits on its specialist for, if anything.
     *
     * @param requestedRecordsOutstanding whether any record the specialist asked for is still to come
     * @param followUpOpen whether a follow-up question is unanswered
     */
    public static Optional<Kind> waitingOnSpecialist(ReferralStatus status, boolean requestedRecordsOutstanding,
                                                     boolean followUpOpen) {
        return switch (status) {
            case OFFERED -> Optional.of(Kind.OFFER);
            case ACCEPTED, IN_REVIEW -> Optional.of(Kind.REVIEW);
            case INFO_REQUESTED -> requestedRecordsOutstanding ? Optional.empty() : Optional.of(Kind.INFORMATION_ANSWERED);
            case OPINION_DELIVERED, DECISION_RECORDED -> followUpOpen ? Optional.of(Kind.FOLLOW_UP) : Optional.empty();
            default -> Optional.empty();
        };
    }

    public static List<WorkItem> inDueOrder(Collection<WorkItem> items) {
        return items.stream().sorted(BY_DUE).toList();
    }

    public boolean isLegal() {
        return kind.legal();
    }
}
