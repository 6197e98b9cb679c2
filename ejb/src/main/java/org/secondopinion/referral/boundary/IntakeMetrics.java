package org.secondopinion.referral.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Referrals taken in as the counter {@value #RECEIVED}, tagged {@code channel} ({@code page}, {@code api} or {@code fhir}; every
 * channel is there from the start, at 0). Counted after the commit, so an intake rolled back or refused is not
 * counted, and a replayed idempotent request (which never reaches the boundary) neither.
 */
@ApplicationScoped
public class IntakeMetrics {

    public static final String RECEIVED = "secondopinion.referrals.received";

    static final Metadata COUNTER = Metadata.builder().withName(RECEIVED)
            .withDescription("Second-opinion referrals taken in, by channel").build();

    @Inject
    MetricRegistry registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (ReferralTakenIn.Channel channel : ReferralTakenIn.Channel.values()) {
            registry.counter(COUNTER, new Tag("channel", channel.tag()));
        }
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferralTakenIn intake) {
        registry.counter(COUNTER, new Tag("channel", intake.channel().tag())).inc();
    }
}
