package org.secondopinion.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.directory.entity.Practitioner;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.TreatmentKind;

/**
 * What billing may know of a referral to price it (HIPAA minimum necessary, 45 CFR 164.502(b)): who the patient
 * is, the requested specialty, the coded diagnosis and proposed treatment a Good Faith Estimate must name, and
 * the specialist who gives the opinion. Never the reason for seeking it, the patient's questions, the records
 * or the opinion.
 */
@Stateless
@RolesAllowed(Role.Names.BILLING)
public class ReferralPricing {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** A referral's facts for pricing, read and audited as such. */
    public PricingFacts facts(long referralId) {
        Referral referral = em.find(Referral.class, referralId);
        if (referral == null) {
            throw new RecordNotFound(CaseAccess.RECORD_TYPE, referralId);
        }
        Practitioner specialist = referral.getSpecialist();
        audit.record(AuditAction.READ, CaseAccess.RECORD_TYPE, referralId,
                "pricing facts for billing (patient, specialty, coded diagnosis and treatment kind only)");
        return new PricingFacts(referralId, referral.getPatientMrn(), referral.getPatientName(),
                referral.getPatientBirthDate(), referral.getRequestedSpecialty(), referral.getDiagnosisCode(),
                proposedTreatment(referral.getTreatmentKind()), referral.getTreatmentKind() == TreatmentKind.SURGERY,
                specialist == null ? null : specialist.displayName(),
                specialist == null ? null : specialist.getNpi());
    }

    /** Whether an estimate may name this referral as its origin. */
    public boolean exists(long referralId) {
        return em.find(Referral.class, referralId) != null;
    }

    /** The minimum necessary of a referral for a cost estimate. */
    public record PricingFacts(long referralId, String patientMrn, String patientName, LocalDate patientBirthDate,
                               String requestedSpecialty, String diagnosisCode, String proposedTreatment,
                               boolean beforeSurgery, String specialistName, String specialistNpi) {

        /** The primary service in plain words, from codes only: no clinical free text. */
        public String primaryService() {
            return "Second opinion in " + requestedSpecialty + " on proposed " + proposedTreatment;
        }
    }

    /** The kind of treatment proposed, in the words of an estimate (billing never sees the referral's types). */
    static String proposedTreatment(TreatmentKind kind) {
        return switch (kind) {
            case SURGERY -> "surgery";
            case DRUG_THERAPY -> "drug therapy";
            case RADIATION -> "radiation therapy";
            case MONITORING -> "monitoring";
            case OTHER -> "treatment";
        };
    }
}
