package org.secondopinion.legal.boundary;

import java.io.Serializable;
import java.util.List;
import org.secondopinion.legal.entity.DeadlineReminder;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalDocument;
import org.secondopinion.legal.entity.ReviewOpinion;
import org.secondopinion.legal.entity.ReviewerAssignment;

/**
 * One case file as one audience may read it, assembled by {@link CaseFiles} in one call and audited once: the
 * firm's lawyers (and coordinators acting for firms) read a {@link FirmCaseFile}, the assigned reviewer a
 * {@link ReviewerCaseFile}; hospital administrators read no case file, only its {@link CaseFileOverview}.
 */
public sealed interface CaseFile extends Serializable permits FirmCaseFile, ReviewerCaseFile {

    LegalCase legalCase();

    /** The documents this audience may open: all the firm's, or those produced (Bates-numbered) to the reviewer. */
    List<LegalDocument> documents();

    /** Every assignment for the firm; the reviewer's own only. */
    List<ReviewerAssignment> assignments();

    /** The versions of the reviewer's opinion, newest first. */
    List<ReviewOpinion> opinions();

    /** Each defendant's deadlines: all for the firm, the certificate of merit for the reviewer. */
    List<Deadlines.DefendantDeadlines> deadlines();

    /** The reminders sent about those deadlines. */
    List<DeadlineReminder> reminders();

    /** The assignment in force (assigned, or waiting for a waiver), or null. */
    default ReviewerAssignment activeAssignment() {
        return assignments().stream().filter(ReviewerAssignment::isActive).findFirst().orElse(null);
    }
}
