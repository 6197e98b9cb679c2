package org.secondopinion.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.platform.control.Download;
import org.secondopinion.platform.control.FileStore;
import org.secondopinion.platform.control.FileType;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralFile;
import org.secondopinion.referral.entity.ReferralRecord;

/**
 * The record files of a case: uploads streamed to storage with their SHA-256, listed to
 * those who may see the case, and downloaded only while the content still has that hash.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SPECIALIST})
public class ReferralRecords {

    static final String FILE = "ReferralFile";
    private static final FileType[] ACCEPTED = {FileType.PDF, FileType.PNG, FileType.JPEG, FileType.TIFF, FileType.DICOM};

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    FileStore store;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "secondopinion.records.max-mb", defaultValue = "200")
    long maxMegabytes;

    /** Receives a record file for a case (coordinator, or the assigned specialist sending repeat diagnostics). */
    public ReferralFile upload(long referralId, Long recordId, @Size(max = 255, message = "File name is at most 255 characters.") @PlainText("File name") String fileName, InputStream content) {
        Referral referral = access.open(referralId);
        if (!referral.getStatus().isOpen()) {
            throw new RuleViolation("file", "The case is " + referral.getStatus() + "; no more records are taken.");
        }
        ReferralRecord record = recordId == null ? null : referral.record(recordId);
        String name = safeName(fileName);
        FileStore.Stored stored = store.store(content, maxMegabytes * 1024 * 1024, ACCEPTED);
        ReferralFile file = new ReferralFile(referral, record, name, stored.type().mediaType(), stored.size(),
                stored.sha256(), stored.key(), access.caller(), Instant.now(clock));
        em.persist(file);
        em.flush();
        audit.record(AuditAction.CREATE, FILE, file.getId(), "received '" + name + "' (" + stored.type() + ", "
                + stored.size() + " bytes, SHA-256 " + stored.sha256() + ") for " + referral.reference());
        return file;
    }

    public List<ReferralFile> files(long referralId) {
        access.open(referralId);
        List<ReferralFile> files = em.createNamedQuery(ReferralFile.FIND_BY_REFERRAL, ReferralFile.class)
                .setParameter("referral", referralId).getResultList();
        audit.record(AuditAction.READ, CaseAccess.RECORD_TYPE, referralId, "listed " + files.size() + " record files");
        return files;
    }

    /**
     * A file for download, after checking the caller may see its case and that the stored
     * bytes still have the hash taken on receipt. A changed file is withheld and audited.
     */
    public Download download(long fileId) {
        ReferralFile file = em.find(ReferralFile.class, fileId);
        if (file == null) {
            if (!access.callerIsCoordinator()) {
                audit.recordRefusal(FILE, fileId, "refused: no such file among the caller's cases");
            }
            throw CaseAccess.notFound(FILE, fileId);
        }
        access.open(file.getReferral().getId(), FILE, fileId);
        InputStream content;
        try {
            content = store.open(file.getStorageKey(), file.getSha256());
        } catch (FileStore.FileTampered tampered) {
            audit.recordRefusal(FILE, fileId, "withheld: stored content no longer matches its SHA-256");
            throw new RuleViolation("file", "The stored file '" + file.getFileName() + "' has changed since it was "
                    + "received, so it is withheld. The administrator has been told through the audit log.");
        }
        audit.record(AuditAction.EXPORT, FILE, fileId, "downloaded '" + file.getFileName() + "' of "
                + file.getReferral().reference() + "; SHA-256 verified");
        return new Download(file.getFileName(), file.getContentType(), file.getSizeBytes(), file.getSha256(), content);
    }

    /** The name shown and offered on download: see {@link FileStore#safeName}. */
    static String safeName(String fileName) {
        return FileStore.safeName(fileName, "record");
    }

}
