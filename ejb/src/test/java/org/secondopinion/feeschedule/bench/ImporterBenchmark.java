package org.secondopinion.feeschedule.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import org.secondopinion.feeschedule.control.ImportReport;
import org.secondopinion.feeschedule.control.PriceFileReader;

/**
 * A timed import of a generated tall CSV of about 1 GB (the CMS v3 example's items repeated)
 * in a JVM whose heap is capped (the benchmark profile starts it with -Xmx256m). Writes the
 * throughput and the peak heap to {@code target/benchmarks/importer.txt}. Target: 50 MB/s.
 */
public final class ImporterBenchmark {

    private ImporterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks/importer.txt");
        long targetBytes = Long.getLong("bench.bytes", 1L << 30);
        Files.createDirectories(out.getParent());
        Path file = Files.createTempFile("price-file-bench", ".csv");
        try {
            long generated = generate(file, targetBytes);
            LongAdder charges = new LongAdder();
            resetPeaks();
            long start = System.nanoTime();
            ImportReport report;
            try (InputStream in = Files.newInputStream(file)) {
                report = new PriceFileReader().read(in, charge -> charges.increment());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double megabytes = generated / (1024.0 * 1024.0);
            String figures = String.format(Locale.ROOT, "Importer benchmark: tall CSV (CMS v3 example items repeated)%n"
                            + "file %.0f MB, heap limit %d MB%n"
                            + "imported in %.1f s: %.1f MB/s; %,d charges accepted, %,d rejected%n"
                            + "peak heap used %.0f MB%n%s%n",
                    megabytes, Runtime.getRuntime().maxMemory() / (1024 * 1024), seconds, megabytes / seconds,
                    charges.sum(), report.rejectedCount(), peakHeapMegabytes(), report.summary());
            Files.writeString(out, figures);
            System.out.println(figures);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long generate(Path file, long targetBytes) throws IOException {
        List<String> example;
        try (InputStream in = ImporterBenchmark.class.getResourceAsStream("/price-files/cms-v3-example-tall.csv")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> items = example.subList(3, example.size());
        long written = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 3; i++) {
                writer.write(example.get(i));
                writer.write('\n');
                written += example.get(i).length() + 1;
            }
            while (written < targetBytes) {
                for (String item : items) {
                    writer.write(item);
                    writer.write('\n');
                    written += item.length() + 1;
                }
            }
        }
        return Files.size(file);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }
}
