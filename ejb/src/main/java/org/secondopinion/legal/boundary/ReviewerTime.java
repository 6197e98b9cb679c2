package org.secondopinion.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.ReviewInvoice;
import org.secondopinion.legal.entity.ReviewerAssignment;
import org.secondopinion.legal.entity.TimeEntry;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;

/**
 * The assigned reviewer's engagement and the time they bill: the firm sets the terms (hourly rate, retainer, budget
 * cap) and issues invoices; the reviewer logs their time, within the cap.
 */
@Stateless
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
public class ReviewerTime {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseWall wall;

    @Inject
    AuditLog audit;

    public ReviewerAssignment engage(long caseId, BigDecimal hourlyRate, BigDecimal retainer, BigDecimal budgetCap) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignment assignment = ReviewerAssignments.assigned(em, legalCase);
        assignment.engage(hourlyRate, retainer, budgetCap);
        audit.record(AuditAction.UPDATE, Reviews.RECORD_TYPE, assignment.getId(), "engagement for " + legalCase.reference()
                + ": " + hourlyRate + "/hour, retainer " + assignment.getRetainer() + ", cap " + budgetCap);
        return assignment;
    }

    public ReviewInvoice invoice(long caseId) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignment assignment = ReviewerAssignments.assigned(em, legalCase);
        ReviewInvoice invoice = assignment.invoice(wall.caller(), Instant.now(clock));
        em.flush();
        audit.record(AuditAction.CREATE, "ReviewInvoice", invoice.getId(), "invoice for " + legalCase.reference()
                + ": " + invoice.getHours() + " h, fees " + invoice.getFees() + ", retainer " + invoice.getRetainerApplied()
                + ", due " + invoice.getAmountDue());
        return invoice;
    }

    @RolesAllowed(Role.Names.SPECIALIST)
    public TimeEntry logTime(long caseId, @DateWithin(value = "Work date", from = "2000-01-01") LocalDate day, BigDecimal hours, @Size(max = 1000, message = "Description is at most 1000 characters.") @PlainText(value = "Description", multiLine = true) String description) {
        LegalCase legalCase = wall.open(caseId);
        ReviewerAssignment assignment = ReviewerAssignments.own(em, wall.caller(), legalCase);
        TimeEntry entry = assignment.logTime(day == null ? LocalDate.now(clock) : day, hours, description, wall.caller(),
                Instant.now(clock));
        em.flush();
        audit.record(AuditAction.CREATE, "TimeEntry", entry.getId(), entry.getHours() + " h on " + entry.getWorkDate()
                + " for " + legalCase.reference());
        return entry;
    }
}
