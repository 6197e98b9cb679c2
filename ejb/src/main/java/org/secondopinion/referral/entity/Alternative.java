package org.secondopinion.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A treatment the specialist weighed, with its pros, cons and expected outcome. */
@Embeddable
public class Alternative implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 1000)
    private String treatment;

    @Column(length = 2000)
    private String pros;

    @Column(length = 2000)
    private String cons;

    @Column(name = "expected_outcome", length = 2000)
    private String expectedOutcome;

    protected Alternative() {
    }

    public Alternative(String treatment, String pros, String cons, String expectedOutcome) {
        if (treatment == null || treatment.isBlank()) {
            throw new org.secondopinion.platform.entity.RuleViolation("alternatives",
                    "Each alternative needs the treatment it describes.");
        }
        this.treatment = treatment.trim();
        this.pros = pros;
        this.cons = cons;
        this.expectedOutcome = expectedOutcome;
    }

    public String getTreatment() {
        return treatment;
    }

    public String getPros() {
        return pros;
    }

    public String getCons() {
        return cons;
    }

    public String getExpectedOutcome() {
        return expectedOutcome;
    }
}
