package org.secondopinion.web.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.directory.entity.OrganisationKind;
import org.secondopinion.estimate.entity.CoverageTier;
import org.secondopinion.estimate.entity.EstimateStatus;
import org.secondopinion.estimate.entity.FamilyDeductible;
import org.secondopinion.estimate.entity.NetworkStatus;
import org.secondopinion.estimate.entity.OpinionPurpose;
import org.secondopinion.estimate.entity.PlanKind;
import org.secondopinion.estimate.entity.SecondOpinionRule;
import org.secondopinion.feeschedule.entity.FeeScheduleStatus;
import org.secondopinion.legal.control.Deadline;
import org.secondopinion.legal.control.DeclaredTie;
import org.secondopinion.legal.control.LicenceStatus;
import org.secondopinion.legal.entity.AssignmentStatus;
import org.secondopinion.legal.entity.AuthorityKind;
import org.secondopinion.legal.entity.CaseStatus;
import org.secondopinion.legal.entity.CustodyAction;
import org.secondopinion.legal.entity.DefendantKind;
import org.secondopinion.legal.entity.DocumentLabel;
import org.secondopinion.legal.entity.OpinionStatus;
import org.secondopinion.legal.entity.RequestingSide;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.referral.entity.OpinionOutcome;
import org.secondopinion.referral.entity.PatientDecision;
import org.secondopinion.referral.entity.RecordState;
import org.secondopinion.referral.entity.RecordType;
import org.secondopinion.referral.entity.ReferralStatus;
import org.secondopinion.referral.entity.Sex;
import org.secondopinion.referral.entity.TreatmentKind;
import org.secondopinion.referral.entity.Urgency;

/**
 * The one way an enum constant reaches a page: the message key {@code <prefix>.<CONSTANT>} of its enum. Every enum
 * a page shows is listed here, so that a test can check that each of its constants has a label in the bundle.
 */
public final class EnumLabels {

    private static final Map<Class<? extends Enum<?>>, String> PREFIXES = new LinkedHashMap<>();

    static {
        // referrals
        PREFIXES.put(ReferralStatus.class, "dashboard.status");
        PREFIXES.put(Urgency.class, "enum.Urgency");
        PREFIXES.put(org.secondopinion.referral.control.WorkItem.Kind.class, "home.work.kind");
        PREFIXES.put(TreatmentKind.class, "enum.TreatmentKind");
        PREFIXES.put(RecordType.class, "enum.RecordType");
        PREFIXES.put(RecordState.class, "enum.RecordState");
        PREFIXES.put(Sex.class, "enum.Sex");
        PREFIXES.put(PatientDecision.class, "decision");
        PREFIXES.put(OpinionOutcome.class, "dashboard.outcome");
        PREFIXES.put(OrganisationKind.class, "directory.kind");
        // billing
        PREFIXES.put(EstimateStatus.class, "enum.EstimateStatus");
        PREFIXES.put(FeeScheduleStatus.class, "enum.FeeScheduleStatus");
        PREFIXES.put(NetworkStatus.class, "enum.NetworkStatus");
        PREFIXES.put(OpinionPurpose.class, "enum.OpinionPurpose");
        PREFIXES.put(PlanKind.class, "enum.PlanKind");
        PREFIXES.put(FamilyDeductible.class, "enum.FamilyDeductible");
        PREFIXES.put(SecondOpinionRule.class, "enum.SecondOpinionRule");
        PREFIXES.put(CoverageTier.class, "enum.CoverageTier");
        // legal
        PREFIXES.put(CaseStatus.class, "enum.CaseStatus");
        PREFIXES.put(AuthorityKind.class, "legal.authorityKind");
        PREFIXES.put(AssignmentStatus.class, "legal.assignmentStatus");
        PREFIXES.put(Deadline.Kind.class, "legal.deadline");
        PREFIXES.put(DefendantKind.class, "legal.defendantKind");
        PREFIXES.put(DocumentLabel.class, "legal.label");
        PREFIXES.put(LicenceStatus.class, "legal.licence");
        PREFIXES.put(OpinionStatus.class, "legal.opinionStatus");
        PREFIXES.put(RequestingSide.class, "legal.side");
        PREFIXES.put(DeclaredTie.Kind.class, "legal.tieKind");
        PREFIXES.put(CustodyAction.class, "enum.CustodyAction");
        // the shell and administration
        PREFIXES.put(Area.class, "area");
        PREFIXES.put(Role.class, "enum.Role");
        PREFIXES.put(AuditAction.class, "enum.AuditAction");
        PREFIXES.put(AuditOutcome.class, "enum.AuditOutcome");
    }

    private EnumLabels() {
    }

    /** The message key of the constant's label, e.g. {@code enum.EstimateStatus.DRAFT}. */
    public static String key(Enum<?> constant) {
        String prefix = PREFIXES.get(constant.getDeclaringClass());
        if (prefix == null) {
            throw new IllegalArgumentException("No labels for " + constant.getDeclaringClass().getSimpleName()
                    + ": add it to EnumLabels and its constants to messages.properties");
        }
        return prefix + "." + constant.name();
    }

    /** The key prefix of an enum's labels, or null when pages do not show it. */
    public static String prefix(Class<?> type) {
        return PREFIXES.get(type);
    }

    /** Every enum that pages show. */
    public static List<Class<? extends Enum<?>>> shown() {
        return List.copyOf(PREFIXES.keySet());
    }
}
