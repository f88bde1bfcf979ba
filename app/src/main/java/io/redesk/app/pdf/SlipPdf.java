package io.redesk.app.pdf;

import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipForm;
import io.redesk.app.desk.SlipSection;
import io.redesk.app.i18n.Localization;
import io.redesk.domain.slip.ContractKind;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a slip as a PDF laid out by MRC section (A4; section headings, then label and value per
 * field, long values wrapped), with labels in the user's language and the chosen font embedded. UI-free:
 * the editor runs it through the task executor.
 */
public final class SlipPdf {

    private static final float MARGIN = 50;
    private static final float LABEL_WIDTH = 170;

    private SlipPdf() {
    }

    /**
     * Writes {@code form} titled {@code title} to {@code out}.
     *
     * @throws IllegalStateException if the text needs a font this machine does not have (named in the message)
     */
    public static void write(String title, SlipForm form, Localization l, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts.Chosen chosen = PdfFonts.choose(doc);
            Writer w = new Writer(doc, List.of(PdfFonts.latin(doc), chosen.font()));
            w.line(title == null || title.isBlank() ? form.get(SlipField.UMR) : title, 16, 0);
            w.line(l.text("pdf.subtitle", form.get(SlipField.UMR)), 9, 0);
            w.gap(8);
            ContractKind kind = form.kind();
            for (SlipSection section : SlipSection.values()) {
                w.gap(6);
                w.line(l.text(section.titleKey()), 12, 0);
                for (SlipField f : SlipField.values()) {
                    if (f.section() != section || !f.appliesTo(kind == null ? null : kind.type())) {
                        continue;
                    }
                    String value = form.get(f);
                    if (value.isBlank()) {
                        continue;
                    }
                    w.field(l.text(f.labelKey()), value);
                }
            }
            w.close();
            doc.save(out);
        } catch (IllegalArgumentException e) {
            // PDFBox says "No glyph for U+5206 in font ..." when the font lacks a character
            throw new IllegalStateException("the PDF font has no glyph for some of the slip's text; install a CJK font with TrueType outlines "
                    + "(fonts-wqy-zenhei or fonts-droid-fallback) or set -Dredesk.pdf.font: " + e.getMessage(), e);
        }
    }

    /** Lays text out top-down, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final List<PDFont> fonts;
        private final java.util.Map<Integer, PDFont> fontOf = new java.util.HashMap<>();
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, List<PDFont> fonts) throws IOException {
            this.doc = doc;
            this.fonts = fonts;
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
        private void show(String text, float size, float x, float atY) throws IOException {
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

        private float width(String text, float size) throws IOException {
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
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void gap(float h) {
            y -= h;
        }

        void line(String text, float size, float x) throws IOException {
            if (y < MARGIN + size) {
                newPage();
            }
            y -= size * 1.4f;
            show(clean(text), size, MARGIN + x, y);
        }

        void field(String label, String value) throws IOException {
            float size = 9.5f;
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - LABEL_WIDTH;
            List<String> lines = new ArrayList<>();
            for (String para : value.split("\\R")) {
                lines.addAll(wrap(para, size, width));
            }
            for (int i = 0; i < lines.size(); i++) {
                if (y < MARGIN + size * 1.4f) {
                    newPage();
                }
                y -= size * 1.4f;
                if (i == 0) {
                    show(clean(label), size, MARGIN + 8, y);
                }
                show(clean(lines.get(i)), size, MARGIN + LABEL_WIDTH, y);
            }
        }

        /** Greedy wrap by character (works for Chinese, which has no spaces, and for English). */
        private List<String> wrap(String text, float size, float width) throws IOException {
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

        private static String clean(String s) {
            return s.replace('\t', ' ');
        }

        void close() throws IOException {
            cs.close();
        }
    }
}
