package org.secondopinion.referral.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.referral.entity.OpinionOutcome;

/** The specialist's opinion as written on the page or sent to the API; saving it does not deliver it. */
public class OpinionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Set<OpinionOutcome> outcomes = EnumSet.noneOf(OpinionOutcome.class);
    @Size(max = 8, message = "An ICD-10-CM code is at most 8 characters.")
    @PlainText("Second diagnosis code")
    private String secondDiagnosisCode;
    @Size(max = 400, message = "Second diagnosis text is at most 400 characters.")
    @PlainText(value = "Second diagnosis text", multiLine = true)
    private String secondDiagnosisText;
    @Size(max = 4000, message = "Recommended treatment is at most 4000 characters.")
    @PlainText(value = "Recommended treatment", multiLine = true)
    private String recommendedTreatment;
    @Size(max = 2000, message = "Repeat diagnostics are at most 2000 characters.")
    @PlainText(value = "Repeat diagnostics", multiLine = true)
    private String repeatDiagnostics;
    @Size(max = 8000, message = "Summary is at most 8000 characters.")
    @PlainText(value = "Summary", multiLine = true)
    private String summary;
    @Valid
    private List<AlternativeForm> alternatives = new ArrayList<>();
    /** Answers by question id. */
    private Map<Long, String> answers = new LinkedHashMap<>();

    /** One alternative treatment with its pros, cons and expected outcome. */
    public static class AlternativeForm implements Serializable {
        private static final long serialVersionUID = 1L;
        @Size(max = 1000, message = "Alternative treatment is at most 1000 characters.")
        @PlainText(value = "Alternative treatment", multiLine = true)
        private String treatment;
        @Size(max = 2000, message = "Pros is at most 2000 characters.")
        @PlainText(value = "Pros", multiLine = true)
        private String pros;
        @Size(max = 2000, message = "Cons is at most 2000 characters.")
        @PlainText(value = "Cons", multiLine = true)
        private String cons;
        @Size(max = 2000, message = "Expected outcome is at most 2000 characters.")
        @PlainText(value = "Expected outcome", multiLine = true)
        private String expectedOutcome;

        public String getTreatment() { return treatment; }
        public void setTreatment(String treatment) { this.treatment = treatment; }
        public String getPros() { return pros; }
        public void setPros(String pros) { this.pros = pros; }
        public String getCons() { return cons; }
        public void setCons(String cons) { this.cons = cons; }
        public String getExpectedOutcome() { return expectedOutcome; }
        public void setExpectedOutcome(String expectedOutcome) { this.expectedOutcome = expectedOutcome; }
    }

    public Set<OpinionOutcome> getOutcomes() { return outcomes; }
    public void setOutcomes(Set<OpinionOutcome> outcomes) { this.outcomes = outcomes == null || outcomes.isEmpty() ? EnumSet.noneOf(OpinionOutcome.class) : EnumSet.copyOf(outcomes); }
    public String getSecondDiagnosisCode() { return secondDiagnosisCode; }
    public void setSecondDiagnosisCode(String secondDiagnosisCode) { this.secondDiagnosisCode = secondDiagnosisCode; }
    public String getSecondDiagnosisText() { return secondDiagnosisText; }
    public void setSecondDiagnosisText(String secondDiagnosisText) { this.secondDiagnosisText = secondDiagnosisText; }
    public String getRecommendedTreatment() { return recommendedTreatment; }
    public void setRecommendedTreatment(String recommendedTreatment) { this.recommendedTreatment = recommendedTreatment; }
    public String getRepeatDiagnostics() { return repeatDiagnostics; }
    public void setRepeatDiagnostics(String repeatDiagnostics) { this.repeatDiagnostics = repeatDiagnostics; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public List<AlternativeForm> getAlternatives() { return alternatives; }
    public void setAlternatives(List<AlternativeForm> alternatives) { this.alternatives = alternatives == null ? new ArrayList<>() : alternatives; }
    public Map<Long, String> getAnswers() { return answers; }
    public void setAnswers(Map<Long, String> answers) { this.answers = answers == null ? new LinkedHashMap<>() : answers; }
}
