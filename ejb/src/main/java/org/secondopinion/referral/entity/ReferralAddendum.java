package org.secondopinion.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A follow-up question the patient asked after delivery, and the specialist's answer, added to the report. */
@Entity
@Table(name = "referral_addendum")
public class ReferralAddendum extends ReferralPart {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Column(nullable = false, length = 2000)
    private String question;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(length = 4000)
    private String answer;

    @Column(name = "answered_by", length = 80)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ReferralAddendum() {
    }

    ReferralAddendum(Referral referral, String question, Instant askedAt) {
        this.referral = referral;
        this.question = question;
        this.askedAt = askedAt;
    }

    void answer(String text, String by, Instant at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
