package org.secondopinion.estimate.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.estimate.control.BillDispute;
import org.secondopinion.estimate.control.Coverage;
import org.secondopinion.estimate.control.EstimateAccuracy;
import org.secondopinion.estimate.control.EstimateCalculator;
import org.secondopinion.estimate.control.EstimateIssue;
import org.secondopinion.estimate.control.GoodFaithEstimateDeadline;
import org.secondopinion.estimate.control.GoodFaithEstimatePdf;
import org.secondopinion.estimate.control.OptionComparison;
import org.secondopinion.estimate.control.PatientEstimatePdf;
import org.secondopinion.estimate.control.ServiceLine;
import org.secondopinion.estimate.entity.CostEstimate;
import org.secondopinion.estimate.entity.EstimateLine;
import org.secondopinion.estimate.entity.FinalBill;
import org.secondopinion.estimate.entity.OpinionPurpose;
import org.secondopinion.estimate.entity.PatientCoverage;
import org.secondopinion.estimate.entity.ServiceCategory;
import org.secondopinion.feeschedule.boundary.FeeSchedules;
import org.secondopinion.feeschedule.boundary.PriceLookup;
import org.secondopinion.feeschedule.entity.FeeSchedule;
import org.secondopinion.feeschedule.entity.PriceFacts;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.platform.boundary.ListPage;
import org.secondopinion.platform.control.Download;
import org.secondopinion.platform.control.FileStore;
import org.secondopinion.platform.control.FileType;
import org.secondopinion.platform.control.Letterhead;
import org.secondopinion.platform.control.Signature;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;
import org.secondopinion.referral.boundary.ReferralPricing;

/**
 * Patients' cost estimates (BILLING): opened for a patient or from a referral, lines priced from a fee schedule
 * and grouped into the second-opinion workup and each treatment option, recalculated on every change (one
 * calculator call per option, see {@link OptionComparison}), issued and locked (a self-pay estimate as a Good
 * Faith Estimate PDF with its due date), changed only as a new version, and compared with the final bills.
 */
@Stateless
@RolesAllowed(Role.Names.BILLING)
public class Estimates {

    static final String RECORD_TYPE = "CostEstimate";
    private static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReferralPricing referralPricing;

    @Inject
    AuditLog audit;

    @Inject
    FileStore store;

    @Inject
    HealthPlans plans;

    @Inject
    FeeSchedules feeSchedules;

    @Resource
    SessionContext session;

    /** How patients reach the billing office, printed on every Good Faith Estimate. */
    @Inject
    @ConfigProperty(name = "secondopinion.billing.contact", defaultValue = "Billing office: call the number on"
            + " your appointment letter. Ask us for the separate Good Faith Estimates of the items listed as"
            + " scheduled separately; the provider or facility that schedules them sends them.")
    String contact;

    @Inject
    Letterhead letterhead;

    private final EstimateCalculator calculator = new EstimateCalculator();

    public List<CostEstimate> list(String mrn) {
        return mrn == null || mrn.isBlank() ? page(null, 0, 200, EstimateSort.CREATED, true).rows()
                : page(mrn, 0, ListPage.MAX_PAGE, EstimateSort.NUMBER, true).rows();
    }

    /** One page of the estimates, newest first by default; with an MRN, that patient's only. Audited. */
    public ListPage<CostEstimate> page(String mrn, int first, int max, EstimateSort sort, boolean descending) {
        ListPage.check(first, max);
        String patient = mrn == null || mrn.isBlank() ? null : mrn.strip();
        jakarta.persistence.TypedQuery<CostEstimate> rows = em.createQuery("SELECT e FROM CostEstimate e"
                + (patient == null ? "" : " WHERE e.patientMrn = :mrn")
                + (sort == null ? EstimateSort.CREATED : sort).orderBy(descending), CostEstimate.class)
                .setFirstResult(first).setMaxResults(max);
        if (patient != null) {
            rows.setParameter("mrn", patient);
        }
        List<CostEstimate> found = rows.getResultList();
        long count = count(patient);
        audit.record(AuditAction.READ, RECORD_TYPE, patient == null ? "*" : patient,
                "listed " + found.size() + " estimates from row " + first);
        return new ListPage<>(found, Math.min(count, ListPage.COUNT_CAP), count > ListPage.COUNT_CAP);
    }

