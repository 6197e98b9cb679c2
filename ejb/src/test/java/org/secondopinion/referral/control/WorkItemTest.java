package org.secondopinion.referral.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.referral.control.WorkItem.Kind;
import org.secondopinion.referral.entity.ReferralStatus;

class WorkItemTest {

    @Test
    void anOfferAndAReviewWaitOnTheSpecialist() {
        assertThat(WorkItem.waitingOnSpecialist(ReferralStatus.OFFERED, false, false)).contains(Kind.OFFER);
        assertThat(WorkItem.waitingOnSpecialist(ReferralStatus.ACCEPTED, false, false)).contains(Kind.REVIEW);
        assertThat(WorkItem.waitingOnSpecialist(ReferralStatus.IN_REVIEW, false, false)).contains(Kind.REVIEW);
    }

    @Test
    void anInformationRequestWaitsOnTheSpecialistOnlyOnceEveryRecordAskedForHasComeIn() {
        assertThat(WorkItem.waitingOnSpecialist(ReferralStatus.INFO_REQUESTED, true, false)).isEmpty();
        assertThat(WorkItem.waitingOnSpecialist(ReferralStatus.INFO_REQUESTED, false, false))
                .contains(Kind.INFORMATION_ANSWERED);
    }

    @Test
    void aDeliveredCaseWaitsOnlyForAnUnansweredFollowUp() {
        assertThat(WorkItem.waitingOnSpecialist(ReferralStatus.OPINION_DELIVERED, false, false)).isEmpty();
        assertThat(WorkItem.waitingOnSpecialist(ReferralStatus.OPINION_DELIVERED, false, true)).contains(Kind.FOLLOW_UP);
        assertThat(WorkItem.waitingOnSpecialist(ReferralStatus.DECISION_RECORDED, false, true)).contains(Kind.FOLLOW_UP);
    }

    @Test
    void nothingWaitsOnTheSpecialistBeforeAnOfferOrAfterTheCaseEnds() {
        for (ReferralStatus status : List.of(ReferralStatus.REQUESTED, ReferralStatus.RECORDS_PENDING,
                ReferralStatus.READY_FOR_MATCHING, ReferralStatus.CLOSED, ReferralStatus.CANCELLED, ReferralStatus.REJECTED)) {
            assertThat(WorkItem.waitingOnSpecialist(status, false, true)).as(status.name()).isEmpty();
        }
    }

    @Test
    void sortsByDueDateWithUndatedWorkLast() {
        Instant monday = Instant.parse("2026-12-07T09:00:00Z");
        WorkItem offer = new WorkItem(Kind.OFFER, 7, "SO-000007", "A", null);
        WorkItem later = new WorkItem(Kind.REVIEW, 3, "SO-000003", "B", monday.plusSeconds(86_400));
        WorkItem sooner = new WorkItem(Kind.INFORMATION_ANSWERED, 9, "SO-000009", "C", monday);
        WorkItem legal = new WorkItem(Kind.LEGAL_REVIEW, 2, "MR-000002", "D", null);

        assertThat(WorkItem.inDueOrder(List.of(offer, legal, later, sooner))).containsExactly(sooner, later, offer, legal);
    }
}
