package org.secondopinion.legal.boundary;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.StateDeadlineRule;

/**
 * The morning reminder run takes "today" from the injected clock, in the server's zone: the rules in force are
 * those of the clock's day (read once for every state, not once per case).
 */
class DeadlineWatchTest {

    @Test
    @SuppressWarnings("unchecked")
    void theMorningRunRemindsAsOfTheInjectedClocksDay() {
        // 05:30 UTC on 1 March is still 28 February in Chicago
        DeadlineWatch watch = new DeadlineWatch();
        watch.clock = Clock.fixed(Instant.parse("2030-03-01T05:30:00Z"), ZoneId.of("America/Chicago"));
        watch.em = mock(EntityManager.class);
        TypedQuery<LegalCase> cases = mock(TypedQuery.class);
        TypedQuery<StateDeadlineRule> rules = mock(TypedQuery.class);
        when(watch.em.createNamedQuery(LegalCase.FIND_ALL, LegalCase.class)).thenReturn(cases);
        when(cases.getResultList()).thenReturn(List.of());
        when(watch.em.createNamedQuery(StateDeadlineRule.FIND_ALL_IN_FORCE, StateDeadlineRule.class)).thenReturn(rules);
        when(rules.setParameter(anyString(), any())).thenReturn(rules);
        when(rules.getResultList()).thenReturn(List.of());

        watch.everyMorning();

        verify(rules).setParameter("on", LocalDate.of(2030, 2, 28));
    }
}
