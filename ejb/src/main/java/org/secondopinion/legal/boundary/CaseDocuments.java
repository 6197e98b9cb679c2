package org.secondopinion.legal.boundary;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.legal.entity.CustodyAction;
import org.secondopinion.legal.entity.CustodyEntry;
import org.secondopinion.legal.entity.DocumentLabel;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalDocument;
import org.secondopinion.legal.entity.LegalHold;
import org.secondopinion.platform.control.Download;
import org.secondopinion.platform.control.FileStore;
import org.secondopinion.platform.control.FileType;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.RecordLocked;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * A case file's documents behind the firm's wall: received streamed to storage with the SHA-256 taken on receipt
 * and the type checked from the content, the page count of PDFs, labels; every download re-hashes the stored
 * bytes; deletion is refused while a legal hold is active; every step is a chain-of-custody entry.
 */
@Stateless
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
public class CaseDocuments {

    static final String RECORD_TYPE = "LegalDocument";
    private static final Logger LOG = Logger.getLogger(CaseDocuments.class.getName());
    private static final FileType[] ACCEPTED = {FileType.PDF, FileType.PNG, FileType.JPEG, FileType.TIFF,
            FileType.DICOM};

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseWall wall;

    @Inject
    FileStore store;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "secondopinion.legal.documents.max-mb", defaultValue = "200")
    long maxMegabytes;

    public LegalDocument receive(long caseId, @Size(max = 255, message = "File name is at most 255 characters.") @PlainText("File name") String fileName, Set<DocumentLabel> labels, @Size(max = 200, message = "Source is at most 200 characters.") @PlainText("Source") String source,
                                 InputStream content) {
        LegalCase legalCase = wall.open(caseId);
        String name = FileStore.safeName(fileName, "document");
        FileStore.Stored stored = store.store(content, maxMegabytes * 1024 * 1024, ACCEPTED);
        Integer pages = stored.type() == FileType.PDF ? pagesOf(stored.key()) : Integer.valueOf(1);
        LegalDocument document = new LegalDocument(legalCase, name, stored.type().mediaType(), stored.size(),
                stored.sha256(), stored.key(), pages, labels == null ? EnumSet.noneOf(DocumentLabel.class) : labels,
                source == null || source.isBlank() ? null : source.strip(), wall.caller(), Instant.now(clock));
        em.persist(document);
        em.flush();
        custody(legalCase.getId(), document.getId(), CustodyAction.RECEIVED, "received '" + name + "' ("
                + stored.type() + ", " + stored.size() + " bytes, " + (pages == null ? "pages unknown" : pages
                + " page(s)") + ", SHA-256 " + stored.sha256() + ")" + (document.getSource() == null ? ""
                : " from " + document.getSource()));
        audit.record(AuditAction.CREATE, RECORD_TYPE, document.getId(), "received '" + name + "' for "
                + legalCase.reference() + ", SHA-256 " + stored.sha256());
        return document;
    }

    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public List<LegalDocument> list(long caseId) {
        LegalCase legalCase = wall.open(caseId);
        // a reviewer sees the record set produced (Bates-numbered), never the firm's unproduced documents
        List<LegalDocument> documents = em.createNamedQuery(wall.asReviewer(legalCase)
                        ? LegalDocument.FIND_PRODUCED_BY_CASE : LegalDocument.FIND_BY_CASE, LegalDocument.class)
                .setParameter("case", caseId).getResultList();
        audit.record(AuditAction.READ, CaseWall.RECORD_TYPE, caseId, "listed " + documents.size() + " documents");
        return documents;
    }

    /** A document for download after the wall and the hash check; a changed file is withheld. */
    @RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR, Role.Names.SPECIALIST})
    public Download download(long documentId) {
        LegalDocument document = visible(documentId);
        InputStream content = verified(document);
        custody(document.getLegalCase().getId(), documentId, CustodyAction.DOWNLOADED, "downloaded by "
                + wall.caller() + "; SHA-256 verified");
        audit.record(AuditAction.EXPORT, RECORD_TYPE, documentId, "downloaded '" + document.getFileName() + "' of "
                + document.getLegalCase().reference() + "; SHA-256 verified");
        return new Download(document.getFileName(), document.getMediaType(), document.getSizeBytes(),
                document.getSha256(), content);
    }

    /** Deletes (marks deleted) a document, unless a legal hold on its case is active. */
    public void delete(long documentId, @Size(max = 1000, message = "Reason is at most 1000 characters.") @PlainText(value = "Reason", multiLine = true) String reason) {
        LegalDocument document = visible(documentId);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Say why the document is deleted.");
        }
        long caseId = document.getLegalCase().getId();
        List<LegalHold> holds = activeHolds(caseId);
        if (!holds.isEmpty()) {
            String refusal = "'" + document.getFileName() + "' is under the legal hold placed on "
                    + holds.get(0).getPlacedAt() + " (" + holds.get(0).getReason() + "): nothing in the case can be"
                    + " deleted until the hold is released.";
            audit.recordRefusal(RECORD_TYPE, documentId, "deletion refused under legal hold");
            custodyNow(caseId, documentId, CustodyAction.DELETION_REFUSED, "deletion by " + wall.caller()
                    + " refused: legal hold");
            throw new RecordLocked(refusal);
        }
        document.deleted(wall.caller(), Instant.now(clock));
        custody(caseId, documentId, CustodyAction.DELETED, "deleted by " + wall.caller() + ": " + reason.strip());
        audit.record(AuditAction.DELETE, RECORD_TYPE, documentId, "deleted '" + document.getFileName() + "' of "
                + document.getLegalCase().reference() + ": " + reason.strip());
    }

    public LegalHold placeHold(long caseId, @Size(max = 400, message = "Reason is at most 400 characters.") @PlainText(value = "Reason", multiLine = true) String reason) {
        LegalCase legalCase = wall.open(caseId);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Say why the hold is placed (the matter, the notice received).");
        }
        LegalHold hold = new LegalHold(legalCase, reason.strip(), wall.caller(), Instant.now(clock));
        em.persist(hold);
        em.flush();
        custody(caseId, null, CustodyAction.HOLD_PLACED, "legal hold placed: " + hold.getReason());
        audit.record(AuditAction.UPDATE, CaseWall.RECORD_TYPE, caseId, "legal hold placed on "
                + legalCase.reference() + ": " + hold.getReason());
        return hold;
    }

    public LegalHold releaseHold(long caseId, long holdId) {
        LegalCase legalCase = wall.open(caseId);
        LegalHold hold = em.find(LegalHold.class, holdId);
        if (hold == null || !activeHolds(caseId).contains(hold)) {
            throw new RuleViolation("hold", "Case " + legalCase.reference() + " has no active hold " + holdId + ".");
        }
        hold.release(wall.caller(), Instant.now(clock));
        custody(caseId, null, CustodyAction.HOLD_RELEASED, "legal hold released: " + hold.getReason());
        audit.record(AuditAction.UPDATE, CaseWall.RECORD_TYPE, caseId, "legal hold released on "
                + legalCase.reference());
        return hold;
    }

    public List<LegalHold> holds(long caseId) {
        wall.open(caseId);
        return em.createNamedQuery(LegalHold.FIND_BY_CASE, LegalHold.class).setParameter("case", caseId)
                .getResultList();
    }

    public List<CustodyEntry> custodyLog(long caseId) {
        wall.open(caseId);
        audit.record(AuditAction.READ, CaseWall.RECORD_TYPE, caseId, "read the chain of custody");
        return em.createNamedQuery(CustodyEntry.FIND_BY_CASE, CustodyEntry.class).setParameter("case", caseId)
                .getResultList();
    }

    private List<LegalHold> activeHolds(long caseId) {
        return em.createNamedQuery(LegalHold.ACTIVE_FOR_CASE, LegalHold.class).setParameter("case", caseId)
                .getResultList();
    }

    /** The stored bytes, after checking they still have the hash taken on receipt (for productions too). */
    public InputStream verified(LegalDocument document) {
        try {
            return store.open(document.getStorageKey(), document.getSha256());
        } catch (FileStore.FileTampered tampered) {
            audit.recordRefusal(RECORD_TYPE, document.getId(), "withheld: stored content no longer matches its"
                    + " SHA-256");
            custodyNow(document.getLegalCase().getId(), document.getId(), CustodyAction.INTEGRITY_FAILED,
                    "stored content no longer matches the SHA-256 taken on receipt; withheld");
            throw new RuleViolation("document", "The stored document '" + document.getFileName()
                    + "' has changed since it was received, so it is withheld.");
        }
    }

    /** A document of a case behind the caller's wall (for productions too); the same refusal for an unknown id. */
    public LegalDocument visible(long documentId) {
        LegalDocument document = em.find(LegalDocument.class, documentId);
        if (document == null || document.getDeletedAt() != null) {
            if (!wall.isCoordinator()) {
                audit.recordRefusal(RECORD_TYPE, documentId, "refused: no such document behind the caller's wall");
            }
            throw CaseWall.notFound(RECORD_TYPE, documentId);
        }
        LegalCase legalCase = wall.open(document.getLegalCase().getId(), RECORD_TYPE, documentId);
        if (wall.asReviewer(legalCase) && em.createNamedQuery(LegalDocument.FIND_PRODUCED_BY_CASE, LegalDocument.class)
                .setParameter("case", legalCase.getId()).getResultList().stream()
                .noneMatch(produced -> produced.getId().equals(document.getId()))) {
            audit.recordRefusal(RECORD_TYPE, documentId, "refused: document not produced to the reviewer " + wall.caller());
            throw CaseWall.notFound(RECORD_TYPE, documentId);
        }
        return document;
    }

    /** A chain-of-custody entry in the caller's transaction. */
    public void custody(long caseId, Long documentId, CustodyAction action, @Size(max = 1000, message = "Detail is at most 1000 characters.") @PlainText(value = "Detail", multiLine = true) String detail) {
        em.persist(new CustodyEntry(caseId, documentId, action, wall.caller(), Instant.now(clock), detail));
    }

    /** A custody entry that stays even though the action it records is refused and rolled back. */
    private void custodyNow(long caseId, Long documentId, CustodyAction action, String detail) {
        custodyLog.record(caseId, documentId, action, wall.caller(), detail);
    }

    @Inject
    CustodyLog custodyLog;

    /**
     * The page count, read with the file memory-mapped (outside the heap): plain random access reads a byte per
     * system call, and a PDF without a usable cross-reference table is scanned from start to end to rebuild it,
     * about 20 s of CPU for 25 MB (0.5 s mapped), inside the upload's transaction.
     */
    private Integer pagesOf(String key) {
        try {
            PdfReader reader = new PdfReader(new RandomAccessFileOrArray(store.pathOf(key).toString(), false, false),
                    null);
            try {
                return reader.getNumberOfPages();
            } finally {
                reader.close();
            }
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.FINE, "No page count for stored PDF " + key, unreadable);
            return null;
        }
    }
}
