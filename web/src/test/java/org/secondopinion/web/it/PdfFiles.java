package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** PDFs in the tests: small ones to upload, as a scanner would send them, and the text of the ones the application makes. */
final class PdfFiles {

    private PdfFiles() {
    }

    /** A real PDF of so many pages, each with the text given for its number (from 1). */
    static byte[] withPages(int pages, IntFunction<String> pageText) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        for (int page = 1; page <= pages; page++) {
            document.add(new Paragraph(pageText.apply(page)));
            if (page < pages) {
                document.newPage();
            }
        }
        document.close();
        return out.toByteArray();
    }

    /**
     * The PDF's text as OpenPDF extracts it, without any white space (the extractor splits words and lines where the
     * layout does); fails unless every font the document uses is embedded.
     */
    static String compactText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            assertFontsEmbedded(reader);
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", "");
        } finally {
            reader.close();
        }
    }

    /**
     * Asserts that every font the PDF's pages (and the forms they draw) use is embedded, as PDF/UA requires; the unit
     * tests validate the same documents against PDF/UA-1 with veraPDF, this checks that the deployed application
     * finds its fonts.
     */
    private static void assertFontsEmbedded(PdfReader reader) {
        List<String> fonts = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            fontsOf(reader.getPageN(page).getAsDict(PdfName.RESOURCES), fonts, 0);
        }
        assertThat(fonts).as("fonts of the PDF").isNotEmpty().noneMatch(font -> font.endsWith(" not embedded"));
    }

    private static void fontsOf(PdfDictionary resources, List<String> fonts, int depth) {
        if (resources == null || depth > 4) {
            return;
        }
        PdfDictionary used = resources.getAsDict(PdfName.FONT);
        if (used != null) {
            for (PdfName key : used.getKeys()) {
                PdfDictionary font = used.getAsDict(key);
                if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
                    font = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                }
                PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
                boolean embedded = descriptor != null && (descriptor.get(PdfName.FONTFILE) != null
                        || descriptor.get(PdfName.FONTFILE2) != null || descriptor.get(PdfName.FONTFILE3) != null);
                fonts.add(font.getAsName(PdfName.BASEFONT) + (embedded ? " embedded" : " not embedded"));
            }
        }
        PdfDictionary forms = resources.getAsDict(PdfName.XOBJECT);
        if (forms != null) {
            for (PdfName key : forms.getKeys()) {
                PdfDictionary form = forms.getAsStream(key);
                if (form != null && PdfName.FORM.equals(form.getAsName(PdfName.SUBTYPE))) {
                    fontsOf(form.getAsDict(PdfName.RESOURCES), fonts, depth + 1);
                }
            }
        }
    }
}
