package org.secondopinion.estimate.control;

import static org.secondopinion.estimate.control.EstimatePdfStyle.BODY;
import static org.secondopinion.estimate.control.EstimatePdfStyle.BOLD;
import static org.secondopinion.estimate.control.EstimatePdfStyle.CELL;
import static org.secondopinion.estimate.control.EstimatePdfStyle.CELL_BOLD;
import static org.secondopinion.estimate.control.EstimatePdfStyle.DAY;
import static org.secondopinion.estimate.control.EstimatePdfStyle.SHADE;
import static org.secondopinion.estimate.control.EstimatePdfStyle.SMALL;
import static org.secondopinion.estimate.control.EstimatePdfStyle.TITLE;
import static org.secondopinion.estimate.control.EstimatePdfStyle.heading;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import org.secondopinion.estimate.control.GoodFaithEstimateDocument.Item;
import org.secondopinion.estimate.control.GoodFaithEstimateDocument.ProviderGroup;
import org.secondopinion.estimate.control.GoodFaithEstimateDocument.Section;
import org.secondopinion.platform.control.LetterPdf;
import org.secondopinion.platform.control.Letterhead;
import org.secondopinion.platform.control.Money;

/**
 * A Good Faith Estimate as a letter-size PDF the patient can read, with everything 45 CFR 149.610(c) asks
 * for: the patient, the primary service and its date, the expected charges itemised by provider or facility
 * (with their NPI, TIN, location and state) under each section, the items estimated separately and how to get
 * those estimates, and the required disclaimers, among them the right to dispute a bill at least $400 above
 * the estimate. On the hospital's letterhead, with the patient's name and MRN on every page, signed by the billing
 * staff member who issued it (see {@link LetterPdf}).
 */
public final class GoodFaithEstimatePdf {

    private final Letterhead letterhead;

    public GoodFaithEstimatePdf(Letterhead letterhead) {
        this.letterhead = letterhead;
    }

    public byte[] render(GoodFaithEstimateDocument estimate, EstimateIssue issue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(estimate, issue, out);
        return out.toByteArray();
    }

    /** Writes the estimate and returns the SHA-256 of its text, the hash its footer shows. */
    public String write(GoodFaithEstimateDocument estimate, EstimateIssue issue, OutputStream out) {
        if (estimate == null || issue == null || out == null) {
            throw new IllegalArgumentException("A Good Faith Estimate, who issued it and a place to write it are "
                    + "required.");
        }
        LetterPdf document = LetterPdf.open(new LetterPdf.Frame(letterhead, "Good Faith Estimate "
                + estimate.reference(), issue.runningHead(estimate.patientName()), estimate.reference()), out);
        document.title(new Paragraph("Good Faith Estimate", TITLE));
        document.add(new Paragraph("Estimate " + estimate.reference() + " \u00b7 issued " + day(estimate.issuedOn()),
                SMALL));
        Paragraph why = new Paragraph("You are getting this Good Faith Estimate because you are not using health "
                + "insurance for these items and services. It shows what we expect to charge for them.", BODY);
        why.setSpacingBefore(10);
        document.add(why);
        document.table(facts(estimate), true);

        for (Section section : estimate.sections()) {
            section(document, section);
        }
        separatelyScheduled(document, estimate);
        disclaimers(document, estimate);
        document.sign(issue.signature());
        return document.close();
    }

