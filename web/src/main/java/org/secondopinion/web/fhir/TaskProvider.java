package org.secondopinion.web.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Task;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.identity.boundary.ApiCaller;
import org.secondopinion.referral.boundary.ReferralSearch;
import org.secondopinion.referral.boundary.Referrals;
import org.secondopinion.referral.boundary.WorkflowStep;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralStatus;
import org.secondopinion.web.security.BearerAuthentication;

/**
 * {@code Task}: a referral's status. Reads go through {@link Referrals#open} (audited; a specialist sees only the
 * cases assigned to them, any other answers 404), searches through {@link ReferralSearch} (the worklist's walls, one
 * audit entry per search). The only change accepted is cancelling: {@code PUT} with {@code status} cancelled.
 */
@Dependent
public class TaskProvider implements IResourceProvider {

    @Inject
    Referrals referrals;

    @Inject
    ReferralSearch search;

    @Inject
    AuditLog audit;

    @Override
    public Class<Task> getResourceType() {
        return Task.class;
    }

    @Read(version = true)
    public Task read(@IdParam IdType id) {
        Referral referral = referrals.open(ReferralResources.referralId(id));
        Long patient = search.patientId(referral.getPatientMrn()).orElse(null);
        return TaskMapping.task(referral, ReferralResources.version(referral, id), patient);
    }

    @History
    public IBundleProvider history(@IdParam IdType id) {
        Referral referral = referrals.open(ReferralResources.referralId(id));
        Long patient = search.patientId(referral.getPatientMrn()).orElse(null);
        return ReferralResources.history(ReferralVersion.all(referral).stream()
                .map(version -> TaskMapping.task(referral, version, patient)).toList());
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = Task.SP_RES_ID) TokenParam id,
                                  @OptionalParam(name = Task.SP_FOCUS) ReferenceParam focus,
                                  @OptionalParam(name = Task.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = Task.SP_STATUS) TokenOrListParam status,
                                  @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
                                  @Offset Integer offset, @Count Integer count) {
        Long referralId = ReferralResources.idCriterion(id, focus, "ServiceRequest", "Task.focus");
        Optional<ReferralSearch.Criteria> criteria = ReferralResources.criteria(referralId, patient, status,
                lastUpdated, false);
        return ReferralResources.page(search, criteria, offset, count,
                (referral, patientId) -> TaskMapping.current(referral, patientId));
    }

    /**
     * Cancels the referral: the Task sent must be the one read with {@code status} cancelled (and, optionally, a
     * {@code statusReason} saying why). A machine client may cancel only the referrals it took in.
     */
    @Update
    public MethodOutcome cancel(@IdParam IdType id, @ResourceParam Task sent, HttpServletRequest request) {
        FhirErrors.requireBody(sent, "Task");
        long referralId = ReferralResources.referralId(id);
        Referral referral = referrals.open(referralId);
        ApiCaller client = request.getAttribute(BearerAuthentication.CALLER) instanceof ApiCaller caller ? caller
                : null;
        if (client != null && !client.clientId().equals(referral.getTakenInBy())) {
            audit.recordRefusal("Task", referralId, "refused: client " + client.clientId()
                    + " may cancel only the referrals it took in");
            throw new ForbiddenOperationException("This client may cancel only the referrals it took in.");
        }
        long version = FhirIds.version(referral);
        String ifMatch = request.getHeader("If-Match");
        Optional<Long> expected = FhirIds.versionOf(ifMatch).or(() -> id.hasVersionIdPart()
                ? FhirIds.versionOf(id.getVersionIdPart()) : Optional.empty());
        if (ifMatch != null && expected.isEmpty()) {
            throw new PreconditionFailedException("If-Match must name a version, as W/\"" + version + "\".");
        }
        if (expected.isPresent() && expected.get() != version) {
            throw new PreconditionFailedException("Task/" + referralId + " is at version " + version + ", not "
                    + expected.get() + ": read it again and send the change again.");
        }
        Long patient = search.patientId(referral.getPatientMrn()).orElse(null);
        Task current = TaskMapping.current(referral, patient);
        List<String> changed = TaskMapping.unexpectedChanges(current, sent);
        if (!changed.isEmpty()) {
            throw unprocessable("Only Task.status (to cancelled) and Task.statusReason may change here; these differ"
                    + " from the Task as it is: " + String.join(", ", changed) + ".", changed.get(0));
        }
        if (sent.getStatus() == current.getStatus()) {
            return updated(current);
        }
        if (sent.getStatus() != Task.TaskStatus.CANCELLED) {
            throw unprocessable("A client may only cancel a referral (Task.status cancelled); the other statuses"
                    + " follow the second-opinion department's work.", "Task.status");
        }
        if (!referral.getStatus().canMoveTo(ReferralStatus.CANCELLED)) {
            throw unprocessable("A referral that is " + ReferralVersion.words(referral.getStatus()).toLowerCase()
                    + " can no longer be cancelled.", "Task.status");
        }
        String reason = sent.hasStatusReason() && sent.getStatusReason().hasText() ? sent.getStatusReason().getText()
                : "cancelled by " + (client != null ? client.clientId() : request.getRemoteUser()) + " through FHIR";
        Referral cancelled = referrals.take(referralId, referral.getVersion(), WorkflowStep.CANCEL, reason);
        Task task = TaskMapping.current(cancelled, patient);
        return updated(task);
    }

    private static MethodOutcome updated(Task task) {
        MethodOutcome outcome = new MethodOutcome(task.getIdElement(), false);
        outcome.setResource(task);
        return outcome;
    }

    private static UnprocessableEntityException unprocessable(String message, String expression) {
        return new UnprocessableEntityException(FhirContexts.r4(),
                FhirErrors.outcome(IssueType.BUSINESSRULE, message, expression));
    }
}
