package org.secondopinion.estimate.control;

import static org.secondopinion.estimate.control.EstimatePdfStyle.BODY;
import static org.secondopinion.estimate.control.EstimatePdfStyle.CELL;
import static org.secondopinion.estimate.control.EstimatePdfStyle.CELL_BOLD;
import static org.secondopinion.estimate.control.EstimatePdfStyle.DAY;
import static org.secondopinion.estimate.control.EstimatePdfStyle.SHADE;
import static org.secondopinion.estimate.control.EstimatePdfStyle.SMALL;
import static org.secondopinion.estimate.control.EstimatePdfStyle.TITLE;
import static org.secondopinion.estimate.control.EstimatePdfStyle.heading;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.secondopinion.platform.control.LetterPdf;
import org.secondopinion.platform.control.Letterhead;
import org.secondopinion.platform.control.Money;

/**
 * An insured patient's cost estimate as a letter-size PDF: the plan and the amounts met it starts from, then the
 * second-opinion workup and each treatment option side by side (what the patient pays, the range, what the plan
 * pays, and with the workup), each option's lines, and the disclaimers; on the hospital's letterhead, with the
 * patient's name and MRN on every page, signed by the billing staff member who issued it (see {@link LetterPdf}).
 */
public final class PatientEstimatePdf {

    private final Letterhead letterhead;

    public PatientEstimatePdf(Letterhead letterhead) {
        this.letterhead = letterhead;
    }

    /** What the PDF shows. */
    public record Contents(String reference, LocalDate issuedOn, String patientName, LocalDate patientBirthDate,
                           String plan, String amountsMet, String primaryService, LocalDate serviceDate,
                           List<Option> options, Overall overall, List<String> disclaimers) {
        public Contents {
            if (reference == null || issuedOn == null || patientName == null || plan == null) {
                throw new IllegalArgumentException("An estimate names its reference, day, patient and plan.");
            }
            options = List.copyOf(options);
            disclaimers = List.copyOf(disclaimers);
        }

        /** An estimate without a line for the whole. */
        public Contents(String reference, LocalDate issuedOn, String patientName, LocalDate patientBirthDate,
                        String plan, String amountsMet, String primaryService, LocalDate serviceDate,
                        List<Option> options, List<String> disclaimers) {
            this(reference, issuedOn, patientName, patientBirthDate, plan, amountsMet, primaryService, serviceDate,
                    options, null, disclaimers);
        }
    }

    /**
     * The whole estimate: the workup with the choice that costs the patient most (named {@code basis}), and the
     * range over every choice.
     */
    public record Overall(String basis, BigDecimal patientPays, BigDecimal low, BigDecimal high,
                          BigDecimal planPays) {
    }

    /** The workup or a treatment option with its totals and lines. */
    public record Option(String name, boolean workup, BigDecimal patientPays, BigDecimal low, BigDecimal high,
                         BigDecimal planPays, BigDecimal withWorkup, List<Line> lines) {
        public Option {
            lines = List.copyOf(lines);
        }
    }

    /** One service of an option. */
    public record Line(LocalDate date, String provider, String code, String description, int units,
                       BigDecimal patientPays) {
    }

    public byte[] render(Contents estimate, EstimateIssue issue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(estimate, issue, out);
        return out.toByteArray();
    }