    private static PdfPTable facts(GoodFaithEstimateDocument estimate) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 2.7f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        row(table, "Patient", estimate.patientName());
        row(table, "Date of birth", day(estimate.patientBirthDate()));
        row(table, "Primary service", estimate.primaryService());
        row(table, "Scheduled for", estimate.scheduledDate() == null ? "not yet scheduled" : day(estimate.scheduledDate()));
        row(table, "Diagnosis codes", estimate.diagnosisCodes().isEmpty() ? "none given"
                : String.join(", ", estimate.diagnosisCodes()));
        row(table, "When this estimate was due", estimate.deadline().rule());
        return table;
    }

    private static void section(LetterPdf document, Section section) {
        heading(document, section.title());
        for (ProviderGroup provider : section.providers()) {
            Paragraph name = new Paragraph(provider.name(), BOLD);
            name.setSpacingBefore(8);
            document.add(name);
            document.add(new Paragraph("NPI " + provider.npi() + " · TIN " + provider.tin(), CELL));
            document.add(new Paragraph("Location: " + provider.location() + " · State: " + provider.state(), CELL));
            document.add(items(provider));
        }
        Paragraph total = new Paragraph();
        total.add(new Chunk("Total for " + section.title() + ": ", BOLD));
        total.add(new Chunk(Money.dollars(section.total()), BOLD));
        total.setAlignment(Element.ALIGN_RIGHT);
        total.setSpacingBefore(6);
        document.add(total);
    }

    private static PdfPTable items(ProviderGroup provider) {
        PdfPTable table = new PdfPTable(new float[] {1.1f, 0.9f, 2.6f, 1.2f, 0.5f, 1.1f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (String title : new String[] {"Date", "Service code", "Description", "Diagnosis codes", "Units",
                "Expected charge"}) {
            PdfPCell cell = new PdfPCell(new Phrase(title, CELL_BOLD));
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        for (Item item : provider.items()) {
            table.addCell(new Phrase(item.date() == null ? "not yet scheduled" : day(item.date()), CELL));
            table.addCell(new Phrase(item.codeType() == null ? item.serviceCode()
                    : item.serviceCode() + " (" + item.codeType() + ")", CELL));
            table.addCell(new Phrase(item.description(), CELL));
            table.addCell(new Phrase(String.join(", ", item.diagnosisCodes()), CELL));
            table.addCell(right(new PdfPCell(new Phrase(Integer.toString(item.units()), CELL))));
            table.addCell(right(new PdfPCell(new Phrase(Money.dollars(item.expectedCharge()), CELL))));
        }
        PdfPCell label = new PdfPCell(new Phrase("Subtotal for " + provider.name(), CELL_BOLD));
        label.setColspan(5);
        table.addCell(right(label));
        table.addCell(right(new PdfPCell(new Phrase(Money.dollars(provider.total()), CELL_BOLD))));
        return table;
    }

    private static void separatelyScheduled(LetterPdf document, GoodFaithEstimateDocument estimate) {
        heading(document, "Items and services scheduled separately");
        if (estimate.separatelyScheduled().isEmpty()) {
            document.add(new Paragraph("Nothing needs to be scheduled separately for this estimate. To ask for an "
                    + "estimate of anything else: " + estimate.contact(), BODY));
            return;
        }
        document.add(new Paragraph("These items and services must be scheduled separately and are not included in "
                + "this estimate:", BODY));
        List list = new List(List.UNORDERED, 12);
        list.setListSymbol(new Chunk("\u2022", BODY));
        for (String item : estimate.separatelyScheduled()) {
            list.add(new ListItem(item, BODY));
        }
        document.add(list);
        document.add(new Paragraph("You will get a separate Good Faith Estimate for each of them when they are "
                + "scheduled, or sooner if you ask. To get them: " + estimate.contact(), BODY));
    }

    private static void disclaimers(LetterPdf document, GoodFaithEstimateDocument estimate) {
        heading(document, "Please read");
        notice(document, "Other items or services may be recommended as part of your care. They are not included in "
                + "this estimate and would be charged separately.");
        notice(document, "This is only an estimate. Actual items, services or charges may differ from this Good "
                + "Faith Estimate.");
        notice(document, "You have the right to start the patient-provider dispute resolution process if you are "
                + "billed at least " + Money.dollars(BillDispute.THRESHOLD) + " more than this estimate for any provider or "
                + "facility. You must start it within " + BillDispute.DAYS_TO_DISPUTE + " calendar days of the date "
                + "on the bill. Keep a copy of this estimate and of the bill. To learn more and to start a dispute, "
                + "visit www.cms.gov/nosurprises. Using the dispute process does not affect the quality of the care "
                + "you receive.");
        notice(document, "This Good Faith Estimate is not a contract and does not require you to obtain the items or "
                + "services it lists.");
        Paragraph contact = new Paragraph();
        contact.add(new Chunk("Questions about this estimate: ", BOLD));
        contact.add(new Chunk(estimate.contact(), BODY));
        contact.setSpacingBefore(10);
        document.add(contact);
    }

    private static void notice(LetterPdf document, String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setSpacingBefore(5);
        document.add(paragraph);
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell left = new PdfPCell(new Phrase(label, BOLD));
        left.setBorderColor(Color.LIGHT_GRAY);
        PdfPCell right = new PdfPCell(new Phrase(value, BODY));
        right.setBorderColor(Color.LIGHT_GRAY);
        table.addCell(left);
        table.addCell(right);
    }

    private static PdfPCell right(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
