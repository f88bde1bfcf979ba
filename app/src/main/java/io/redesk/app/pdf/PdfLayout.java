package io.redesk.app.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays text out top-down on A4 pages, starting a new page when one is full, writing each character in
 * the first font that has it (Latin in DejaVu, Chinese in the CJK font): the slip and the statement of
 * account PDFs share it.
 */
final class PdfLayout {

    private final PDDocument doc;
    private final List<PDFont> fonts;
    private final float margin;
    private final java.util.Map<Integer, PDFont> fontOf = new java.util.HashMap<>();
    private PDPageContentStream cs;
    private float y;

    /** A layout writing into {@code doc}, each character in the first of {@code fonts} that has it. */
    PdfLayout(PDDocument doc, List<PDFont> fonts, float margin) throws IOException {
        this.doc = doc;
        this.fonts = fonts;
        this.margin = margin;
        newPage();
    }

    /** The first font that can write code point {@code cp}. */
    private PDFont fontFor(int cp) {
        return fontOf.computeIfAbsent(cp, c -> {
            String s = new String(Character.toChars(c));
            for (PDFont f : fonts) {
                try {
                    f.encode(s);
                    return f;
                } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                    // not in this font: try the next
                }
            }
            throw new IllegalArgumentException("no glyph for U+" + Integer.toHexString(c).toUpperCase() + " in any font");
        });
    }

    /** Writes {@code text} at (x, y), switching fonts where the text needs another one. */
    void show(String text, float size, float x, float atY) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, atY);
        StringBuilder run = new StringBuilder();
        PDFont current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            PDFont f = fontFor(cp);
            if (f != current && run.length() > 0) {
                cs.setFont(current, size);
                cs.showText(run.toString());
                run.setLength(0);
            }
            current = f;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (run.length() > 0) {
            cs.setFont(current, size);
            cs.showText(run.toString());
        }
        cs.endText();
    }

    float width(String text, float size) throws IOException {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += fontFor(cp).getStringWidth(new String(Character.toChars(cp))) / 1000 * size;
            i += Character.charCount(cp);
        }
        return w;
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - margin;
    }

    void gap(float h) {
        y -= h;
    }

    void line(String text, float size, float x) throws IOException {
        if (y < margin + size) {
            newPage();
        }
        y -= size * 1.4f;
        show(clean(text), size, margin + x, y);
    }

    void field(String label, String value, float labelWidth) throws IOException {
        float size = 9.5f;
        float width = PDRectangle.A4.getWidth() - 2 * margin - labelWidth;
        List<String> lines = new ArrayList<>();
        for (String para : value.split("\\R")) {
            lines.addAll(wrap(para, size, width));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (y < margin + size * 1.4f) {
                newPage();
            }
            y -= size * 1.4f;
            if (i == 0) {
                show(clean(label), size, margin + 8, y);
            }
            show(clean(lines.get(i)), size, margin + labelWidth, y);
        }
    }

    /** Greedy wrap by character (works for Chinese, which has no spaces, and for English). */
    List<String> wrap(String text, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = current + new String(Character.toChars(cp));
            if (width(clean(next), size) > width && current.length() > 0) {
                int space = current.lastIndexOf(" ");
                if (space > 0 && space > current.length() - 20) {
                    out.add(current.substring(0, space));
                    current = new StringBuilder(current.substring(space + 1));
                } else {
                    out.add(current.toString());
                    current = new StringBuilder();
                }
            }
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        out.add(current.toString());
        return out;
    }

    static String clean(String s) {
        return s.replace('\t', ' ');
    }

    void close() throws IOException {
        cs.close();
    }

    /** The current line's baseline. */
    float y() {
        return y;
    }

    /** Usable width between the margins. */
    float textWidth() {
        return PDRectangle.A4.getWidth() - 2 * margin;
    }

    /** The left margin. */
    float left() {
        return margin;
    }

    /** Moves down one line of {@code size}, starting a new page first when it would not fit. */
    void advance(float size) throws IOException {
        if (y < margin + size * 1.4f) {
            newPage();
        }
        y -= size * 1.4f;
    }

    /** Writes {@code text} so that it ends at {@code rightX} on the current line (figures in columns). */
    void showRight(String text, float size, float rightX) throws IOException {
        String t = clean(text);
        show(t, size, rightX - width(t, size), y);
    }

    /** Writes {@code text} from {@code x} on the current line. */
    void showAt(String text, float size, float x) throws IOException {
        show(clean(text), size, x, y);
    }

    /** A thin horizontal rule under the current line, across the text width. */
    void rule() throws IOException {
        cs.setLineWidth(0.5f);
        cs.moveTo(margin, y - 3);
        cs.lineTo(PDRectangle.A4.getWidth() - margin, y - 3);
        cs.stroke();
        y -= 4;
    }
}
