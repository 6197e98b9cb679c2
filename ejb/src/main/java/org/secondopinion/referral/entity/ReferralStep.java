package org.secondopinion.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a referral's journey: from which state to which, who took it, when and why. */
@Entity
@Table(name = "referral_step")
public class ReferralStep extends ReferralPart {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ReferralStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ReferralStatus to;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 2000)
    private String reason;

    protected ReferralStep() {
    }

    ReferralStep(Referral referral, ReferralStatus from, ReferralStatus to, String actor, Instant at, String reason) {
        this.referral = referral;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.occurredAt = at;
        this.reason = reason;
    }

    public ReferralStatus getFrom() {
        return from;
    }

    public ReferralStatus getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getReason() {
        return reason;
    }
}
