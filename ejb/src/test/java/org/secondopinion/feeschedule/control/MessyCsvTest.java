package org.secondopinion.feeschedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.secondopinion.feeschedule.entity.Methodology;

/**
 * Real files differ from the template in harmless ways: header case, spacing and order,
 * "$1,234.50", "70.5%", quoted commas, M/D/YYYY dates, blank and multi-line rows, CRLF.
 */
class MessyCsvTest {

    @Test
    void matchesHeadersByNormalisedNameInAnyOrder() throws Exception {
        Imported messy = Imported.resource("messy-v3-tall.csv");

        assertThat(messy.report().rowsRead()).isEqualTo(4);
        assertThat(messy.report().chargesAccepted()).isEqualTo(4);
        assertThat(messy.report().rejections()).isEmpty();
        StandardCharge emergency = messy.atLine(5);
        // "code | 2 |type" comes before "Code|2" in this file
        assertThat(emergency.codes()).containsExactly(new ChargeCode("99285", "CPT"), new ChargeCode("450", "RC"));
        assertThat(emergency.payerName()).isEqualTo("Northwest Health Plan");
        assertThat(emergency.planName()).isEqualTo("Silver HMO");
    }

    @Test
    void readsTheGeneralHeaderWhateverItsCaseAndSpacing() throws Exception {
        ImportReport report = Imported.resource("messy-v3-tall.csv").report();

        assertThat(report.effectiveDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(report.hospital().version()).isEqualTo("3.0.0");
        assertThat(report.hospital().licenseState()).isEqualTo("OR");
        assertThat(report.hospital().type2Npis()).containsExactly("1111111112", "2222222223");
    }

    @Test
    void readsDollarSignsThousandsSeparatorsAndSpaces() throws Exception {
        StandardCharge knee = Imported.resource("messy-v3-tall.csv").atLine(4);

        assertThat(knee.negotiatedDollar()).isEqualByComparingTo("1234.50");
        assertThat(knee.grossCharge()).isEqualByComparingTo("3400.00");
        assertThat(knee.discountedCash()).isEqualByComparingTo("2720");
        assertThat(knee.methodology()).isEqualTo(Methodology.FEE_SCHEDULE);
        assertThat(knee.codes()).containsExactly(new ChargeCode("29881", "CPT"));
    }

    @Test
    void keepsQuotedCommasInTheDescription() throws Exception {
        assertThat(Imported.resource("messy-v3-tall.csv").atLine(4).description())
                .isEqualTo("Knee arthroscopy, with meniscus repair, medial");
    }

    @Test
    void readsAPercentageWithItsSignAsWrittenAndNotApplicableAsBlank() throws Exception {
        StandardCharge emergency = Imported.resource("messy-v3-tall.csv").atLine(5);

        assertThat(emergency.negotiatedPercentage()).isEqualByComparingTo("70.5");
        assertThat(emergency.discountedCash()).isNull();
        assertThat(emergency.count()).isEqualTo(AllowedAmountCount.exactly(1250));
        assertThat(emergency.medianAmount()).isEqualByComparingTo("1480.25");
    }

    @Test
    void countsPhysicalLinesAcrossBlankLinesAndQuotedLineBreaks() throws Exception {
        Imported messy = Imported.resource("messy-v3-tall.csv");

        assertThat(messy.charges()).extracting(StandardCharge::line).containsExactly(4L, 5L, 7L, 9L);
        assertThat(messy.atLine(7).description()).isEqualTo("Multi-line\ndescription, second line");
    }

    @Test
    void warnsOnceOfColumnsNotInTheTemplate() throws Exception {
        ImportReport report = Imported.resource("messy-v3-tall.csv").report();

        assertThat(report.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.line()).isEqualTo(3);
            assertThat(warning.message()).contains("internal_cost_center");
        });
    }

    @Test
    void readsAWideFileWithSpacedPayerHeadersKeepingThePayerNamesAsWritten() throws Exception {
        String wide = """
                hospital_name,last_updated_on,version
                Lakeside General Hospital,2026-01-15,3.0.0
                Description,Code | 1,Code | 1 | Type,Setting,Standard_Charge | Gross,standard_charge |  Blue  Cross | Gold PPO | negotiated_dollar,Standard_Charge | Blue Cross | Gold PPO | Methodology,standard_charge|min,standard_charge|max
                "Office visit, 20 minutes",99213,CPT,outpatient,"$1,200.00",$96.10,Fee Schedule,96.10,96.10
                """;

        Imported imported = Imported.text(wide);

        assertThat(imported.report().format()).isEqualTo(PriceFileFormat.WIDE_CSV);
        StandardCharge visit = imported.atLine(4);
        assertThat(visit.payerName()).isEqualTo("Blue Cross");
        assertThat(visit.planName()).isEqualTo("Gold PPO");
        assertThat(visit.negotiatedDollar()).isEqualByComparingTo("96.10");
        assertThat(visit.grossCharge()).isEqualByComparingTo("1200");
        assertThat(visit.methodology()).isEqualTo(Methodology.FEE_SCHEDULE);
    }

    @Test
    void readsAUtf16FileWithItsByteOrderMark() throws Exception {
        byte[] utf16 = Imported.resourceText("cms-v3-example-tall.csv").getBytes(StandardCharsets.UTF_16);

        assertThat(Imported.bytes(utf16).report().chargesAccepted()).isEqualTo(45);
    }

    @Test
    void readsAGzipCompressedFile() throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(Imported.resourceBytes("cms-v3-example.json"));
        }

        ImportReport report = Imported.bytes(compressed.toByteArray()).report();

        assertThat(report.format()).isEqualTo(PriceFileFormat.JSON);
        assertThat(report.chargesAccepted()).isEqualTo(45);
        assertThat(report.bytesRead()).isEqualTo(Imported.resourceBytes("cms-v3-example.json").length);
    }

    @Test
    void readsAWindows1252FileAsWindows1252InsteadOfReplacingItsBytes() throws Exception {
        byte[] text = Imported.resourceBytes("cms-v3-example-tall.csv");
        String csv = new String(text, StandardCharsets.UTF_8).replace("Medical surgical bed", "Medical surgical b\u00e9d");
        byte[] windows1252 = csv.getBytes(Charset.forName("windows-1252"));

        Imported imported = Imported.bytes(windows1252);

        // once "b\u00e9d", never "b\uFFFDd": the first byte that is not UTF-8 (0xE9 on line 10) switches to Windows-1252
        assertThat(imported.report().chargesAccepted()).isEqualTo(45);
        assertThat(imported.atLine(10).description()).isEqualTo("Medical surgical b\u00e9d");
        assertThat(imported.report().warnings().get(0).line()).isEqualTo(10);
        assertThat(imported.report().warnings().get(0).message()).contains("not UTF-8", "Windows-1252");
    }
}
