package org.secondopinion.legal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A reminder sent for a defendant's deadline, once per threshold (180, 90, 60, 30 days before). */
@Entity
@Table(name = "deadline_reminder")
@NamedQuery(name = DeadlineReminder.FIND_BY_CASE, query = "SELECT r FROM DeadlineReminder r WHERE r.caseId = :case"
        + " ORDER BY r.dueOn, r.daysBefore DESC")
@NamedQuery(name = DeadlineReminder.EXISTS, query = "SELECT COUNT(r) FROM DeadlineReminder r"
        + " WHERE r.defendantId = :defendant AND r.kind = :kind AND r.dueOn = :due AND r.daysBefore = :days")
public class DeadlineReminder implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_CASE = "DeadlineReminder.findByCase";
    public static final String EXISTS = "DeadlineReminder.exists";

    @Id
    @SequenceGenerator(name = "deadline_reminder_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_reminder_seq")
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "defendant_id", nullable = false)
    private long defendantId;
    @Column(nullable = false, length = 24)
    private String kind;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "days_before", nullable = false)
    private int daysBefore;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected DeadlineReminder() {
    }

    public DeadlineReminder(long caseId, long defendantId, String kind, LocalDate dueOn, int daysBefore, Instant at) {
        this.caseId = caseId;
        this.defendantId = defendantId;
        this.kind = kind;
        this.dueOn = dueOn;
        this.daysBefore = daysBefore;
        this.sentAt = at;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getDefendantId() { return defendantId; }
    public String getKind() { return kind; }
    public LocalDate getDueOn() { return dueOn; }
    public int getDaysBefore() { return daysBefore; }
    public Instant getSentAt() { return sentAt; }
}
