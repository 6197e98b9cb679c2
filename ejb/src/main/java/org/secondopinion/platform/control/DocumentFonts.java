package org.secondopinion.platform.control;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every document the hospital issues: Liberation Sans (metric-compatible with Helvetica and Arial),
 * embedded as a Unicode (Identity-H) subset with a ToUnicode map, as PDF/UA requires, so that every viewer shows the
 * same glyphs and text extraction and screen readers get the text back. The standard Type 1 fonts of PDF are never
 * embedded, so no document uses them.
 *
 * <p>No CIDSet is written: OpenPDF's lists the glyphs the text uses, not every glyph of the embedded subset, and
 * PDF/UA (ISO 14289-1, 7.21.4.2) rejects a CIDSet that leaves any out; the stream is optional.
 */
public final class DocumentFonts {

    private static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = load("LiberationSans-Bold.ttf");
    private static final BaseFont ITALIC = load("LiberationSans-Italic.ttf");
    private static final BaseFont BOLD_ITALIC = load("LiberationSans-BoldItalic.ttf");

    private DocumentFonts() {
    }

    /**
     * The embedded font of that size and style ({@link Font#NORMAL}, {@link Font#BOLD}, {@link Font#ITALIC} or
     * {@link Font#BOLDITALIC}) in that colour (black when null). Bold and italic are their own typefaces, not
     * strokes and slants OpenPDF would simulate.
     */
    public static Font font(float size, int style, Color color) {
        Font font = new Font(base(style), size, Font.NORMAL, color == null ? Color.BLACK : color);
        if ((style & Font.UNDERLINE) != 0) {
            font.setStyle(Font.UNDERLINE);
        }
        return font;
    }

    /** The embedded typeface of that style, for text drawn directly on a page. */
    public static BaseFont base(int style) {
        boolean bold = style != Font.UNDEFINED && (style & Font.BOLD) != 0;
        boolean italic = style != Font.UNDEFINED && (style & Font.ITALIC) != 0;
        return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    }

    private static BaseFont load(String file) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is not on the class path "
                        + "(com.github.librepdf:openpdf-fonts-extra).");
            }
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    in.readAllBytes(), null);
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not load the font " + file, e);
        }
    }
}
