package org.secondopinion.legal.boundary;

import java.util.List;
import org.secondopinion.legal.entity.DeadlineReminder;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalDocument;
import org.secondopinion.legal.entity.ReviewOpinion;
import org.secondopinion.legal.entity.ReviewerAssignment;

/**
 * The case file as its assigned reviewer reads it: the case's details, their own assignment (never other
 * candidates' ties, waivers or rates), the documents produced to them (Bates-numbered, never the firm's unproduced
 * work), only the certificate-of-merit deadlines and their reminders, and the opinion's versions. Holds, releases,
 * disclosures, the chain of custody and the candidates are the firm's business and not part of it.
 */
public record ReviewerCaseFile(LegalCase legalCase, List<ReviewerAssignment> assignments,
                               List<LegalDocument> documents, List<Deadlines.DefendantDeadlines> deadlines,
                               List<DeadlineReminder> reminders, List<ReviewOpinion> opinions) implements CaseFile {

    public ReviewerCaseFile {
        assignments = List.copyOf(assignments);
        documents = List.copyOf(documents);
        deadlines = List.copyOf(deadlines);
        reminders = List.copyOf(reminders);
        opinions = List.copyOf(opinions);
    }
}