    /** How many estimates match, counted up to the cap (+1 meaning "more"); no patient data, not audited. */
    public long count(String mrn) {
        String patient = mrn == null || mrn.isBlank() ? null : mrn.strip();
        jakarta.persistence.TypedQuery<Long> ids = em.createQuery("SELECT e.id FROM CostEstimate e"
                + (patient == null ? "" : " WHERE e.patientMrn = :mrn"), Long.class)
                .setMaxResults(ListPage.COUNT_CAP + 1);
        if (patient != null) {
            ids.setParameter("mrn", patient);
        }
        return ids.getResultList().size();
    }

    public CostEstimate find(long id) {
        CostEstimate estimate = em.find(CostEstimate.class, id);
        if (estimate == null) {
            throw new RecordNotFound("Estimate", id);
        }
        em.refresh(estimate);
        return estimate;
    }

    /** Opens a case's estimate: reading it is audited, since it names the patient. */
    public CostEstimate open(long id) {
        CostEstimate estimate = find(id);
        audit.record(AuditAction.READ, RECORD_TYPE, id, "viewed estimate " + estimate.reference());
        return estimate;
    }

    public List<CostEstimate> versions(long id) {
        return em.createNamedQuery(CostEstimate.FIND_VERSIONS, CostEstimate.class)
                .setParameter("number", find(id).getEstimateNumber()).getResultList();
    }

    /** A new draft estimate for a patient. */
    public CostEstimate create(@NotNull @Valid EstimateForm form) {
        PatientCoverage coverage = coverageOf(form);
        FeeSchedule schedule = feeSchedules.ready(form.getFeeScheduleId());
        checkDates(form);
        if (form.getReferralId() != null && !referralPricing.exists(form.getReferralId())) {
            throw new RuleViolation("referralId", "There is no referral " + form.getReferralId() + ".");
        }
        CostEstimate estimate = new CostEstimate(form.getPatientMrn().strip(), form.getPatientName().strip(),
                form.getPatientBirthDate(), form.getReferralId(), coverage, schedule, caller(), Instant.now(clock));
        estimate.describe(form.getPrimaryService().strip(), normaliseCodes(form.getDiagnosisCodes()),
                form.getScheduledOn(), form.getServiceDate(), form.getSeparatelyScheduled());
        em.persist(estimate);
        estimate.numberedAfterPersist();
        em.flush();
        audit.record(AuditAction.CREATE, RECORD_TYPE, estimate.getId(), "opened estimate " + estimate.reference()
                + " for patient " + estimate.getPatientMrn() + (coverage == null ? ", self-pay (Good Faith Estimate)"
                : ", " + coverage.getPlan().displayName())
                + (form.getReferralId() == null ? "" : ", from referral " + form.getReferralId()));
        return estimate;
    }

