package org.secondopinion.estimate.control;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.secondopinion.platform.control.DocumentFonts;
import org.secondopinion.platform.control.LetterPdf;

/** The look the patient-facing billing PDFs share: the Good Faith Estimate and the insured patient's estimate. */
final class EstimatePdfStyle {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final Color BLUE = new Color(20, 60, 110);
    static final Color SHADE = new Color(225, 235, 245);
    static final Font TITLE = DocumentFonts.font(18, Font.BOLD, BLUE);
    static final Font HEADING = DocumentFonts.font(13, Font.BOLD, BLUE);
    static final Font BODY = DocumentFonts.font(10.5f, Font.NORMAL, null);
    static final Font BOLD = DocumentFonts.font(10.5f, Font.BOLD, null);
    static final Font CELL = DocumentFonts.font(9.5f, Font.NORMAL, null);
    static final Font CELL_BOLD = DocumentFonts.font(9.5f, Font.BOLD, null);
    static final Font SMALL = DocumentFonts.font(8.5f, Font.ITALIC, Color.DARK_GRAY);

    private EstimatePdfStyle() {
    }

    static void heading(LetterPdf document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.heading(heading);
    }
}
