package org.secondopinion.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.legal.control.BatesRange;
import org.secondopinion.legal.entity.BatesCounter;
import org.secondopinion.legal.entity.CustodyAction;
import org.secondopinion.legal.entity.DisclosureAuthority;
import org.secondopinion.legal.entity.DisclosureRecord;
import org.secondopinion.legal.entity.DocumentLabel;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalDocument;
import org.secondopinion.legal.entity.Production;
import org.secondopinion.legal.entity.ProductionItem;
import org.secondopinion.platform.control.DateWithin;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * Releasing a case's records: authorities to disclose are recorded; a production goes to the authority's
 * recipient only while it is valid and only with the records it names; each document is re-hashed, then numbered
 * from the prefix's counter (locked for the transaction, so numbers are unique and gap-free even when
 * productions run at once), and every release is a disclosure record in the patient's accounting.
 */
@Stateless
@RolesAllowed({Role.Names.LEGAL, Role.Names.COORDINATOR})
public class Productions {

    static final String RECORD_TYPE = "Production";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseWall wall;

    @Inject
    CaseDocuments documents;

    @Inject
    AuditLog audit;

    public DisclosureAuthority recordAuthority(long caseId, @NotNull @Valid AuthorityForm form) {
        LegalCase legalCase = wall.open(caseId);
        if (form.getExpiresOn() != null && form.getExpiresOn().isBefore(form.getSignedOn())) {
            throw new RuleViolation("expiresOn", "An authority cannot expire before it was signed.");
        }
        DisclosureAuthority authority = new DisclosureAuthority(legalCase, form.getKind(), form.getReference().strip(),
                form.getRecipient().strip(), form.getSignedOn(), form.getExpiresOn(), form.getScope(),
                form.isAssurances(), wall.caller(), Instant.now(clock));
        em.persist(authority);
        em.flush();
        audit.record(AuditAction.CREATE, "DisclosureAuthority", authority.getId(), "recorded " + authority.describe()
                + " for " + legalCase.reference() + " to " + authority.getRecipient() + ", scope "
                + authority.getScopeLabels());
        return authority;
    }

    public DisclosureAuthority revoke(long caseId, long authorityId, LocalDate on) {
        DisclosureAuthority authority = authorityOf(wall.open(caseId), authorityId);
        authority.revoke(on == null ? LocalDate.now(clock) : on);
        audit.record(AuditAction.UPDATE, "DisclosureAuthority", authorityId, "revoked " + authority.describe()
                + " on " + authority.getRevokedOn());
        return authority;
    }

    public List<DisclosureAuthority> authorities(long caseId) {
        wall.open(caseId);
        return em.createNamedQuery(DisclosureAuthority.FIND_BY_CASE, DisclosureAuthority.class)
                .setParameter("case", caseId).getResultList();
    }

