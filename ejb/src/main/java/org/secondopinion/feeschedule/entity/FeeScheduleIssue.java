package org.secondopinion.feeschedule.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A rejected row (or a warning) of an import, with its line and the field at fault. */
// millions of rows written once: never kept in the shared cache
@Cacheable(false)
@Entity
@Table(name = "fee_schedule_issue")
@NamedQuery(name = FeeScheduleIssue.FIND_BY_SCHEDULE, query = "SELECT i FROM FeeScheduleIssue i"
        + " WHERE i.feeScheduleId = :schedule ORDER BY i.line, i.id")
public class FeeScheduleIssue implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_SCHEDULE = "FeeScheduleIssue.findBySchedule";

    @Id
    @SequenceGenerator(name = "fee_schedule_issue_seq", sequenceName = "fee_schedule_issue_seq", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_schedule_issue_seq")
    private Long id;

    @Column(name = "fee_schedule_id", nullable = false)
    private long feeScheduleId;
    @Column(nullable = false)
    private boolean warning;
    @Column(nullable = false)
    private long line;
    @Column(length = 300)
    private String location;
    @Column(length = 200)
    private String field;
    @Column(nullable = false, length = 1000)
    private String message;

    protected FeeScheduleIssue() {
    }

    public FeeScheduleIssue(long feeScheduleId, boolean warning, long line, String location, String field, String message) {
        this.feeScheduleId = feeScheduleId;
        this.warning = warning;
        this.line = line;
        this.location = cut(location, 300);
        this.field = cut(field, 200);
        this.message = cut(message == null ? "" : message, 1000);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() { return id; }
    public long getFeeScheduleId() { return feeScheduleId; }
    public boolean isWarning() { return warning; }
    public long getLine() { return line; }
    public String getLocation() { return location; }
    public String getField() { return field; }
    public String getMessage() { return message; }
}
