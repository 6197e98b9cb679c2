package org.secondopinion.feeschedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One imported price file: a version of a hospital's fee schedule with its effective date,
 * the stored file and its hash, and the import's progress and report.
 */
@Entity
@Table(name = "fee_schedule")
@NamedQuery(name = FeeSchedule.FIND_ALL, query = "SELECT f FROM FeeSchedule f ORDER BY f.startedAt DESC, f.id DESC")
public class FeeSchedule implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "FeeSchedule.findAll";

    @Id
    @SequenceGenerator(name = "fee_schedule_seq", sequenceName = "fee_schedule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_schedule_seq")
    private Long id;

    @Column(name = "hospital_name", length = 300)
    private String hospitalName;
    @Column(name = "template_version", length = 20)
    private String templateVersion;
    @Column(name = "file_format", length = 12)
    private String fileFormat;
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;
    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;
    @Column(name = "storage_key", nullable = false, length = 64)
    private String storageKey;
    @Column(name = "effective_date")
    private LocalDate effectiveDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FeeScheduleStatus status;
    @Column(name = "bytes_total", nullable = false)
    private long bytesTotal;
    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;
    @Column(name = "rows_read", nullable = false)
    private long rowsRead;
    @Column(name = "charges_accepted", nullable = false)
    private long chargesAccepted;
    @Column(name = "rejected_count", nullable = false)
    private long rejectedCount;
    @Column(name = "warning_count", nullable = false)
    private long warningCount;
    @Column(length = 2000)
    private String message;
    @Column(name = "imported_by", nullable = false, length = 80)
    private String importedBy;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Version
    private long version;

    protected FeeSchedule() {
    }

    public FeeSchedule(String fileName, String fileSha256, String storageKey, long bytesTotal, String by, Instant at) {
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.storageKey = storageKey;
        this.bytesTotal = bytesTotal;
        this.importedBy = by;
        this.startedAt = at;
        this.status = FeeScheduleStatus.IMPORTING;
    }

    public void progress(long read, long charges) {
        this.bytesRead = Math.min(read, bytesTotal);
        this.chargesAccepted = charges;
    }

    public void finish(String hospital, String template, String format, LocalDate effective, long rows, long charges,
                       long rejected, long warnings, String summary, Instant at) {
        this.hospitalName = hospital;
        this.templateVersion = template;
        this.fileFormat = format;
        this.effectiveDate = effective;
        this.rowsRead = rows;
        this.chargesAccepted = charges;
        this.rejectedCount = rejected;
        this.warningCount = warnings;
        this.message = cut(summary);
        this.bytesRead = bytesTotal;
        this.finishedAt = at;
        this.status = FeeScheduleStatus.READY;
    }

    public void reject(String reason, Instant at) {
        this.message = cut(reason);
        this.chargesAccepted = 0;
        this.finishedAt = at;
        this.status = FeeScheduleStatus.REJECTED;
    }

    /** Share of the file read, 0 to 100, for the progress bar. */
    public int percentDone() {
        return bytesTotal == 0 ? 100 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    public Long getId() { return id; }
    public String getHospitalName() { return hospitalName; }
    public String getTemplateVersion() { return templateVersion; }
    public String getFileFormat() { return fileFormat; }
    public String getFileName() { return fileName; }
    public String getFileSha256() { return fileSha256; }
    public String getStorageKey() { return storageKey; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public FeeScheduleStatus getStatus() { return status; }
    public long getBytesTotal() { return bytesTotal; }
    public long getBytesRead() { return bytesRead; }
    public long getRowsRead() { return rowsRead; }
    public long getChargesAccepted() { return chargesAccepted; }
    public long getRejectedCount() { return rejectedCount; }
    public long getWarningCount() { return warningCount; }
    public String getMessage() { return message; }
    public String getImportedBy() { return importedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public long getVersion() { return version; }
}