    /** Writes the estimate and returns the SHA-256 of its text, the hash its footer shows. */
    public String write(Contents estimate, EstimateIssue issue, OutputStream out) {
        LetterPdf document = LetterPdf.open(new LetterPdf.Frame(letterhead, "Cost estimate " + estimate.reference(),
                issue.runningHead(estimate.patientName()), estimate.reference()), out);
        document.title(new Paragraph("Your cost estimate", TITLE));
        document.add(new Paragraph(estimate.reference() + " · issued " + DAY.format(estimate.issuedOn()), SMALL));
        document.add(new Paragraph(" ", BODY));
        document.add(new Paragraph("Patient: " + estimate.patientName() + (estimate.patientBirthDate() == null ? ""
                : ", born " + DAY.format(estimate.patientBirthDate())), BODY));
        document.add(new Paragraph("Plan: " + estimate.plan(), BODY));
        document.add(new Paragraph("Starting from what you have met this plan year: " + estimate.amountsMet(), BODY));
        document.add(new Paragraph("For: " + estimate.primaryService() + (estimate.serviceDate() == null
                ? " (not yet scheduled)" : ", planned for " + DAY.format(estimate.serviceDate())), BODY));

        heading(document, "Side by side");
        PdfPTable summary = new PdfPTable(new float[] {3.2f, 1.4f, 2f, 1.4f, 1.6f});
        summary.setWidthPercentage(100);
        header(summary, "", "You pay", "Range", "Plan pays", "With the workup");
        for (Option option : estimate.options()) {
            cell(summary, option.name(), CELL_BOLD, Element.ALIGN_LEFT);
            cell(summary, money(option.patientPays()), CELL_BOLD, Element.ALIGN_RIGHT);
            cell(summary, option.low().compareTo(option.high()) == 0 ? "" : money(option.low()) + " – "
                    + money(option.high()), CELL, Element.ALIGN_RIGHT);
            cell(summary, money(option.planPays()), CELL, Element.ALIGN_RIGHT);
            cell(summary, option.workup() ? "" : money(option.withWorkup()), CELL, Element.ALIGN_RIGHT);
        }
        if (estimate.overall() != null) {
            Overall overall = estimate.overall();
            cell(summary, "The whole estimate, up to (" + overall.basis() + ")", CELL_BOLD, Element.ALIGN_LEFT);
            cell(summary, money(overall.patientPays()), CELL_BOLD, Element.ALIGN_RIGHT);
            cell(summary, overall.low().compareTo(overall.high()) == 0 ? "" : money(overall.low()) + " – "
                    + money(overall.high()), CELL, Element.ALIGN_RIGHT);
            cell(summary, money(overall.planPays()), CELL, Element.ALIGN_RIGHT);
            cell(summary, "", CELL, Element.ALIGN_RIGHT);
        }
        document.table(summary, true);
        document.add(new Paragraph("The treatment options are alternatives: each is shown with the second-opinion"
                + " workup, not added to the others.", SMALL));

        for (Option option : estimate.options()) {
            heading(document, option.name());
            PdfPTable lines = new PdfPTable(new float[] {1.4f, 2.2f, 1.1f, 3.4f, 0.7f, 1.3f});
            lines.setWidthPercentage(100);
            header(lines, "Date", "Provider", "Code", "Service", "Units", "You pay");
            for (Line line : option.lines()) {
                cell(lines, line.date() == null ? "" : line.date().toString(), CELL, Element.ALIGN_LEFT);
                cell(lines, line.provider(), CELL, Element.ALIGN_LEFT);
                cell(lines, line.code(), CELL, Element.ALIGN_LEFT);
                cell(lines, line.description(), CELL, Element.ALIGN_LEFT);
                cell(lines, Integer.toString(line.units()), CELL, Element.ALIGN_RIGHT);
                cell(lines, money(line.patientPays()), CELL, Element.ALIGN_RIGHT);
            }
            document.add(lines);
        }

        heading(document, "Please note");
        com.lowagie.text.List notes = new com.lowagie.text.List(com.lowagie.text.List.UNORDERED, 12);
        notes.setListSymbol(new Chunk("\u2022", BODY));
        for (String disclaimer : estimate.disclaimers()) {
            notes.add(new ListItem(disclaimer, BODY));
        }
        document.add(notes);
        document.sign(issue.signature());
        return document.close();
    }

    private static void header(PdfPTable table, String... titles) {
        for (String title : titles) {
            PdfPCell cell = new PdfPCell(new Phrase(title, CELL_BOLD));
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static void cell(PdfPTable table, String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        table.addCell(cell);
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : Money.dollars(amount);
    }
}
