package org.secondopinion.referral.boundary;

/** The steps a person takes on a case, other than offering, writing the opinion and recording the decision. */
public enum WorkflowStep {
    /** Coordinator: eligible, start collecting records. */
    START_RECORDS(true),
    /** Coordinator: not eligible. */
    REJECT(true),
    /** Coordinator: records complete, clock starts. */
    COMPLETE_RECORDS(true),
    /** Specialist (or coordinator for them): takes the offered case. */
    ACCEPT(false),
    /** Specialist (or coordinator for them): declines; back to matching. */
    DECLINE(false),
    /** Specialist: starts the review. */
    START_REVIEW(false),
    /** Specialist or coordinator: the information asked for arrived. */
    RESUME_REVIEW(false),
    /** Coordinator: close after the decision. */
    CLOSE(true),
    /** Coordinator: cancel an open case. */
    CANCEL(true);

    private final boolean coordinatorOnly;

    WorkflowStep(boolean coordinatorOnly) {
        this.coordinatorOnly = coordinatorOnly;
    }

    public boolean coordinatorOnly() {
        return coordinatorOnly;
    }
}
