package org.secondopinion.feeschedule.control;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The fuzz tests' oracle: a price-file read may end in exactly two ways, an {@link ImportReport}
 * or a {@link PriceFileRejected} with a message for the person importing. Any other exception,
 * a blank rejection, or a read that does not end within the time limit is a defect, reported as
 * an {@link AssertionError} (which Jazzer records as a finding and JUnit as a failure).
 */
final class ReadCheck implements AutoCloseable {

    /** One read of some bytes, as the importer does it. */
    @FunctionalInterface
    interface Read {
        ImportReport read(byte[] content) throws Exception;
    }

    private final Duration limit;
    private ExecutorService worker = newWorker();

    ReadCheck(Duration limit) {
        this.limit = limit;
    }

    /** Runs the read on a worker thread and fails unless it ends, within the limit, in a report or a clear rejection. */
    void check(Read read, byte[] content) {
        Future<ImportReport> outcome = worker.submit(() -> read.read(content));
        try {
            ImportReport report = outcome.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (report == null) {
                throw new AssertionError("the read ended without a report");
            }
            if (report.chargesAccepted() < 0 || report.rejectedCount() < 0) {
                throw new AssertionError("the report counts are negative: " + report.chargesAccepted() + " accepted, "
                        + report.rejectedCount() + " rejected");
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PriceFileRejected rejected) {
                if (rejected.getMessage() == null || rejected.getMessage().isBlank()) {
                    throw new AssertionError("a rejection without a message", rejected);
                }
                return;
            }
            throw new AssertionError("the read ended in " + cause.getClass().getName()
                    + ", which is neither a report nor a PriceFileRejected", cause);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            // the stuck thread may never stop: leave it and read on a new one
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("the read did not end within " + limit.toMillis() + " ms (" + content.length
                    + " bytes): it hangs or is far too slow");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the read", e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "price-file-read-check");
            thread.setDaemon(true);
            return thread;
        });
    }
}
