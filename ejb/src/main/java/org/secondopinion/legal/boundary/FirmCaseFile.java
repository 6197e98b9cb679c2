package org.secondopinion.legal.boundary;

import java.util.List;
import org.secondopinion.legal.entity.CustodyEntry;
import org.secondopinion.legal.entity.DeadlineReminder;
import org.secondopinion.legal.entity.DisclosureAuthority;
import org.secondopinion.legal.entity.DisclosureRecord;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalDocument;
import org.secondopinion.legal.entity.LegalHold;
import org.secondopinion.legal.entity.Production;
import org.secondopinion.legal.entity.ReviewOpinion;
import org.secondopinion.legal.entity.ReviewerAssignment;

/**
 * The case file as the firm's lawyers (and a coordinator acting for the firm) read it: the whole file, with its
 * holds, authorities to disclose, productions, disclosure records, chain of custody and the ranked candidates for
 * reviewer.
 */
public record FirmCaseFile(LegalCase legalCase, List<Deadlines.DefendantDeadlines> deadlines,
                           List<DeadlineReminder> reminders, List<LegalDocument> documents, List<LegalHold> holds,
                           List<DisclosureAuthority> authorities, List<Production> productions,
                           List<DisclosureRecord> disclosures, List<CustodyEntry> custody,
                           List<Reviews.Candidate> candidates, List<ReviewerAssignment> assignments,
                           List<ReviewOpinion> opinions) implements CaseFile {

    public FirmCaseFile {
        deadlines = List.copyOf(deadlines);
        reminders = List.copyOf(reminders);
        documents = List.copyOf(documents);
        holds = List.copyOf(holds);
        authorities = List.copyOf(authorities);
        productions = List.copyOf(productions);
        disclosures = List.copyOf(disclosures);
        custody = List.copyOf(custody);
        candidates = List.copyOf(candidates);
        assignments = List.copyOf(assignments);
        opinions = List.copyOf(opinions);
    }
}
