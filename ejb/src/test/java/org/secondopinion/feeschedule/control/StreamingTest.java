package org.secondopinion.feeschedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files are streamed: the reader sees rows as they arrive and keeps only the first rejections and warnings. */
class StreamingTest {

    private static final String HEADER = """
            hospital_name,last_updated_on,version
            Lakeside General Hospital,2026-01-15,3.0.0
            description,code|1,code|1|type,setting,standard_charge|gross,payer_name,plan_name,standard_charge|negotiated_dollar,standard_charge|methodology,standard_charge|min,standard_charge|max
            """;

    @Test
    void passesEachChargeOnAsItIsReadAndCountsWhatItDoesNotKeep() throws Exception {
        int rows = 100_000;
        ImportLimits limits = new ImportLimits(100, 50, 64 * 1024, 64 * 1024);
        long[] received = {0};
        long[] lastLine = {0};

        ImportReport report = new PriceFileReader(limits).read(new GeneratedRows(rows), charge -> {
            received[0]++;
            lastLine[0] = charge.line();
        });

        // every tenth row lacks its methodology, every seventh charges 0 (a warning)
        int rejected = rows / 10;
        assertThat(report.rowsRead()).isEqualTo(rows);
        assertThat(report.chargesAccepted()).isEqualTo(rows - rejected).isEqualTo(received[0]);
        assertThat(report.rejectedCount()).isEqualTo(rejected);
        assertThat(report.rejections()).hasSize(100);
        assertThat(report.rejectionsTruncated()).isTrue();
        assertThat(report.rejections().get(0).line()).isEqualTo(4 + 9);
        assertThat(report.warnings()).hasSize(50);
        assertThat(report.warningsTruncated()).isTrue();
        assertThat(report.warningCount()).isGreaterThan(10_000);
        assertThat(lastLine[0]).isEqualTo(3 + rows - 1);
    }

    /** A tall CSV made up row by row as it is read, so the test itself holds no file. */
    private static final class GeneratedRows extends InputStream {
        private final int rows;
        private int row;
        private byte[] chunk = HEADER.getBytes(StandardCharsets.UTF_8);
        private int position;

        GeneratedRows(int rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == chunk.length) {
                if (row == rows) {
                    return -1;
                }
                chunk = nextRows().getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, n);
            position += n;
            return n;
        }

        private String nextRows() {
            StringBuilder rowsText = new StringBuilder();
            for (int i = 0; i < 500 && row < rows; i++, row++) {
                int number = row + 1;
                String methodology = number % 10 == 0 ? "" : "fee schedule";
                String gross = number % 7 == 0 ? "0" : "\"$1,200.00\"";
                rowsText.append("\"Office visit, item ").append(number).append("\",99213,CPT,outpatient,").append(gross)
                        .append(",Aetna,PPO,96.10,").append(methodology).append(",96.10,96.10\n");
            }
            return rowsText.toString();
        }
    }
}
