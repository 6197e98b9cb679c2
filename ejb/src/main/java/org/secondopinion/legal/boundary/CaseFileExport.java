package org.secondopinion.legal.boundary;

import java.util.List;
import org.secondopinion.legal.entity.DisclosureRecord;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalDocument;
import org.secondopinion.legal.entity.Production;

/** A case file as the firm exports it: the case with its documents, productions and disclosure records. */
public record CaseFileExport(LegalCase legalCase, List<LegalDocument> documents, List<Production> productions,
                             List<DisclosureRecord> disclosures) {

    public CaseFileExport {
        documents = List.copyOf(documents);
        productions = List.copyOf(productions);
        disclosures = List.copyOf(disclosures);
    }
}
