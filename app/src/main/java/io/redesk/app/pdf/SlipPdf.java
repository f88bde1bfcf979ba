package io.redesk.app.pdf;

import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipForm;
import io.redesk.app.desk.SlipSection;
import io.redesk.app.i18n.Localization;
import io.redesk.domain.slip.ContractKind;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

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
            PdfLayout w = new PdfLayout(doc, List.of(PdfFonts.latin(doc), chosen.font()), MARGIN);
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
                    w.field(l.text(f.labelKey()), value, LABEL_WIDTH);
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
}
