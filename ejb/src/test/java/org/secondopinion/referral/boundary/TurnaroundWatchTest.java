package org.secondopinion.referral.boundary;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondopinion.referral.entity.Referral;

/** The five-minute turnaround watch asks for the cases due before the clock's moment, not the machine's. */
class TurnaroundWatchTest {

    @Test
    @SuppressWarnings("unchecked")
    void theWatchFlagsAsOfTheInjectedClock() {
        Instant setDate = Instant.parse("2031-02-03T04:05:06Z");
        TurnaroundWatch watch = new TurnaroundWatch();
        watch.clock = Clock.fixed(setDate, ZoneOffset.UTC);
        watch.em = mock(EntityManager.class);
        TypedQuery<Referral> due = mock(TypedQuery.class);
        when(watch.em.createNamedQuery(Referral.FIND_DUE_BEFORE, Referral.class)).thenReturn(due);
        when(due.setParameter(anyString(), any())).thenReturn(due);
        when(due.setMaxResults(anyInt())).thenReturn(due);
        when(due.getResultList()).thenReturn(List.of());

        watch.everyFiveMinutes();

        verify(due).setParameter("now", setDate);
    }
}
