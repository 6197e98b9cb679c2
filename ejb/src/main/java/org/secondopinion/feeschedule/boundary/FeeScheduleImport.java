package org.secondopinion.feeschedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.secondopinion.feeschedule.control.ImportPace;
import org.secondopinion.feeschedule.control.ImportReport;
import org.secondopinion.feeschedule.control.PriceFileReader;
import org.secondopinion.feeschedule.control.PriceFileRejected;
import org.secondopinion.feeschedule.control.StandardCharge;
import org.secondopinion.platform.control.FileStore;
import org.secondopinion.platform.entity.Role;

/**
 * Reads a received price file in the background, streaming: charges are written in batches,
 * each batch its own transaction with the progress, so memory stays bounded and the page can
 * show how far the import is. A file refused as a whole keeps no charges.
 */
@Stateless
@RolesAllowed(Role.Names.BILLING)
public class FeeScheduleImport {

    private static final Logger LOG = Logger.getLogger(FeeScheduleImport.class.getName());
    static final int BATCH = 1000;

    @Inject
    ChargeBatches batches;

    @Inject
    FileStore store;

    @Inject
    ImportMetrics metrics;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long feeScheduleId) {
        ChargeBatches.StoredFile file = batches.storedFile(feeScheduleId);
        ImportPace pace = metrics.started();
        try (CountingStream in = new CountingStream(store.open(file.key(), file.sha256()))) {
            List<StandardCharge> batch = new ArrayList<>(BATCH);
            ImportReport report = new PriceFileReader().read(in, charge -> {
                batch.add(charge);
                if (batch.size() == BATCH) {
                    batches.write(feeScheduleId, batch, in.count());
                    pace.wrote(batch.size());
                    batch.clear();
                }
            });
            batches.write(feeScheduleId, batch, in.count());
            pace.wrote(batch.size());
            batches.finish(feeScheduleId, report);
        } catch (PriceFileRejected rejected) {
            batches.reject(feeScheduleId, "The file was refused" + (rejected.line() > 0 ? " at line " + rejected.line() : "")
                    + ": " + rejected.getMessage());
        } catch (IOException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Price file import " + feeScheduleId + " failed", failed);
            batches.reject(feeScheduleId, "The file could not be read: " + failed.getMessage());
        } finally {
            metrics.ended(pace);
        }
    }

    /** Counts the bytes read, for the progress bar. */
    static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }
}
