package org.secondopinion.web.legal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import org.secondopinion.legal.boundary.CaseDocuments;
import org.secondopinion.legal.entity.DocumentLabel;
import org.secondopinion.legal.entity.LegalDocument;
import org.secondopinion.web.shell.PageMessages;

/** The documents tab of {@code legal/case.xhtml}: receiving and deleting documents, and legal holds (the firm). */
@Named
@ViewScoped
public class LegalCaseDocuments implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalCasePage page;

    @Inject
    CaseDocuments documents;

    @Inject
    PageMessages messages;

    private DocumentLabel[] uploadLabels = {DocumentLabel.MEDICAL_RECORD};
    private String uploadSource;
    private String deleteReason;
    private String holdReason;

    public void upload(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            LegalDocument received = documents.receive(page.getId(), event.getFile().getFileName(),
                    labelSet(uploadLabels), uploadSource, content);
            messages.info("legal.documentReceived", received.getFileName(), received.getSha256());
            page.reload();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(long documentId) {
        if (blank(deleteReason)) {
            messages.error("legal.deleteReasonRequired");
            return;
        }
        documents.delete(documentId, deleteReason);
        messages.info("legal.deleted");
        deleteReason = null;
        page.reload();
    }

    public void placeHold() {
        if (blank(holdReason)) {
            messages.error("legal.holdReasonRequired");
            return;
        }
        documents.placeHold(page.getId(), holdReason);
        messages.info("legal.holdPlaced");
        holdReason = null;
        page.reload();
    }

    public void releaseHold(long holdId) {
        documents.releaseHold(page.getId(), holdId);
        messages.info("legal.holdReleased");
        page.reload();
    }

    static Set<DocumentLabel> labelSet(DocumentLabel[] labels) {
        return labels == null || labels.length == 0 ? EnumSet.noneOf(DocumentLabel.class)
                : EnumSet.copyOf(Arrays.asList(labels));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public DocumentLabel[] getUploadLabels() { return uploadLabels; }
    public void setUploadLabels(DocumentLabel[] uploadLabels) { this.uploadLabels = uploadLabels; }
    public String getUploadSource() { return uploadSource; }
    public void setUploadSource(String uploadSource) { this.uploadSource = uploadSource; }
    public String getDeleteReason() { return deleteReason; }
    public void setDeleteReason(String deleteReason) { this.deleteReason = deleteReason; }
    public String getHoldReason() { return holdReason; }
    public void setHoldReason(String holdReason) { this.holdReason = holdReason; }
}
