package org.secondopinion.referral.boundary;

import java.util.Locale;

/**
 * A referral taken in, fired by the caller that took it in through {@link Referrals#takeIn}, naming its channel;
 * {@link IntakeMetrics} counts it once the transaction that took it in has committed.
 */
public record ReferralTakenIn(Channel channel) {

    /**
     * How the request reached the hospital: a coordinator's intake page, another system through the REST API, or
     * another system through FHIR.
     */
    public enum Channel {
        PAGE, API, FHIR;

        /** The metric tag's value. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
