package org.secondopinion.feeschedule.boundary;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.secondopinion.feeschedule.control.ImportReport;
import org.secondopinion.feeschedule.control.PriceFileReader;
import org.secondopinion.feeschedule.control.PriceFileRejected;
import org.secondopinion.feeschedule.entity.FeeSchedule;
import org.secondopinion.feeschedule.entity.ScheduledCharge;
import org.secondopinion.platform.control.FileStore;

/**
 * The project's own small price file of Lakeside General Hospital (CPT numbers with plain descriptions written for
 * the project), imported at once for the demo data, in the seeding transaction of its caller (estimate's
 * {@code DemoBilling}, which seeds plans and estimates priced from it).
 */
public final class DemoFeeSchedule {

    static final String PRICE_FILE = "/org/secondopinion/feeschedule/demo/lakeside-standard-charges.csv";
    private static final String SYSTEM = "system";

    private DemoFeeSchedule() {
    }

    /** Stores and reads the demo price file into a ready fee schedule. */
    public static FeeSchedule imported(EntityManager em, FileStore store, Clock clock) {
        FileStore.Stored stored;
        try (InputStream in = resource()) {
            stored = store.store(in, 10L * 1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FeeSchedule schedule = new FeeSchedule("lakeside-standard-charges.csv", stored.sha256(), stored.key(),
                stored.size(), SYSTEM, Instant.now(clock));
        em.persist(schedule);
        em.flush();
        long id = schedule.getId();
        List<ScheduledCharge> rows = new ArrayList<>();
        try (InputStream in = store.open(stored.key(), stored.sha256())) {
            ImportReport report = new PriceFileReader().read(in, charge -> rows.addAll(charge.rows(id)));
            rows.forEach(em::persist);
            report.finish(schedule, Instant.now(clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PriceFileRejected rejected) {
            throw new IllegalStateException("The demo price file is refused: " + rejected.getMessage(), rejected);
        }
        return schedule;
    }

    /** The cash price of a code in the demo schedule (no payer, no plan, no modifiers). */
    public static PriceLookup.Found cashPrice(EntityManager em, FeeSchedule schedule, String code) {
        List<ScheduledCharge> rows = em.createNamedQuery(ScheduledCharge.FIND_BY_CODE, ScheduledCharge.class)
                .setParameter("schedule", schedule.getId()).setParameter("code", code).getResultList();
        PriceLookup.Found found = PriceLookup.find(rows, null, null, null);
        if (found == null) {
            throw new IllegalStateException("The demo price file has no cash price for " + code);
        }
        return found;
    }

    private static InputStream resource() {
        InputStream in = DemoFeeSchedule.class.getResourceAsStream(PRICE_FILE);
        if (in == null) {
            throw new IllegalStateException("Missing " + PRICE_FILE);
        }
        return in;
    }
}
