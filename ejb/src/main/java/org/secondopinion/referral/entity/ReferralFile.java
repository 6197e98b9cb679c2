package org.secondopinion.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A record file received for a referral: where it is stored and the SHA-256 it must still have when downloaded. */
@Entity
@Table(name = "referral_file")
@NamedQuery(name = ReferralFile.FIND_BY_REFERRAL,
        query = "SELECT f FROM ReferralFile f WHERE f.referral.id = :referral ORDER BY f.uploadedAt")
public class ReferralFile extends ReferralPart {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_REFERRAL = "ReferralFile.findByReferral";

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @ManyToOne
    @JoinColumn(name = "record_id")
    private ReferralRecord record;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 200)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 80)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ReferralFile() {
    }

    public ReferralFile(Referral referral, ReferralRecord record, String fileName, String contentType, long sizeBytes,
                        String sha256, String storageKey, String uploadedBy, Instant uploadedAt) {
        this.referral = referral;
        this.record = record;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Referral getReferral() {
        return referral;
    }

    public ReferralRecord getRecord() {
        return record;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
