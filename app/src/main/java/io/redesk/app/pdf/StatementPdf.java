package io.redesk.app.pdf;

import io.redesk.app.i18n.LocaleFormats;
import io.redesk.app.i18n.Localization;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Writes a {@link StatementSheet} as a statement of account the way a finance team expects one (A4):
 * the letterhead block (issuer, title, date), the counterparty, period and currency, the netting table
 * (reference, account, status, amount right-aligned in the reader's locale with its currency), the net
 * and which way it runs, then the settlement terms (FX rate with source and date, the cross-border RMB
 * verdict, payment status, paid and residue). Labels are in the reader's language. UI-free: the page
 * runs it through the task executor.
 */
public final class StatementPdf {

    private static final float MARGIN = 50;
    private static final float BODY = 9.5f;

    private StatementPdf() {
    }

    /**
     * Writes {@code sheet} to {@code out} in the language of {@code l} with the formats of {@code f}.
     *
     * @throws IllegalStateException if the text needs a font this machine does not have
     */
    public static void write(StatementSheet sheet, Localization l, LocaleFormats f, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(l.text("pdf.statement.title") + " — " + sheet.counterparty() + " — " + sheet.period());
            info.setCreator("ReDesk");
            PdfFonts.Chosen chosen = PdfFonts.choose(doc);
            PdfLayout w = new PdfLayout(doc, List.of(PdfFonts.latin(doc), chosen.font()), MARGIN);
            float right = w.left() + w.textWidth();

            // letterhead: issuer on the left, title and date on the right
            w.advance(15);
            w.showAt(sheet.issuer(), 15, w.left());
            w.showRight(l.text("pdf.statement.title"), 15, right);
            w.advance(BODY);
            w.showRight(l.text("pdf.statement.date", f.date(sheet.date())), BODY, right);
            w.rule();
            w.gap(8);
            field(w, l.text("pdf.statement.counterparty"), sheet.counterparty());
            field(w, l.text("pdf.statement.period"), sheet.period());
            field(w, l.text("pdf.statement.currency"), sheet.currency().getCurrencyCode() + " · "
                    + sheet.currency().getDisplayName(f.locale()));
            w.gap(10);

            // the netting table
            float colAccount = w.left() + 150;
            float colStatus = w.left() + 330;
            w.advance(BODY);
            w.showAt(l.text("pdf.statement.reference"), BODY, w.left());
            w.showAt(l.text("pdf.statement.account"), BODY, colAccount);
            w.showAt(l.text("pdf.statement.status"), BODY, colStatus);
            w.showRight(l.text("pdf.statement.amount"), BODY, right);
            w.rule();
            for (StatementSheet.Line line : sheet.lines()) {
                w.advance(BODY);
                w.showAt(line.reference(), BODY, w.left());
                w.showAt(fit(w, line.description(), colStatus - colAccount - 8), BODY, colAccount);
                w.showAt(line.status(), BODY, colStatus);
                w.showRight(f.money(line.amount()), BODY, right);
            }
            w.rule();
            w.advance(11);
            w.showAt(l.text("pdf.statement.net", sheet.netDirection()), 11, w.left());
            w.showRight(f.money(sheet.net().abs()), 11, right);

            StatementSheet.Settlement s = sheet.settlement();
            if (s != null) {
                w.gap(14);
                w.line(l.text("pdf.statement.settlement"), 12, 0);
                field(w, l.text("pdf.statement.due"), f.money(s.due()));
                if (s.fxRate() != null) {
                    field(w, l.text("pdf.statement.fx"), l.text("pdf.statement.fxValue", s.fxRate(),
                            s.fxSource() == null ? "" : s.fxSource(), s.fxDate() == null ? "" : f.date(s.fxDate())));
                }
                if (s.crossBorderRmb() != null) {
                    field(w, l.text("pdf.statement.rmb"), s.crossBorderRmb());
                }
                if (s.status() != null) {
                    field(w, l.text("pdf.statement.paymentStatus"), s.status());
                }
                if (s.paid() != null) {
                    field(w, l.text("pdf.statement.paid"), f.money(s.paid()));
                }
                if (s.residue() != null && !s.residue().isZero()) {
                    field(w, l.text("pdf.statement.residue"), f.money(s.residue()));
                }
                if (s.bankReference() != null && !s.bankReference().isBlank()) {
                    field(w, l.text("pdf.statement.bankReference"), s.bankReference());
                }
            }
            w.gap(18);
            w.line(l.text("pdf.statement.footer"), 8, 0);
            w.close();
            doc.save(out);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the PDF font has no glyph for some of the statement's text; install a CJK font "
                    + "with TrueType outlines (fonts-wqy-zenhei or fonts-droid-fallback) or set -Dredesk.pdf.font: "
                    + e.getMessage(), e);
        }
    }

    private static void field(PdfLayout w, String label, String value) throws IOException {
        w.field(label, value, 130);
    }

    /** The account's description, wrapped to its column's first line with an ellipsis only for text, never for figures. */
    private static String fit(PdfLayout w, String text, float width) throws IOException {
        List<String> lines = w.wrap(text, BODY, width);
        return lines.size() == 1 ? lines.get(0) : lines.get(0) + "…";
    }
}
