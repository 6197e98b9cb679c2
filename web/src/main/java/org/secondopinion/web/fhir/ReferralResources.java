package org.secondopinion.web.fhir;

import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntryTransactionMethodEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Task;
import org.secondopinion.referral.boundary.Page;
import org.secondopinion.referral.boundary.ReferralSearch;
import org.secondopinion.referral.entity.Referral;
import org.secondopinion.referral.entity.ReferralStatus;

/**
 * What the providers of resources built from a referral (Task, ServiceRequest, DocumentReference) share: reading the
 * id and version asked for, turning search parameters into {@link ReferralSearch.Criteria}, and paging by
 * {@code _count} and {@code _offset}.
 */
final class ReferralResources {

    /** The furthest a search pages: far beyond any real result, and far from overflowing the next page's offset. */
    static final int MAX_OFFSET = 100_000_000;

    /** Results per page when the client names no {@code _count}. */
    static final int DEFAULT_COUNT = 50;

    private ReferralResources() {
    }

    /**
     * The number in a resource id of this server (a patient, practitioner or coverage); an id that is not one (not
     * a number, or too long for one) answers 404, as one that does not exist.
     */
    static long numericId(IdType id) {
        return referralId(id);
    }

    /** The referral's id in a resource id; an id that is not one answers 404, as one that does not exist. */
    static long referralId(IdType id) {
        return number(id.getIdPart()).orElseThrow(() -> new ResourceNotFoundException(id));
    }

