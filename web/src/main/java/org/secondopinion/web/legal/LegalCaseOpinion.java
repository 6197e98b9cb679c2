package org.secondopinion.web.legal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.secondopinion.legal.boundary.OpinionForm;
import org.secondopinion.legal.boundary.ReviewOpinions;
import org.secondopinion.legal.entity.OpinionStatus;
import org.secondopinion.legal.entity.ReviewOpinion;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.web.shell.PageMessages;

/**
 * The opinion editor on the reviewer tab of {@code legal/case.xhtml}: the assigned reviewer, once attested, saves
 * drafts, makes the opinion final and opens a new version of a final one.
 */
@Named
@ViewScoped
public class LegalCaseOpinion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalCasePage page;

    @Inject
    ReviewOpinions opinions;

    @Inject
    PageMessages messages;

    private OpinionForm opinion;

    @PostConstruct
    void start() {
        opinionFromLatest();
    }

    /** The editor holds the latest draft (or an empty first one); a final version is shown, not edited. */
    private void opinionFromLatest() {
        opinion = new OpinionForm();
        ReviewOpinion latest = page.getLatestOpinion();
        if (latest != null) {
            opinion.setVersion(latest.getVersion());
            opinion.setStandardOfCare(latest.getStandardOfCare());
            opinion.setBreach(latest.getBreach());
            opinion.setShouldHaveDone(latest.getShouldHaveDone());
            opinion.setCausation(latest.getCausation());
            opinion.setDamages(latest.getDamages());
            opinion.setMaterials(latest.getMaterials());
            opinion.setQualifications(latest.getQualifications());
        }
    }

    public void saveDraft() {
        ReviewOpinion saved = opinions.writeOpinion(page.getId(), opinion);
        messages.info("legal.opinion.saved", saved.getRevision());
        missingSections(saved);
        page.reload();
        opinionFromLatest();
    }

    /** Saves the draft as typed and makes it final in one step when no section is missing, else names each one missing. */
    public void makeFinal() {
        ReviewOpinion saved = opinions.writeAndFinalise(page.getId(), opinion);
        if (missingSections(saved)) {
            messages.error("legal.opinion.notFinal", saved.getRevision());
        } else {
            messages.info("legal.opinion.final", saved.getRevision(), saved.getContentSha256());
        }
        page.reload();
        opinionFromLatest();
    }

    public void newVersion() {
        ReviewOpinion next = opinions.reviseOpinion(page.getId());
        messages.info("legal.opinion.newVersion", next.getRevision());
        page.reload();
        opinionFromLatest();
    }

    private boolean missingSections(ReviewOpinion saved) {
        List<String> missing = saved.missing();
        missing.forEach(section -> messages.warn("legal.opinion.missing", section));
        return !missing.isEmpty();
    }

    /** Whether the reviewer can write now: assigned, attested, and the newest version (if any) a draft. */
    public boolean isOpinionEditable() {
        ReviewOpinion latest = page.getLatestOpinion();
        ReviewerAssignment active = page.getActiveAssignment();
        return page.isReviewer() && page.isAssigned() && active.getAttestedAt() != null
                && (latest == null || latest.getStatus() == OpinionStatus.DRAFT);
    }

    public OpinionForm getOpinion() { return opinion; }
}
