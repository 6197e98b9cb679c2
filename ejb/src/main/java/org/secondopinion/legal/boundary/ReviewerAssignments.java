package org.secondopinion.legal.boundary;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.secondopinion.legal.entity.AssignmentStatus;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.ReviewOpinion;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * The reviewer assignment a reviewer's action works on, found in the calling boundary's transaction: shared by the
 * assignment, time and opinion boundaries so that each refuses the same way.
 */
final class ReviewerAssignments {

    private ReviewerAssignments() {
    }

    /** The case's assignment that is assigned or waiting for a waiver, or null. */
    static ReviewerAssignment active(EntityManager em, long caseId) {
        return em.createNamedQuery(ReviewerAssignment.FIND_BY_CASE, ReviewerAssignment.class)
                .setParameter("case", caseId).getResultList().stream().filter(ReviewerAssignment::isActive)
                .findFirst().orElse(null);
    }

    /** The caller's own assignment to the case, which the reviewer's actions (attestation, time, opinion) use. */
    static ReviewerAssignment own(EntityManager em, String caller, LegalCase legalCase) {
        return em.createNamedQuery(ReviewerAssignment.FIND_ACTIVE_FOR_USER, ReviewerAssignment.class)
                .setParameter("username", caller).getResultList().stream()
                .filter(a -> a.getLegalCase().getId().equals(legalCase.getId())).findFirst()
                .orElseThrow(() -> new RuleViolation("reviewer", "You are not the assigned reviewer of case "
                        + legalCase.reference() + "."));
    }

    /** The case's assigned reviewer (not one waiting for a waiver). */
    static ReviewerAssignment assigned(EntityManager em, LegalCase legalCase) {
        ReviewerAssignment assignment = active(em, legalCase.getId());
        if (assignment == null || assignment.getStatus() != AssignmentStatus.ASSIGNED) {
            throw new RuleViolation("reviewer", "Case " + legalCase.reference() + " has no assigned reviewer.");
        }
        return assignment;
    }

    /** One of the case's assignments by its id. */
    static ReviewerAssignment of(EntityManager em, LegalCase legalCase, long assignmentId) {
        ReviewerAssignment assignment = em.find(ReviewerAssignment.class, assignmentId);
        if (assignment == null || !assignment.getLegalCase().getId().equals(legalCase.getId())) {
            throw new RuleViolation("assignment", "Case " + legalCase.reference() + " has no assignment "
                    + assignmentId + ".");
        }
        return assignment;
    }

    /** Every assignment of the case; a reviewer's own only when {@code reviewer} names them. */
    static List<ReviewerAssignment> ofCase(EntityManager em, long caseId, String reviewer) {
        List<ReviewerAssignment> assignments = em.createNamedQuery(ReviewerAssignment.FIND_BY_CASE,
                ReviewerAssignment.class).setParameter("case", caseId).getResultList();
        // a reviewer sees their own assignment, never other candidates' ties, waivers or rates
        return reviewer == null ? assignments
                : assignments.stream().filter(a -> reviewer.equalsIgnoreCase(a.getReviewerUsername())).toList();
    }

    /** The versions of the case's opinion, newest first. */
    static List<ReviewOpinion> opinions(EntityManager em, long caseId) {
        return em.createNamedQuery(ReviewOpinion.FIND_BY_CASE, ReviewOpinion.class).setParameter("case", caseId)
                .getResultList();
    }
}