    /** The version asked for ({@code _history/n}), or the current one. */
    static ReferralVersion version(Referral referral, IdType id) {
        if (!id.hasVersionIdPart()) {
            return ReferralVersion.current(referral);
        }
        return number(id.getVersionIdPart()).flatMap(n -> ReferralVersion.of(referral, n))
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    /**
     * A history of one resource, newest version first. Each entry says how its version came about, as R4 requires of
     * a history Bundle (bdl-3: {@code entry.request}): the first version by {@code POST}, every later one by {@code
     * PUT} (each workflow step changes the resource in place).
     */
    static IBundleProvider history(List<? extends IAnyResource> versions) {
        for (IAnyResource version : versions) {
            ResourceMetadataKeyEnum.ENTRY_TRANSACTION_METHOD.put(version, "1".equals(version.getMeta().getVersionId())
                    ? BundleEntryTransactionMethodEnum.POST : BundleEntryTransactionMethodEnum.PUT);
        }
        return new SimpleBundleProvider(versions);
    }

    /**
     * The one referral an {@code _id} or a reference parameter (a Task's focus) names; both given must agree. An id
     * that can name no referral finds nothing ({@code -1}).
     */
    static Long idCriterion(TokenParam id, ReferenceParam reference, String referencedType, String path) {
        if (id != null && (id.getModifier() != null || id.getMissing() != null)) {
            throw invalid("_id takes an id, without a modifier.", "_id");
        }
        if (chainedOrMissing(reference)) {
            throw invalid(path + " takes a reference, not a chain or a modifier.", path);
        }
        Long byId = id == null ? null : number(id.getValue()).orElse(-1L);
        Long byReference = null;
        if (reference != null) {
            if (reference.getResourceType() != null && !referencedType.equals(reference.getResourceType())) {
                throw invalid(path + " points to a " + referencedType + " here.", path);
            }
            byReference = number(reference.getIdPart()).orElse(-1L);
        }
        if (byId != null && byReference != null && !byId.equals(byReference)) {
            return -1L;
        }
        return byId != null ? byId : byReference;
    }

    /** A reference parameter given with a chain ({@code patient.name=...}) or {@code :missing}: neither is served. */
    private static boolean chainedOrMissing(ReferenceParam reference) {
        return reference != null && (reference.getChain() != null && !reference.getChain().isBlank()
                || reference.getMissing() != null);
    }

    /**
     * The patient of a search that takes {@code patient} and {@code subject} for the same thing: either, or both
     * naming the same patient; two different ones are refused rather than one of them ignored.
     */
    static ReferenceParam onePatient(ReferenceParam patient, ReferenceParam subject, String path) {
        if (patient != null && subject != null && !String.valueOf(patient.getValue()).equals(String.valueOf(
                subject.getValue()))) {
            throw invalid("patient and subject name different patients; give one.", path);
        }
        return patient != null ? patient : subject;
    }

    /** The criteria of a search, or empty when they can match nothing (a status no referral takes). */
    static Optional<ReferralSearch.Criteria> criteria(Long referralId, ReferenceParam patient,
                                                      TokenOrListParam status, DateRangeParam lastUpdated,
                                                      boolean deliveredOnly) {
        Long patientId = null;
        if (chainedOrMissing(patient)) {
            throw invalid("patient takes a reference (Patient/{id}), not a chain or a modifier.", "Task.for");
        }
        requireSupportedPrefixes(lastUpdated);
        if (patient != null) {
            if (patient.getResourceType() != null && !"Patient".equals(patient.getResourceType())) {
                throw invalid("patient points to a Patient.", "Task.for");
            }
            patientId = number(patient.getIdPart()).orElse(-1L);
        }
        Set<ReferralStatus> statuses = EnumSet.noneOf(ReferralStatus.class);
        if (status != null) {
            for (TokenParam token : status.getValuesAsQueryTokens()) {
                if (token.getModifier() != null || token.getMissing() != null) {
                    throw invalid("status takes Task.status codes, without a modifier.", "Task.status");
                }
                if (token.getSystem() != null && !token.getSystem().isBlank()
                        && !Task.TaskStatus.REQUESTED.getSystem().equals(token.getSystem())) {
                    throw invalid("status codes are of " + Task.TaskStatus.REQUESTED.getSystem() + ".", "Task.status");
                }
                statuses.addAll(statesOf(token.getValue()));
            }
            if (statuses.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new ReferralSearch.Criteria(referralId, patientId, statuses,
                lastUpdated == null ? null : lastUpdated.getLowerBoundAsInstant() == null ? null
                        : lastUpdated.getLowerBoundAsInstant().toInstant(), true,
                lastUpdated == null ? null : lastUpdated.getUpperBoundAsInstant() == null ? null
                        : lastUpdated.getUpperBoundAsInstant().toInstant(), true, deliveredOnly));
    }

    /** _lastUpdated compares with eq, gt, ge, lt or le (or none); the other prefixes are refused, not ignored. */
    private static void requireSupportedPrefixes(DateRangeParam lastUpdated) {
        if (lastUpdated == null) {
            return;
        }
        for (DateParam bound : java.util.Arrays.asList(lastUpdated.getLowerBound(), lastUpdated.getUpperBound())) {
            if (bound != null && bound.getPrefix() != null && EnumSet.of(ParamPrefixEnum.NOT_EQUAL,
                    ParamPrefixEnum.STARTS_AFTER, ParamPrefixEnum.ENDS_BEFORE, ParamPrefixEnum.APPROXIMATE)
                    .contains(bound.getPrefix())) {
                throw invalid("_lastUpdated takes the prefixes eq, gt, ge, lt and le.", "_lastUpdated");
            }
        }
    }

    /** The application's states a Task.status code stands for; refuses a code that is not one. */
    static Set<ReferralStatus> statesOf(String code) {
        if (!isTaskStatus(code)) {
            throw invalid("'" + code + "' is not a Task status (requested, received, accepted, in-progress, on-hold,"
                    + " completed, rejected, cancelled, ...).", "Task.status");
        }
        Set<ReferralStatus> states = EnumSet.noneOf(ReferralStatus.class);
        for (ReferralStatus state : ReferralStatus.values()) {
            if (state.fhirTaskStatus().equals(code.trim())) {
                states.add(state);
            }
        }
        return states;
    }

    private static boolean isTaskStatus(String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        try {
            Task.TaskStatus.fromCode(code.trim());
            return true;
        } catch (org.hl7.fhir.exceptions.FHIRException notACode) {
            return false;
        }
    }

    /** One page of a search, with its total and the offset and size HAPI needs for the next and previous links. */
    static IBundleProvider page(ReferralSearch search, Optional<ReferralSearch.Criteria> criteria, Integer offset,
                                Integer count, BiFunction<Referral, Long, IBaseResource> mapping) {
        int first = offset == null ? 0 : offset;
        int size = count == null ? DEFAULT_COUNT : count;
        if (first < 0 || first > MAX_OFFSET) {
            throw invalid("_offset is 0 to " + MAX_OFFSET + ".", "_offset");
        }
        if (size < 1 || size > ReferralSearch.MAX_PAGE) {
            throw invalid("_count is 1 to " + ReferralSearch.MAX_PAGE + ".", "_count");
        }
        Page<Referral> page = criteria.isPresent() ? search.find(criteria.get(), first, size)
                : new Page<>(List.of(), 0, false);
        List<IBaseResource> resources = page.rows().stream()
                .map(referral -> mapping.apply(referral, search.patientId(referral.getPatientMrn()).orElse(null)))
                .toList();
        SimpleBundleProvider bundle = new SimpleBundleProvider(resources);
        bundle.setCurrentPageOffset(first);
        bundle.setCurrentPageSize(size);
        bundle.setSize((int) page.count());
        return bundle;
    }

    static InvalidRequestException invalid(String message, String expression) {
        return new InvalidRequestException(message, FhirErrors.outcome(IssueType.INVALID, message, expression));
    }

    private static Optional<Long> number(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }
}
