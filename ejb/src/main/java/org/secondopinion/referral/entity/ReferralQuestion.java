package org.secondopinion.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One question the patient asked, and the specialist's answer. */
@Entity
@Table(name = "referral_question")
public class ReferralQuestion extends ReferralPart {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private StandardQuestion standard;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(length = 4000)
    private String answer;

    protected ReferralQuestion() {
    }

    ReferralQuestion(Referral referral, int position, StandardQuestion standard, String text) {
        this.referral = referral;
        this.position = position;
        this.standard = standard;
        this.text = text;
    }

    void answer(String newAnswer) {
        this.answer = newAnswer == null || newAnswer.isBlank() ? null : newAnswer.trim();
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public int getPosition() {
        return position;
    }

    public StandardQuestion getStandard() {
        return standard;
    }

    public String getText() {
        return text;
    }

    public String getAnswer() {
        return answer;
    }
}
