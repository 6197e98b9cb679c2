package org.secondopinion.referral.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.secondopinion.referral.entity.ReferralStatus.ACCEPTED;
import static org.secondopinion.referral.entity.ReferralStatus.CANCELLED;
import static org.secondopinion.referral.entity.ReferralStatus.CLOSED;
import static org.secondopinion.referral.entity.ReferralStatus.DECISION_RECORDED;
import static org.secondopinion.referral.entity.ReferralStatus.DECLINED;
import static org.secondopinion.referral.entity.ReferralStatus.INFO_REQUESTED;
import static org.secondopinion.referral.entity.ReferralStatus.IN_REVIEW;
import static org.secondopinion.referral.entity.ReferralStatus.OFFERED;
import static org.secondopinion.referral.entity.ReferralStatus.OPINION_DELIVERED;
import static org.secondopinion.referral.entity.ReferralStatus.READY_FOR_MATCHING;
import static org.secondopinion.referral.entity.ReferralStatus.RECORDS_PENDING;
import static org.secondopinion.referral.entity.ReferralStatus.REJECTED;
import static org.secondopinion.referral.entity.ReferralStatus.REQUESTED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralStatusTest {

    /** The state machine as DOMAIN.md states it, written out here on purpose rather than read from next(). */
    private static final Map<ReferralStatus, Set<ReferralStatus>> LEGAL = new EnumMap<>(ReferralStatus.class);

    static {
        LEGAL.put(REQUESTED, EnumSet.of(RECORDS_PENDING, REJECTED, CANCELLED));
        LEGAL.put(RECORDS_PENDING, EnumSet.of(READY_FOR_MATCHING, CANCELLED));
        LEGAL.put(READY_FOR_MATCHING, EnumSet.of(OFFERED, CANCELLED));
        LEGAL.put(OFFERED, EnumSet.of(ACCEPTED, DECLINED, CANCELLED));
        LEGAL.put(DECLINED, EnumSet.of(READY_FOR_MATCHING, CANCELLED));
        LEGAL.put(ACCEPTED, EnumSet.of(IN_REVIEW, CANCELLED));
        LEGAL.put(IN_REVIEW, EnumSet.of(INFO_REQUESTED, OPINION_DELIVERED, CANCELLED));
        LEGAL.put(INFO_REQUESTED, EnumSet.of(IN_REVIEW, CANCELLED));
        LEGAL.put(OPINION_DELIVERED, EnumSet.of(DECISION_RECORDED, CANCELLED));
        LEGAL.put(DECISION_RECORDED, EnumSet.of(CLOSED));
        LEGAL.put(CLOSED, EnumSet.noneOf(ReferralStatus.class));
        LEGAL.put(REJECTED, EnumSet.noneOf(ReferralStatus.class));
        LEGAL.put(CANCELLED, EnumSet.noneOf(ReferralStatus.class));
    }

    static Stream<Arguments> everyPairOfStates() {
        List<Arguments> pairs = new ArrayList<>();
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                pairs.add(Arguments.of(from, to, LEGAL.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @Test
    void theExpectedTableCoversAllThirteenStates() {
        assertThat(ReferralStatus.values()).hasSize(13);
        assertThat(LEGAL).containsOnlyKeys(ReferralStatus.values());
    }

    @ParameterizedTest(name = "{0} -> {1} legal: {2}")
    @MethodSource("everyPairOfStates")
    void allowsExactlyTheStepsOfTheDomainStateMachine(ReferralStatus from, ReferralStatus to, boolean legal) {
        assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(legal);
        assertThat(from.next().contains(to)).as("next() of %s contains %s", from, to).isEqualTo(legal);
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"CLOSED", "REJECTED", "CANCELLED"})
    void closedRejectedAndCancelledAreTerminalAndNotOpen(ReferralStatus status) {
        assertThat(status.next()).isEmpty();
        assertThat(status.isOpen()).isFalse();
        assertThat(ReferralStatus.open()).doesNotContain(status);
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"CLOSED", "REJECTED", "CANCELLED"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyOtherStateIsOpen(ReferralStatus status) {
        assertThat(status.isOpen()).isTrue();
        assertThat(ReferralStatus.open()).contains(status);
    }

    @ParameterizedTest(name = "{0} is FHIR Task.status {1}")
    @CsvSource({
        "REQUESTED, requested",
        "RECORDS_PENDING, received",
        "READY_FOR_MATCHING, received",
        "OFFERED, received",
        "DECLINED, received",
        "ACCEPTED, accepted",
        "IN_REVIEW, in-progress",
        "INFO_REQUESTED, on-hold",
        "OPINION_DELIVERED, completed",
        "DECISION_RECORDED, completed",
        "CLOSED, completed",
        "REJECTED, rejected",
        "CANCELLED, cancelled"
    })
    void mapsEachStateToItsFhirTaskStatus(ReferralStatus status, String fhirTaskStatus) {
        assertThat(status.fhirTaskStatus()).isEqualTo(fhirTaskStatus);
    }

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void mapsEveryStateToAValidFhirR4TaskStatusCode(ReferralStatus status) {
        // the FHIR R4 TaskStatus value set
        assertThat(status.fhirTaskStatus()).isIn("draft", "requested", "received", "accepted", "rejected", "ready",
                "cancelled", "in-progress", "on-hold", "failed", "completed", "entered-in-error");
    }

    @ParameterizedTest(name = "clock runs in {0}: {1}")
    @CsvSource({
        "REQUESTED, false",
        "RECORDS_PENDING, false",
        "READY_FOR_MATCHING, true",
        "OFFERED, true",
        "DECLINED, true",
        "ACCEPTED, true",
        "IN_REVIEW, true",
        "INFO_REQUESTED, true",
        "OPINION_DELIVERED, false",
        "DECISION_RECORDED, false",
        "CLOSED, false",
        "REJECTED, false",
        "CANCELLED, false"
    })
    void runsTheTurnaroundClockFromRecordsCompleteUntilTheOpinionIsDelivered(ReferralStatus status, boolean runs) {
        assertThat(status.clockRuns()).isEqualTo(runs);
        assertThat(ReferralStatus.clockRunning().contains(status)).isEqualTo(runs);
    }
}
