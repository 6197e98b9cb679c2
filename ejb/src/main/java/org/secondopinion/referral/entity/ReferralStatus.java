package org.secondopinion.referral.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral is in its journey (DOMAIN.md section 2). The legal next steps are
 * listed here and only here; the entity refuses any other step.
 */
public enum ReferralStatus {
    REQUESTED("requested"),
    RECORDS_PENDING("received"),
    READY_FOR_MATCHING("received"),
    OFFERED("received"),
    DECLINED("received"),
    ACCEPTED("accepted"),
    IN_REVIEW("in-progress"),
    INFO_REQUESTED("on-hold"),
    OPINION_DELIVERED("completed"),
    DECISION_RECORDED("completed"),
    CLOSED("completed"),
    REJECTED("rejected"),
    CANCELLED("cancelled");

    private final String fhirTaskStatus;

    ReferralStatus(String fhirTaskStatus) {
        this.fhirTaskStatus = fhirTaskStatus;
    }

    /** The FHIR R4 Task.status this state maps to; the state's own name goes in Task.businessStatus. */
    public String fhirTaskStatus() {
        return fhirTaskStatus;
    }

    public Set<ReferralStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(RECORDS_PENDING, REJECTED, CANCELLED);
            case RECORDS_PENDING -> EnumSet.of(READY_FOR_MATCHING, CANCELLED);
            case READY_FOR_MATCHING -> EnumSet.of(OFFERED, CANCELLED);
            case OFFERED -> EnumSet.of(ACCEPTED, DECLINED, CANCELLED);
            case DECLINED -> EnumSet.of(READY_FOR_MATCHING, CANCELLED);
            case ACCEPTED -> EnumSet.of(IN_REVIEW, CANCELLED);
            case IN_REVIEW -> EnumSet.of(INFO_REQUESTED, OPINION_DELIVERED, CANCELLED);
            case INFO_REQUESTED -> EnumSet.of(IN_REVIEW, CANCELLED);
            case OPINION_DELIVERED -> EnumSet.of(DECISION_RECORDED, CANCELLED);
            case DECISION_RECORDED -> EnumSet.of(CLOSED);
            case CLOSED, REJECTED, CANCELLED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean canMoveTo(ReferralStatus target) {
        return next().contains(target);
    }

    /** Still being worked on: not closed, rejected or cancelled. */
    public boolean isOpen() {
        return !next().isEmpty();
    }

    /** The states in which the turnaround clock runs: records complete, opinion not yet delivered. */
    public boolean clockRuns() {
        return switch (this) {
            case READY_FOR_MATCHING, OFFERED, DECLINED, ACCEPTED, IN_REVIEW, INFO_REQUESTED -> true;
            default -> false;
        };
    }

    /** The states in which a specialist is assigned and may see the case. */
    public boolean specialistAssigned() {
        return switch (this) {
            case OFFERED, ACCEPTED, IN_REVIEW, INFO_REQUESTED, OPINION_DELIVERED, DECISION_RECORDED, CLOSED -> true;
            default -> false;
        };
    }

    public static Set<ReferralStatus> open() {
        EnumSet<ReferralStatus> open = EnumSet.noneOf(ReferralStatus.class);
        for (ReferralStatus status : values()) {
            if (status.isOpen()) {
                open.add(status);
            }
        }
        return open;
    }

    /** The states in which a specialist is assigned: what "my cases" may show. */
    public static Set<ReferralStatus> assignedToSpecialist() {
        EnumSet<ReferralStatus> assigned = EnumSet.noneOf(ReferralStatus.class);
        for (ReferralStatus status : values()) {
            if (status.specialistAssigned()) {
                assigned.add(status);
            }
        }
        return assigned;
    }

    public static Set<ReferralStatus> clockRunning() {
        EnumSet<ReferralStatus> running = EnumSet.noneOf(ReferralStatus.class);
        for (ReferralStatus status : values()) {
            if (status.clockRuns()) {
                running.add(status);
            }
        }
        return running;
    }
}
