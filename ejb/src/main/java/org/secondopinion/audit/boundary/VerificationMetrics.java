package org.secondopinion.audit.boundary;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import org.secondopinion.audit.control.ChainVerdict;

/** Hands each audit chain verdict to {@link AuditMetrics}, so the verification itself holds no metric code. */
public class VerificationMetrics {

    @Inject
    AuditMetrics metrics;

    @AroundInvoke
    Object record(InvocationContext verification) throws Exception {
        Object verdict = verification.proceed();
        if (verdict instanceof ChainVerdict chainVerdict) {
            metrics.verified(chainVerdict);
        }
        return verdict;
    }
}