    /**
     * A new draft from a referral: the patient, the coded diagnosis and the kind of treatment come from the case
     * through the referral component's {@link ReferralPricing} (the minimum necessary: no reason, questions,
     * records or opinion), and the workup's consultation with the case's specialist (or the hospital while none is
     * matched) is added when the fee schedule prices it. Medicare's purpose follows the treatment: before surgery
     * it covers the opinion.
     */
    public CostEstimate fromReferral(long referralId, Long coverageId, long feeScheduleId, LocalDate scheduledOn) {
        ReferralPricing.PricingFacts referral = referralPricing.facts(referralId);
        EstimateForm form = new EstimateForm();
        form.setPatientMrn(referral.patientMrn());
        form.setPatientName(referral.patientName());
        form.setPatientBirthDate(referral.patientBirthDate());
        form.setReferralId(referralId);
        form.setCoverageId(coverageId);
        form.setFeeScheduleId(feeScheduleId);
        form.setPrimaryService(referral.primaryService());
        form.setDiagnosisCodes(referral.diagnosisCode());
        form.setScheduledOn(scheduledOn == null ? LocalDate.now(clock) : scheduledOn);
        CostEstimate estimate = create(form);
        FeeSchedule schedule = estimate.getFeeSchedule();
        if (feeSchedules.lists(schedule.getId(), CONSULTATION)) {
            LineForm line = new LineForm();
            line.setVersion(estimate.getVersion());
            line.setWorkup(true);
            line.setProviderName(referral.specialistName() == null ? schedule.getHospitalName()
                    : referral.specialistName());
            line.setProviderNpi(referral.specialistNpi());
            line.setCategory(ServiceCategory.SECOND_OPINION);
            line.setCode(CONSULTATION);
            line.setDiagnosisCodes(referral.diagnosisCode());
            line.setServiceDate(form.getScheduledOn());
            line.setPurpose(referral.beforeSurgery()
                    ? OpinionPurpose.BEFORE_NON_EMERGENCY_SURGERY : OpinionPurpose.ROUTINE);
            estimate = addLine(estimate.getId(), line);
        }
        return estimate;
    }

    /** The consultation a second opinion starts with: a new patient's longer office visit. */
    static final String CONSULTATION = "99204";

