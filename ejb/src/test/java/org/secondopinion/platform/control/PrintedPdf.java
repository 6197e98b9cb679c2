package org.secondopinion.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF the application issued, read back with Apache PDFBox (another library than the one that wrote it): page
 * sizes, the text of every page, the catalog's title, language and tagging, the structure elements, the fonts, and
 * what veraPDF finds against PDF/UA-1.
 */
public final class PrintedPdf {

    /** The letterhead the tests print on. */
    public static final Letterhead LETTERHEAD = new Letterhead("Lakeside General Hospital",
            "1200 Lakeshore Drive, Springfield, IL 62701");

    private static final Pattern TEXT_HASH = Pattern.compile("SHA-256 of its text: ([0-9a-f]{64})");

    public final List<String> pages = new ArrayList<>();
    public final List<PDRectangle> sizes = new ArrayList<>();
    public final String title;
    public final String xmpMetadata;
    public final String language;
    public final boolean marked;
    public final boolean displaysTitle;
    public final List<String> structure = new ArrayList<>();
    /** Each table header cell as "TH scope" and, where it spans columns, " colspan n" (e.g. "TH Column"). */
    public final List<String> tableHeaders = new ArrayList<>();
    /** Each table cell that spans columns, as "TD colspan n" or "TH colspan n". */
    public final List<String> spans = new ArrayList<>();
    /** Every font a page or a form on it uses, as "name embedded" or "name not embedded". */
    public final List<String> fonts = new ArrayList<>();
    private final byte[] bytes;

    private PrintedPdf(byte[] pdf) {
        this.bytes = pdf;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
                sizes.add(document.getPage(page - 1).getMediaBox());
            }
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources());
            }
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            title = document.getDocumentInformation().getTitle();
            xmpMetadata = catalog.getMetadata() == null ? ""
                    : new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            language = catalog.getLanguage();
            marked = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
            displaysTitle = catalog.getViewerPreferences() != null
                    && catalog.getViewerPreferences().getCOSObject().getBoolean(COSName.DISPLAY_DOC_TITLE, false);
            if (catalog.getStructureTreeRoot() != null) {
                collect(catalog.getStructureTreeRoot());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PrintedPdf read(byte[] pdf) {
        return new PrintedPdf(pdf);
    }

    private void collect(PDStructureNode node) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                String type = element.getStructureType();
                structure.add(type);
                for (int i = 0; i < element.getAttributes().size(); i++) {
                    if (element.getAttributes().getObject(i) instanceof PDTableAttributeObject table) {
                        if ("TH".equals(type)) {
                            tableHeaders.add("TH " + table.getScope());
                        }
                        if (table.getColSpan() > 1) {
                            spans.add(type + " colspan " + table.getColSpan());
                        }
                    }
                }
                collect(element);
            }
        }
    }

    private void collectFonts(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources());
            }
        }
    }

    /** The PDF/UA-1 rules veraPDF finds the document breaks. */
    public List<String> pdfUaViolations() {
        return PdfUa.violations(bytes);
    }

    /** Asserts that the document is valid PDF/UA-1 and that it embeds every font it uses. */
    public PrintedPdf isAccessible() {
        assertThat(fonts).as("fonts").isNotEmpty().noneMatch(font -> font.endsWith(" not embedded"));
        assertThat(pdfUaViolations()).as("PDF/UA-1 violations").isEmpty();
        return this;
    }

    /** Every page's text, whitespace squeezed out: text extraction breaks and spaces lines as it likes. */
    public String squeezed() {
        return squeezed(String.join("\n", pages));
    }

    public static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The SHA-256 of the text that page's footer shows. */
    public String textHash(int page) {
        Matcher found = TEXT_HASH.matcher(pages.get(page - 1));
        assertThat(found.find()).as("text hash in the footer of page " + page).isTrue();
        return found.group(1);
    }

    /**
     * Asserts what every document the hospital issues carries: US Letter pages; the letterhead, the running head,
     * "Page x of y", the document's id and the same text hash on every page; the signature block; the title shown
     * by viewers, the language en-US, a tagged structure, embedded fonts and no PDF/UA-1 violation.
     */
    public PrintedPdf isIssuedAs(Letterhead letterhead, String runningHead, String documentId, String title,
                                 Signature signature) {
        assertThat(this.title).isEqualTo(title);
        assertThat(xmpMetadata).as("XMP metadata").contains("<dc:title>").contains(title);
        assertThat(language).isEqualTo("en-US");
        assertThat(displaysTitle).as("DisplayDocTitle").isTrue();
        assertThat(marked).as("MarkInfo /Marked").isTrue();
        assertThat(structure).contains("Document", "H1", "P");
        int total = pages.size();
        for (int page = 1; page <= total; page++) {
            PDRectangle size = sizes.get(page - 1);
            assertThat(size.getWidth()).as("width of page " + page).isEqualTo(612f);
            assertThat(size.getHeight()).as("height of page " + page).isEqualTo(792f);
            String text = squeezed(pages.get(page - 1));
            assertThat(text).as("page " + page).contains(squeezed(letterhead.name()),
                    squeezed(letterhead.address()), squeezed(runningHead), squeezed("Page " + page + " of " + total),
                    squeezed("Document " + documentId));
            assertThat(textHash(page)).isEqualTo(textHash(1));
        }
        String last = squeezed(pages.get(total - 1));
        assertThat(last).contains(squeezed(signature.name()), squeezed(signature.credentials()),
                squeezed("Date: " + signature.day()), squeezed(signature.statement()));
        return isAccessible();
    }
}