    /**
     * Produces documents to the authority's recipient with Bates numbers. Refused, with nothing written, when the
     * authority is missing, expired, revoked or without assurances, or when a document lies outside its scope or
     * its stored bytes changed.
     */
    public Production produce(long caseId, Long authorityId, List<Long> documentIds, @Size(max = 400, message = "Purpose is at most 400 characters.") @PlainText(value = "Purpose", multiLine = true) String purpose,
                              @Size(max = 400, message = "Recipient address is at most 400 characters.") @PlainText(value = "Recipient address", multiLine = true) String recipientAddress) {
        LegalCase legalCase = wall.open(caseId);
        if (authorityId == null) {
            audit.recordRefusal(RECORD_TYPE, caseId, "release refused: no authority to disclose");
            throw new RuleViolation("authorityId", "No records leave without an authority to disclose: record the"
                    + " patient's authorisation, the subpoena with assurances, or the court order first.");
        }
        DisclosureAuthority authority = authorityOf(legalCase, authorityId);
        String refusal = authority.refusal(LocalDate.now(clock));
        if (refusal != null) {
            audit.recordRefusal(RECORD_TYPE, caseId, "release refused: " + refusal);
            throw new RuleViolation("authorityId", refusal);
        }
        if (documentIds == null || documentIds.isEmpty()) {
            throw new RuleViolation("documentIds", "Choose the documents to produce.");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new RuleViolation("purpose", "Say what the records are released for.");
        }
        List<LegalDocument> chosen = new ArrayList<>();
        for (long id : new LinkedHashSet<>(documentIds)) {
            LegalDocument document = documents.visible(id);
            if (!document.getLegalCase().getId().equals(legalCase.getId())) {
                throw new RuleViolation("documentIds", "Document " + id + " belongs to another case.");
            }
            Set<DocumentLabel> outside = EnumSet.copyOf(document.labelSet().isEmpty()
                    ? EnumSet.of(DocumentLabel.MEDICAL_RECORD) : document.labelSet());
            outside.removeAll(authority.scope());
            if (!outside.isEmpty()) {
                audit.recordRefusal(RECORD_TYPE, caseId, "release refused: '" + document.getFileName()
                        + "' outside the scope of " + authority.describe());
                throw new RuleViolation("documentIds", "'" + document.getFileName() + "' is labelled "
                        + outside + ", which the " + authority.describe() + " does not cover (minimum necessary).");
            }
            try (InputStream checked = documents.verified(document)) {
                checked.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            chosen.add(document);
        }
        BatesCounter counter = em.find(BatesCounter.class, legalCase.getBatesPrefix(),
                LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new IllegalStateException("No Bates counter for " + legalCase.getBatesPrefix());
        }
        long first = counter.take(Production.pagesOf(chosen));
        Production production = new Production(legalCase, authority, purpose.strip(), legalCase.getBatesPrefix(),
                first, chosen, wall.caller(), Instant.now(clock));
        em.persist(production);
        for (ProductionItem item : production.getItems()) {
            documents.custody(caseId, item.getDocument().getId(), CustodyAction.PRODUCED, "produced as "
                    + range(legalCase.getBatesPrefix(), item.getBatesFirst(), item.getBatesLast()) + " to "
                    + production.getRecipient() + " under " + authority.describe() + "; SHA-256 verified");
        }
        String what = production.getItems().stream().map(item -> "'" + item.getDocument().getFileName() + "' "
                + range(legalCase.getBatesPrefix(), item.getBatesFirst(), item.getBatesLast()))
                .collect(Collectors.joining("; "));
        em.persist(new DisclosureRecord(legalCase, production.getRecipient(), recipientAddress, what,
                purpose.strip() + " (" + authority.describe() + ")", wall.caller(), Instant.now(clock), LocalDate.now(clock)));
        em.flush();
        audit.record(AuditAction.EXPORT, RECORD_TYPE, production.getId(), "produced "
                + range(legalCase.getBatesPrefix(), production.getBatesFirst(), production.getBatesLast()) + " of "
                + legalCase.reference() + " to " + production.getRecipient() + " under " + authority.describe());
        return production;
    }

    public List<Production> productions(long caseId) {
        wall.open(caseId);
        return em.createNamedQuery(Production.FIND_BY_CASE, Production.class).setParameter("case", caseId)
                .getResultList();
    }

    /** The case's disclosure records (the firm sees its own case's releases). */
    public List<DisclosureRecord> disclosures(long caseId) {
        wall.open(caseId);
        return em.createNamedQuery(DisclosureRecord.FIND_BY_CASE, DisclosureRecord.class)
                .setParameter("case", caseId).getResultList();
    }

    /**
     * A patient's accounting of disclosures across every case (45 CFR 164.528), for the hospital's privacy office
     * answering the patient's request: coordinators and administrators, not the firms.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public List<DisclosureRecord> disclosuresOf(@Size(max = 200, message = "Patient name is at most 200 characters.") @PlainText("Patient name") String patientName, @DateWithin(value = "Date of birth", from = "1900-01-01") LocalDate birthDate) {
        if (patientName == null || patientName.isBlank() || birthDate == null) {
            throw new RuleViolation("patientName", "Give the patient's name and date of birth.");
        }
        List<DisclosureRecord> records = em.createNamedQuery(DisclosureRecord.FIND_BY_PATIENT, DisclosureRecord.class)
                .setParameter("name", patientName.strip()).setParameter("born", birthDate).getResultList();
        audit.record(AuditAction.READ, "DisclosureRecord", patientName.strip() + " " + birthDate,
                "accounting of disclosures: " + records.size() + " found");
        return records;
    }

    /** Digits of a Bates number after the case's prefix and a dash: HV-000001. */
    static final int BATES_WIDTH = 6;

    /** "HV-000001 – HV-000042" (one number alone for a single page), as productions are written and shown. */
    public static String range(String prefix, long first, long last) {
        return new BatesRange(prefix + "-", first, last, BATES_WIDTH).toString();
    }

    private DisclosureAuthority authorityOf(LegalCase legalCase, long authorityId) {
        DisclosureAuthority authority = em.find(DisclosureAuthority.class, authorityId);
        if (authority == null || !authority.getLegalCase().getId().equals(legalCase.getId())) {
            throw new RuleViolation("authorityId", "Case " + legalCase.reference() + " has no authority "
                    + authorityId + ".");
        }
        return authority;
    }
}
