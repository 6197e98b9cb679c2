package org.secondopinion.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.secondopinion.platform.entity.RecordLocked;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * One version of the reviewer's opinion: standard of care, breach, what should have been done, causation,
 * damages, materials considered by Bates range and the reviewer's qualifications. A draft is edited; a final
 * version is locked with the hash of its content; a change is the next version.
 */
@Entity
@Table(name = "review_opinion")
@NamedQuery(name = ReviewOpinion.FIND_BY_CASE, query = "SELECT o FROM ReviewOpinion o WHERE o.legalCase.id = :case"
        + " ORDER BY o.revision DESC")
public class ReviewOpinion implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_CASE = "ReviewOpinion.findByCase";

    @Id
    @SequenceGenerator(name = "review_opinion_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_opinion_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private LegalCase legalCase;
    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id")
    private ReviewerAssignment assignment;
    @Column(nullable = false)
    private int revision;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private OpinionStatus status;
    @Column(name = "standard_of_care", length = 8000)
    private String standardOfCare;
    @Column(length = 8000)
    private String breach;
    @Column(name = "should_have_done", length = 8000)
    private String shouldHaveDone;
    @Column(length = 8000)
    private String causation;
    @Column(length = 8000)
    private String damages;
    @Column(length = 4000)
    private String materials;
    @Column(length = 4000)
    private String qualifications;
    @Column(name = "written_by", nullable = false, length = 80)
    private String writtenBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "finalised_at")
    private Instant finalisedAt;
    @Column(name = "content_sha256", length = 64)
    private String contentSha256;
    @Column(name = "document_key", length = 64)
    private String documentKey;
    @Column(name = "document_sha256", length = 64)
    private String documentSha256;
    @Version
    private long version;

    protected ReviewOpinion() {
    }

    public ReviewOpinion(LegalCase legalCase, ReviewerAssignment assignment, int revision, String by, Instant at) {
        this.legalCase = legalCase;
        this.assignment = assignment;
        this.revision = revision;
        this.status = OpinionStatus.DRAFT;
        this.writtenBy = by;
        this.updatedAt = at;
    }

    public void write(String standardOfCare, String breach, String shouldHaveDone, String causation, String damages,
                      String materials, String qualifications, Instant at) {
        requireDraft();
        this.standardOfCare = standardOfCare;
        this.breach = breach;
        this.shouldHaveDone = shouldHaveDone;
        this.causation = causation;
        this.damages = damages;
        this.materials = materials;
        this.qualifications = qualifications;
        this.updatedAt = at;
    }

    /** What is still missing before the opinion can be final. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        check(missing, standardOfCare, "the standard of care");
        check(missing, breach, "whether it was breached");
        check(missing, shouldHaveDone, "what should have been done");
        check(missing, causation, "causation");
        check(missing, damages, "damages");
        check(missing, materials, "the materials considered (Bates ranges)");
        check(missing, qualifications, "the reviewer's qualifications");
        return missing;
    }

    /** Makes the draft final and locks it with the hash of its content and of its PDF. */
    public void finalise(String documentKey, String documentSha256, Instant at) {
        requireDraft();
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new RuleViolation("opinion", "The opinion cannot be final yet; it still needs "
                    + String.join(", ", missing) + ".");
        }
        this.status = OpinionStatus.FINAL;
        this.finalisedAt = at;
        this.contentSha256 = contentHash();
        this.documentKey = documentKey;
        this.documentSha256 = documentSha256;
    }

    /** The next version, a draft with this one's text. */
    public ReviewOpinion nextVersion(String by, Instant at) {
        if (status == OpinionStatus.DRAFT) {
            throw new RuleViolation("status", "Version " + revision + " is still a draft: change it directly.");
        }
        ReviewOpinion next = new ReviewOpinion(legalCase, assignment, revision + 1, by, at);
        next.write(standardOfCare, breach, shouldHaveDone, causation, damages, materials, qualifications, at);
        return next;
    }

    public void supersede() {
        if (status == OpinionStatus.FINAL) {
            status = OpinionStatus.SUPERSEDED;
        }
    }

    /** SHA-256 over the opinion's sections, in order, each with its length so no text can move between them. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {standardOfCare, breach, shouldHaveDone, causation, damages, materials,
                    qualifications}) {
                byte[] bytes = (part == null ? "" : part).getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireDraft() {
        if (status != OpinionStatus.DRAFT) {
            throw new RecordLocked("Version " + revision + " of the opinion is " + status.name().toLowerCase()
                    + " and locked. Make a new version to change it.");
        }
    }

    private static void check(List<String> missing, String text, String what) {
        if (text == null || text.isBlank()) {
            missing.add(what);
        }
    }

    public Long getId() { return id; }
    public LegalCase getLegalCase() { return legalCase; }
    public ReviewerAssignment getAssignment() { return assignment; }
    public int getRevision() { return revision; }
    public OpinionStatus getStatus() { return status; }
    public String getStandardOfCare() { return standardOfCare; }
    public String getBreach() { return breach; }
    public String getShouldHaveDone() { return shouldHaveDone; }
    public String getCausation() { return causation; }
    public String getDamages() { return damages; }
    public String getMaterials() { return materials; }
    public String getQualifications() { return qualifications; }
    public String getWrittenBy() { return writtenBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getFinalisedAt() { return finalisedAt; }
    public String getContentSha256() { return contentSha256; }
    public String getDocumentKey() { return documentKey; }
    public String getDocumentSha256() { return documentSha256; }
    public long getVersion() { return version; }
}
