package org.secondopinion.legal.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The administrators' read model stays at the minimum necessary: a new field is a decision, not an accident. */
class CaseFileOverviewTest {

    @Test
    void holdsOnlyTheMinimumNecessaryForOversight() {
        assertThat(Arrays.stream(CaseFileOverview.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("id", "reference", "firmId", "firmName", "status", "jurisdiction", "openedAt",
                        "documents", "producedDocuments", "assignments", "assignmentStatuses", "activeHolds",
                        "nextDeadline", "nextDeadlineKind", "deadlinesComplete");
        assertThat(Arrays.stream(CaseFileOverview.AssignmentCount.class.getRecordComponents())
                .map(RecordComponent::getName)).containsExactly("status", "count");
    }
}
