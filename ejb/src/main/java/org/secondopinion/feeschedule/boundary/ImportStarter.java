package org.secondopinion.feeschedule.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts a price file's import only after the fee schedule row is committed, so the background reader finds it. */
@ApplicationScoped
public class ImportStarter {

    @Inject
    FeeScheduleImport importer;

    void start(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeeSchedules.ImportRequested requested) {
        importer.run(requested.feeScheduleId());
    }
}
