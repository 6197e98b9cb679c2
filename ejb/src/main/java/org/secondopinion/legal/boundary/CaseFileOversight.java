package org.secondopinion.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.legal.control.CaseDates;
import org.secondopinion.legal.control.Deadline;
import org.secondopinion.legal.control.DeadlineCalculator;
import org.secondopinion.legal.control.DeadlineRule;
import org.secondopinion.legal.control.NextDeadline;
import org.secondopinion.legal.control.TollingEvent;
import org.secondopinion.legal.entity.AssignmentStatus;
import org.secondopinion.legal.entity.CaseStatus;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.StateDeadlineRule;
import org.secondopinion.platform.boundary.ListPage;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;

/**
 * The hospital administrators' oversight of malpractice-review case files across all firms (ADMIN only): one
 * {@link CaseFileOverview} per case, with counts and the next deadline and nothing privileged. A list is one paged
 * query (filtered by firm and status in the database) and a fixed number of grouped queries over that page's case
 * ids, whatever the page's size; every read is audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CaseFileOversight {

    static final String RECORD_TYPE = CaseWall.RECORD_TYPE;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** The case files of one firm (null: all) in one status (null: any), newest first, one page. */
    public ListPage<CaseFileOverview> overview(Long firmId, CaseStatus status, int first, int max) {
        ListPage.check(first, max);
        List<Object[]> rows = filtered("SELECT c.id, f.id, f.name, c.status, c.jurisdiction, c.createdAt,"
                + " c.incidentDate, c.discoveryDate, c.injuryDate, c.noticeOfIntentDate, c.complaintFiledDate,"
                + " c.claimantBirthDate FROM LegalCase c JOIN c.firm f", firmId, status, " ORDER BY c.createdAt DESC, c.id DESC",
                Object[].class).setFirstResult(first).setMaxResults(max).getResultList();
        List<CaseFileOverview> overviews = overviews(rows);
        long count = count(firmId, status);
        audit.record(AuditAction.READ, RECORD_TYPE, "*", "case-file oversight" + (firmId == null ? "" : " of firm " + firmId)
                + (status == null ? "" : ", " + status) + ": rows " + first + " to " + (first + overviews.size())
                + " of " + (count > ListPage.COUNT_CAP ? ListPage.COUNT_CAP + "+" : count));
        return new ListPage<>(overviews, Math.min(count, ListPage.COUNT_CAP), count > ListPage.COUNT_CAP);
    }

    /** How many case files match, counted up to the cap (+1 meaning "more"); a number, no record, so not audited. */
    public long count(Long firmId, CaseStatus status) {
        return filtered("SELECT c.id FROM LegalCase c JOIN c.firm f", firmId, status, "", Long.class)
                .setMaxResults(ListPage.COUNT_CAP + 1).getResultList().size();
    }

    /** One case file's overview; a case that does not exist is a {@link RecordNotFound}. */
    public CaseFileOverview overview(long id) {
        List<Object[]> rows = em.createQuery("SELECT c.id, f.id, f.name, c.status, c.jurisdiction, c.createdAt,"
                + " c.incidentDate, c.discoveryDate, c.injuryDate, c.noticeOfIntentDate, c.complaintFiledDate,"
                + " c.claimantBirthDate FROM LegalCase c JOIN c.firm f WHERE c.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw CaseWall.notFound(RECORD_TYPE, id);
        }
        CaseFileOverview overview = overviews(rows).get(0);
        audit.record(AuditAction.READ, RECORD_TYPE, id, "case-file oversight of " + overview.reference());
        return overview;
    }

    private <T> TypedQuery<T> filtered(String select, Long firmId, CaseStatus status, String order, Class<T> type) {
        StringBuilder query = new StringBuilder(select).append(" WHERE 1 = 1");
        if (firmId != null) {
            query.append(" AND f.id = :firm");
        }
        if (status != null) {
            query.append(" AND c.status = :status");
        }
        TypedQuery<T> typed = em.createQuery(query.append(order).toString(), type);
        if (firmId != null) {
            typed.setParameter("firm", firmId);
        }
        if (status != null) {
            typed.setParameter("status", status);
        }
        return typed;
    }

    /** The overviews of these cases, in their order: a fixed number of grouped queries over their ids. */
    private List<CaseFileOverview> overviews(List<Object[]> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cases.stream().map(row -> (Long) row[0]).toList();
        Map<Long, Long> documents = counts("SELECT d.legalCase.id, COUNT(d) FROM LegalDocument d"
                + " WHERE d.legalCase.id IN :ids AND d.deletedAt IS NULL GROUP BY d.legalCase.id", ids);
        Map<Long, Long> produced = counts("SELECT d.legalCase.id, COUNT(DISTINCT d.id) FROM ProductionItem i"
                + " JOIN i.document d WHERE d.legalCase.id IN :ids AND d.deletedAt IS NULL GROUP BY d.legalCase.id", ids);
        Map<Long, Long> holds = counts("SELECT h.legalCase.id, COUNT(h) FROM LegalHold h"
                + " WHERE h.legalCase.id IN :ids AND h.releasedAt IS NULL GROUP BY h.legalCase.id", ids);
        Map<Long, Map<AssignmentStatus, Long>> assignments = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.legalCase.id, a.status, COUNT(a) FROM ReviewerAssignment a"
                + " WHERE a.legalCase.id IN :ids GROUP BY a.legalCase.id, a.status", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            assignments.computeIfAbsent((Long) row[0], id -> new EnumMap<>(AssignmentStatus.class))
                    .put((AssignmentStatus) row[1], ((Number) row[2]).longValue());
        }
        Map<Long, NextDeadline.Outcome> deadlines = nextDeadlines(cases, LocalDate.now(clock));
        List<CaseFileOverview> overviews = new ArrayList<>(cases.size());
        for (Object[] row : cases) {
            long id = (Long) row[0];
            Map<AssignmentStatus, Long> byStatus = assignments.getOrDefault(id, Map.of());
            List<CaseFileOverview.AssignmentCount> statuses = byStatus.entrySet().stream()
                    .map(e -> new CaseFileOverview.AssignmentCount(e.getKey(), e.getValue())).toList();
            NextDeadline.Outcome deadline = deadlines.getOrDefault(id, NextDeadline.Outcome.NONE);
            NextDeadline next = deadline.next();
            overviews.add(new CaseFileOverview(id, LegalCase.reference(id), (Long) row[1], (String) row[2],
                    (CaseStatus) row[3], (String) row[4], (Instant) row[5], documents.getOrDefault(id, 0L),
                    produced.getOrDefault(id, 0L), byStatus.values().stream().mapToLong(Long::longValue).sum(),
                    statuses, holds.getOrDefault(id, 0L), next == null ? null : next.date(),
                    next == null ? null : next.kind(), deadline.complete()));
        }
        return overviews;
    }

    private Map<Long, Long> counts(String query, Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(query, Object[].class).setParameter("ids", ids).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * The next deadline of each open case: its defendants and tolling periods in two queries over the ids, the
     * rules table in one; the claimant's birth date is read only because minority tolls limitations, and is not
     * part of the overview.
     */
    private Map<Long, NextDeadline.Outcome> nextDeadlines(List<Object[]> cases, LocalDate today) {
        List<Long> open = cases.stream().filter(row -> row[3] == CaseStatus.OPEN).map(row -> (Long) row[0]).toList();
        Map<Long, NextDeadline.Outcome> outcomes = new HashMap<>();
        if (open.isEmpty()) {
            return outcomes;
        }
        Map<Long, Map<Long, LocalDate>> defendants = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT d.legalCase.id, d.id, d.answeredOn FROM Defendant d"
                + " WHERE d.legalCase.id IN :ids ORDER BY d.id", Object[].class).setParameter("ids", open).getResultList()) {
            defendants.computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>())
                    .put((Long) row[1], (LocalDate) row[2]);
        }
        Map<Long, List<Object[]>> tolling = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT t.legalCase.id, d.id, t.fromDate, t.toDate, t.reason"
                + " FROM TollingPeriod t LEFT JOIN t.defendant d WHERE t.legalCase.id IN :ids", Object[].class)
                .setParameter("ids", open).getResultList()) {
            tolling.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(row);
        }
        Map<String, DeadlineRule> rules = rulesInForce(today);
        for (Object[] row : cases) {
            long id = (Long) row[0];
            if (row[3] != CaseStatus.OPEN) {
                continue;
            }
            DeadlineRule rule = rules.get((String) row[4]);
            if (rule == null) {
                outcomes.put(id, NextDeadline.Outcome.NO_RULE);
                continue;
            }
            List<Supplier<List<Deadline>>> each = new ArrayList<>();
            for (Map.Entry<Long, LocalDate> defendant : defendants.getOrDefault(id, Map.of()).entrySet()) {
                List<Object[]> periods = tolling.getOrDefault(id, List.of()).stream()
                        .filter(t -> t[1] == null || t[1].equals(defendant.getKey())).toList();
                each.add(() -> DeadlineCalculator.forDefendant(rule, new CaseDates((LocalDate) row[6],
                        (LocalDate) row[7], (LocalDate) row[8], (LocalDate) row[9], (LocalDate) row[10],
                        (LocalDate) row[11]), defendant.getValue(), periods.stream().map(t -> new TollingEvent(
                        (LocalDate) t[2], (LocalDate) t[3], (String) t[4])).toList()));
            }
            outcomes.put(id, NextDeadline.of(each, today));
        }
        return outcomes;
    }

    /** Each state's rule in force today: the row with the latest effective date not after it. */
    private Map<String, DeadlineRule> rulesInForce(LocalDate today) {
        Map<String, StateDeadlineRule> latest = new HashMap<>();
        for (StateDeadlineRule rule : em.createNamedQuery(StateDeadlineRule.FIND_ALL, StateDeadlineRule.class)
                .getResultList()) {
            if (!rule.getEffectiveFrom().isAfter(today)) {
                latest.merge(rule.getState(), rule, (a, b) -> a.getEffectiveFrom().isAfter(b.getEffectiveFrom()) ? a : b);
            }
        }
        Map<String, DeadlineRule> rules = new HashMap<>();
        latest.forEach((state, rule) -> {
            try {
                rules.put(state, DeadlineRule.of(rule));
            } catch (IllegalArgumentException unusable) {
                // a row the calculator cannot use counts as no rule: its cases show their deadlines as incomplete
            }
        });
        return rules;
    }
}