    /** Changes a draft's description. */
    public CostEstimate describe(long id, @NotNull @Valid EstimateForm form) {
        CostEstimate estimate = draft(id, form.getVersion());
        checkDates(form);
        estimate.describe(form.getPrimaryService().strip(), normaliseCodes(form.getDiagnosisCodes()),
                form.getScheduledOn(), form.getServiceDate(), form.getSeparatelyScheduled());
        touch(estimate);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "described estimate " + estimate.reference() + ": "
                + estimate.getPrimaryService() + ", scheduled on " + estimate.getScheduledOn() + " for "
                + estimate.getServiceDate());
        return estimate;
    }

    /** Adds a line priced from the estimate's fee schedule, then recalculates the whole estimate. */
    public CostEstimate addLine(long id, @NotNull @Valid LineForm form) {
        CostEstimate estimate = draft(id, form.getVersion());
        String option = form.isWorkup() ? CostEstimate.WORKUP : form.getOption() == null ? "" : form.getOption().strip();
        if (option.isEmpty()) {
            throw new RuleViolation("option", "Name the treatment option (for example Surgery), or mark the line as"
                    + " part of the second-opinion workup.");
        }
        if (!form.isWorkup() && option.equalsIgnoreCase(CostEstimate.WORKUP)) {
            throw new RuleViolation("option", "Mark workup lines as workup rather than naming the option.");
        }
        String code = form.getCode().strip();
        String payer = estimate.isSelfPay() ? null : estimate.getCoverage().getPlan().getPayerName();
        String plan = estimate.isSelfPay() ? null : estimate.getCoverage().getPlan().getPlanName();
        PriceLookup.Found found = feeSchedules.price(estimate.getFeeSchedule(), code, form.getModifiers(), payer, plan);
        int units = found.unitsPriced(form.getUnits());
        String source = found.explanation(form.getUnits());
        PriceFacts prices = found.prices();
        if (form.getOutOfNetworkAllowed() != null) {
            prices = prices.withOutOfNetworkAllowed(form.getOutOfNetworkAllowed());
        }
        String description = found.description() + (blank(form.getModifiers()) || !found.modifiersLeft().isEmpty()
                ? "" : " (modifier " + String.join(",", PriceLookup.modifierSet(form.getModifiers())) + ")");
        EstimateLine line = new EstimateLine(option, form.isWorkup(), form.provider(),
                form.getCategory(), code, found.codeType(), cut(description, 400),
                normaliseCodes(blank(form.getDiagnosisCodes()) ? estimate.getDiagnosisCodes() : form.getDiagnosisCodes()),
                form.getServiceDate(), units, emptyToNull(found.modifiersLeft()), form.getNetwork(),
                form.isMultipleProcedure(), form.getPurpose());
        line.priced(prices, source);
        line.circumstances(form.isEmergency(), form.isAncillaryAtInNetworkFacility(), form.getFacilityNetwork());
        estimate.add(line);
        recalculate(estimate);
        touch(estimate);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "added to " + estimate.reference() + " under " + option
                + ": " + code + " by " + line.getProviderName() + " on " + line.getServiceDate() + " ×"
                + line.getUnits() + ", patient owes " + line.getPatientOwes() + " (" + source + ")");
        return estimate;
    }

    /** Corrects who provides a line of a draft, e.g. the NPI, TIN, location or state its Good Faith Estimate lacks. */
    public CostEstimate changeLineProvider(long id, long lineId, @NotNull @Valid ProviderForm form) {
        CostEstimate estimate = draft(id, form.getVersion());
        estimate.changeProvider(lineId, form.provider());
        touch(estimate);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "provider of line " + lineId + " of " + estimate.reference()
                + " set to " + form.provider().name());
        return estimate;
    }

    public CostEstimate removeLine(long id, long version, long lineId) {
        CostEstimate estimate = draft(id, version);
        estimate.remove(lineId);
        recalculate(estimate);
        touch(estimate);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "removed line " + lineId + " from " + estimate.reference());
        return estimate;
    }

    /**
     * Issues a draft: recalculated, locked, earlier issued versions superseded; a self-pay estimate becomes a
     * Good Faith Estimate PDF, stored with its hash, with its due date from the scheduling date.
     */
    public CostEstimate issue(long id, long version) {
        CostEstimate estimate = draft(id, version);
        recalculate(estimate);
        GoodFaithEstimateDeadline deadline = estimate.isSelfPay()
                ? GoodFaithEstimateDeadline.of(estimate.getScheduledOn(), estimate.getServiceDate()) : null;
        estimate.issue(caller(), Instant.now(clock), deadline == null ? null : deadline.dueBy());
        for (CostEstimate other : em.createNamedQuery(CostEstimate.FIND_VERSIONS, CostEstimate.class)
                .setParameter("number", estimate.getEstimateNumber()).getResultList()) {
            if (other.getRevision() < estimate.getRevision()) {
                other.supersededBy(estimate);
            }
        }
        EstimateIssue issue = new EstimateIssue(estimate.getPatientMrn(), signature(estimate.getIssuedBy()));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        String textSha256 = estimate.isSelfPay()
                ? new GoodFaithEstimatePdf(letterhead).write(GoodFaithEstimates.document(estimate, deadline,
                LocalDate.now(clock), contact), issue, pdf)
                : new PatientEstimatePdf(letterhead).write(patientEstimate(estimate, LocalDate.now(clock)), issue, pdf);
        FileStore.Stored stored = store.store(new ByteArrayInputStream(pdf.toByteArray()), MAX_DOCUMENT_BYTES,
                FileType.PDF);
        estimate.document(stored.key(), stored.sha256());
        touch(estimate);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "issued estimate " + estimate.reference() + " (locked); "
                + (deadline == null ? "estimate PDF" : "Good Faith Estimate") + " SHA-256 "
                + estimate.getDocumentSha256() + ", SHA-256 of its text (in its footer) " + textSha256
                + (deadline == null ? "" : "; " + deadline.rule()));
        return estimate;
    }

    /** A new draft version of an issued estimate, to change and issue in its place. */
    public CostEstimate revise(long id) {
        CostEstimate issued = find(id);
        List<CostEstimate> versions = em.createNamedQuery(CostEstimate.FIND_VERSIONS, CostEstimate.class)
                .setParameter("number", issued.getEstimateNumber()).getResultList();
        CostEstimate latest = versions.get(versions.size() - 1);
        if (latest.isDraft()) {
            throw new RuleViolation("status", "Estimate " + latest.reference() + " is already being revised.");
        }
        if (latest != issued) {
            throw new RuleViolation("status", "Revise the latest version, " + latest.reference() + ".");
        }
        CostEstimate next = issued.nextVersion(caller(), Instant.now(clock));
        em.persist(next);
        recalculate(next);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD_TYPE, next.getId(), "new version " + next.reference() + " of "
                + issued.reference());
        return next;
    }

    /** Enters a provider's final bill against an issued version. */
    public FinalBill recordFinalBill(long id, @NotNull @Valid FinalBillForm form) {
        CostEstimate estimate = find(id);
        FinalBill bill = estimate.billed(form.getProviderName(), blank(form.getOptionName()) ? null
                : form.getOptionName(), form.getBillDate(), form.getBilledAmount(), caller(), Instant.now(clock));
        em.flush();
        BillComparison comparison = BillComparison.of(estimate, bill);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "final bill from " + bill.getProviderName() + " of "
                + bill.getBilledAmount() + " on " + bill.getBillDate() + " against " + estimate.reference() + ": "
                + comparison.summary());
        return bill;
    }

    /** Each final bill beside what the estimate said for that provider (and, self-pay, the dispute right). */
    public List<BillComparison> accuracy(long id) {
        CostEstimate estimate = find(id);
        List<BillComparison> comparisons = new ArrayList<>();
        for (FinalBill bill : estimate.getFinalBills()) {
            comparisons.add(BillComparison.of(estimate, bill));
        }
        return comparisons;
    }

    /** The longest period the accuracy view answers for at once. */
    public static final int ACCURACY_MAX_YEARS = 5;

    /**
     * The department's accuracy: every final bill dated from {@code from} to {@code to} (both included) beside what
     * its estimate said for that provider, counted within $400 and within 10% of the bill, overall and by the
     * estimate's primary service (see {@link EstimateAccuracy}). Two queries whatever the number of bills (the bills,
     * and their estimates' lines summed in the database); no patient is named, but the read is audited like every
     * read of estimates.
     */
    @RolesAllowed({Role.Names.BILLING, Role.Names.ADMIN})
    public EstimateAccuracy.Summary accuracy(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new RuleViolation("from", "Give the first day of the period.");
        }
        if (to == null) {
            throw new RuleViolation("to", "Give the last day of the period.");
        }
        if (from.isAfter(to)) {
            throw new RuleViolation("to", "The last day (" + to + ") is before the first day (" + from + ").");
        }
        if (from.plusYears(ACCURACY_MAX_YEARS).isBefore(to)) {
            throw new RuleViolation("to", "A period is at most " + ACCURACY_MAX_YEARS + " years long.");
        }
        // two queries, not one per bill: the period's bills, then their estimates' patient shares summed in the
        // database per estimate, provider and option (EclipseLink cannot put the bill in a LEFT JOIN ... ON)
        List<Object[]> bills = em.createQuery("SELECT e.id, e.primaryService, b.providerName, b.optionName,"
                        + " b.billedAmount FROM FinalBill b JOIN b.estimate e"
                        + " WHERE b.billDate >= :from AND b.billDate <= :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<Long, List<Object[]>> owed = new HashMap<>();
        if (!bills.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT l.estimate.id, l.providerName, l.workup, l.optionName,"
                            + " SUM(l.patientOwes) FROM EstimateLine l WHERE l.estimate.id IN (SELECT b.estimate.id"
                            + " FROM FinalBill b WHERE b.billDate >= :from AND b.billDate <= :to)"
                            + " GROUP BY l.estimate.id, l.providerName, l.workup, l.optionName", Object[].class)
                    .setParameter("from", from).setParameter("to", to).getResultList()) {
                owed.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(row);
            }
        }
        List<EstimateAccuracy.Comparison> comparisons = new ArrayList<>(bills.size());
        for (Object[] bill : bills) {
            BigDecimal estimated = BigDecimal.ZERO.setScale(2);
            // as BillComparison: that provider's lines of the workup and of the option the bill is for
            for (Object[] group : owed.getOrDefault(((Number) bill[0]).longValue(), List.of())) {
                boolean inScope = Boolean.TRUE.equals(group[2]) || group[3].equals(bill[3]);
                if (inScope && group[1].equals(bill[2]) && group[4] != null) {
                    estimated = estimated.add((BigDecimal) group[4]);
                }
            }
            comparisons.add(new EstimateAccuracy.Comparison((String) bill[1], estimated, (BigDecimal) bill[4]));
        }
        EstimateAccuracy.Summary summary = EstimateAccuracy.of(from, to, comparisons);
        audit.record(AuditAction.READ, RECORD_TYPE, "*", "accuracy of estimates against final bills from " + from
                + " to " + to + ": " + summary.overall().compared() + " bills, " + summary.byService().size()
                + " services");
        return summary;
    }

    /**
     * The issued estimate's PDF (a Good Faith Estimate for a self-pay patient, the patient's estimate otherwise),
     * re-hashed on the way out (a changed file is refused and audited).
     */
    public Download document(long id) {
        CostEstimate estimate = find(id);
        if (estimate.getDocumentKey() == null) {
            throw new RuleViolation("status", "Estimate " + estimate.reference()
                    + " has no PDF yet: it is written when the estimate is issued.");
        }
        InputStream content;
        try {
            content = store.open(estimate.getDocumentKey(), estimate.getDocumentSha256());
        } catch (FileStore.FileTampered tampered) {
            audit.recordRefusal(RECORD_TYPE, id, "PDF of " + estimate.reference()
                    + " no longer matches its SHA-256; withheld");
            throw new RuleViolation("document", "The stored PDF of " + estimate.reference()
                    + " has changed since it was issued and is withheld. Tell the security officer.");
        }
        audit.record(AuditAction.EXPORT, RECORD_TYPE, id, "downloaded the PDF of " + estimate.reference()
                + ", SHA-256 " + estimate.getDocumentSha256());
        return new Download(String.format("%s-%06d-v%d.pdf", estimate.isSelfPay() ? "good-faith-estimate"
                : "estimate", estimate.getEstimateNumber(),
                estimate.getRevision()), FileType.PDF.mediaType(), store.sizeOf(estimate.getDocumentKey()),
                estimate.getDocumentSha256(), content);
    }

    /**
     * The billing staff member who issues an estimate signs it: their full name from their account. Accounts keep no
     * credentials, so the block names their office at the hospital.
     */
    private Signature signature(String username) {
        String name = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalise(username)).getResultStream()
                .map(UserAccount::getFullName).filter(full -> full != null && !full.isBlank()).findFirst()
                .orElse(username);
        return new Signature(name, "Billing office, " + letterhead.name(), LocalDate.now(clock));
    }

    /** What an insured patient's estimate PDF shows, from the results the lines keep. */
    private static PatientEstimatePdf.Contents patientEstimate(CostEstimate estimate, LocalDate issuedOn) {
        EstimateSheet sheet = EstimateSheet.of(estimate);
        var coverage = estimate.getCoverage();
        String met = "deductible " + coverage.getIndividualDeductibleMet() + (coverage.getTier().name().equals("FAMILY")
                ? " (family " + coverage.getFamilyDeductibleMet() + ")" : "") + ", out of pocket "
                + coverage.getIndividualOutOfPocketMet() + (coverage.getTier().name().equals("FAMILY")
                ? " (family " + coverage.getFamilyOutOfPocketMet() + ")" : "") + ", as of " + coverage.getMetAsOf();
        List<PatientEstimatePdf.Option> options = new ArrayList<>();
        for (EstimateSheet.OptionTotal option : sheet.options()) {
            options.add(new PatientEstimatePdf.Option(option.name(), option.workup(), option.patientOwes(),
                    option.low(), option.high(), option.planPays(), option.withWorkup(), option.lines().stream()
                    .map(line -> new PatientEstimatePdf.Line(line.getServiceDate(), line.getProviderName(),
                            line.getCode() + (line.getModifiers() == null ? "" : "-" + line.getModifiers()),
                            line.getDescription(), line.getUnits(), line.getPatientOwes())).toList()));
        }
        return new PatientEstimatePdf.Contents(estimate.reference(), issuedOn, estimate.getPatientName(),
                estimate.getPatientBirthDate(), coverage.getPlan().displayName() + (coverage.getMemberId() == null
                ? "" : ", member " + coverage.getMemberId()), met, estimate.getPrimaryService(),
                estimate.getServiceDate(), options, new PatientEstimatePdf.Overall(sheet.total().basis(),
                sheet.total().patientOwes(), sheet.total().low(), sheet.total().high(), sheet.total().planPays()),
                sheet.disclaimers());
    }

    /** One calculator call for the workup, then one per treatment option; every line keeps its result. */
    void recalculate(CostEstimate estimate) {
        List<EstimateLine> lines = estimate.getLines();
        if (lines.isEmpty()) {
            return;
        }
        Coverage coverage = estimate.isSelfPay() ? Coverage.selfPay()
                : Coverage.of(estimate.getCoverage(), plans.partBDeductible(
                (estimate.getServiceDate() != null ? estimate.getServiceDate() : LocalDate.now(clock)).getYear()));
        List<ServiceLine> request = lines.stream().map(ServiceLine::of).toList();
        OptionComparison comparison;
        try {
            comparison = OptionComparison.compare(calculator, coverage, CostEstimate.WORKUP, request);
        } catch (IllegalArgumentException refused) {
            throw new RuleViolation("lines", refused.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            comparison.lines().get(i).keepIn(lines.get(i));
        }
    }

    private CostEstimate draft(long id, long version) {
        CostEstimate estimate = find(id);
        estimate.requireDraft();
        if (estimate.getVersion() != version) {
            throw new StaleEdit("Estimate", estimate.reference());
        }
        return estimate;
    }

    /** Every change to a draft moves its version, so a stale page or client is refused. */
    private void touch(CostEstimate estimate) {
        em.lock(estimate, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    private PatientCoverage coverageOf(EstimateForm form) {
        if (form.getCoverageId() == null) {
            return null;
        }
        PatientCoverage coverage = em.find(PatientCoverage.class, form.getCoverageId());
        if (coverage == null) {
            throw new RuleViolation("coverageId", "There is no coverage " + form.getCoverageId() + ".");
        }
        if (!coverage.getPatientMrn().equals(form.getPatientMrn().strip())) {
            throw new RuleViolation("coverageId", "Coverage " + form.getCoverageId() + " belongs to another patient.");
        }
        return coverage;
    }

    private static void checkDates(EstimateForm form) {
        if (form.getServiceDate() != null && form.getServiceDate().isBefore(form.getScheduledOn())) {
            throw new RuleViolation("serviceDate", "The service cannot be before the day it was scheduled ("
                    + form.getScheduledOn() + ").");
        }
    }

    static String normaliseCodes(String codes) {
        if (blank(codes)) {
            return null;
        }
        return String.join(", ", codes.strip().toUpperCase().split("[,\\s]+"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String emptyToNull(String text) {
        return blank(text) ? null : text.strip();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** A final bill beside the estimate for that provider. */
    public record BillComparison(FinalBill bill, BigDecimal estimated, BigDecimal difference,
                                 BillDispute dispute) {

        static BillComparison of(CostEstimate estimate, FinalBill bill) {
            BigDecimal estimated = BigDecimal.ZERO.setScale(2);
            for (EstimateLine line : estimate.getLines()) {
                boolean inScope = line.isWorkup() || line.getOptionName().equals(bill.getOptionName());
                if (inScope && line.getProviderName().equals(bill.getProviderName()) && line.getPatientOwes() != null) {
                    estimated = estimated.add(line.getPatientOwes());
                }
            }
            var dispute = estimate.isSelfPay() ? BillDispute.of(
                    bill.getProviderName(), estimated, bill.getBilledAmount(), bill.getBillDate()) : null;
            return new BillComparison(bill, estimated, bill.getBilledAmount().subtract(estimated), dispute);
        }

        public String summary() {
            return "estimated " + estimated + ", difference " + difference
                    + (dispute != null && dispute.eligible() ? "; the patient may dispute it" : "");
        }
    }
}
