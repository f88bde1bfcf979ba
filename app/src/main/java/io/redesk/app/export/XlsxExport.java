package io.redesk.app.export;

import io.redesk.domain.money.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an {@link ExportTable} as an XLSX workbook with fastexcel's streaming writer (ADR 0900): one
 * sheet named after the table, a bold frozen heading row with a filter, amounts as exact numbers
 * (the {@code BigDecimal} is written as is, never through a {@code double}) formatted with grouping,
 * the currency's decimals and its code ({@code #,##0.00 [$CNY]}, shown "225,000.00 CNY"), dates as dates, text as text.
 * Columns are sized to their widest cell, so nothing opens cut off.
 */
public final class XlsxExport {

    private static final int FLUSH_EVERY = 5_000;
    /** Excel's sheet names: at most 31 characters, none of {@code : \ / ? * [ ]}. */
    private static final int SHEET_NAME_MAX = 31;

    private XlsxExport() {
    }

    /** Writes {@code table} to {@code out} (not closed); returns the number of data rows. */
    public static long write(ExportTable table, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "ReDesk", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName(table.title()));
        List<ExportTable.Column> columns = table.columns();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c).header());
            widths[c] = displayWidth(columns.get(c).header());
        }
        ws.range(0, 0, 0, columns.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
        Map<String, String> formats = new HashMap<>();
        int r = 1;
        for (List<Object> row : table.rows()) {
            table.checkWidth(row, r - 1L);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                String shown;
                if (v == null) {
                    continue;
                } else if (v instanceof Money m) {
                    ws.value(r, c, m.amount());
                    String format = formats.computeIfAbsent(m.currency().getCurrencyCode(), code -> amountFormat(m));
                    ws.style(r, c).format(format).set();
                    String plain = m.amount().toPlainString();
                    // grouping separators and " CNY" are added by the format
                    widths[c] = Math.max(widths[c], plain.length() + plain.length() / 3 + 4);
                    continue;
                } else if (v instanceof BigDecimal d) {
                    ws.value(r, c, d);
                    shown = d.toPlainString();
                } else if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                    shown = "yyyy-mm-dd";
                } else if (v instanceof String s) {
                    ws.value(r, c, s);
                    shown = s;
                } else {
                    throw new IllegalArgumentException("a " + v.getClass().getSimpleName() + " cannot be exported");
                }
                widths[c] = Math.max(widths[c], displayWidth(shown));
            }
            if (r % FLUSH_EVERY == 0) {
                ws.flush();
            }
            r++;
        }
        if (r > 1) {
            ws.setAutoFilter(0, 0, columns.size() - 1);
        }
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, Math.min(80, widths[c] + 2));
        }
        wb.finish();
        return r - 1L;
    }

    private static String amountFormat(Money m) {
        int digits = Money.minorUnits(m.currency());
        // "[$CNY]" rather than a quoted literal: fastexcel 0.19 writes a format's quotes into the XML unescaped
        return "#,##0" + (digits > 0 ? "." + "0".repeat(digits) : "") + " [$" + m.currency().getCurrencyCode() + "]";
    }

    /** Width in Excel's character units: a CJK character is about two Latin ones. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0xFF00 ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    static String sheetName(String title) {
        String cleaned = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        if (cleaned.isEmpty()) {
            cleaned = "Sheet1";
        }
        return cleaned.length() > SHEET_NAME_MAX ? cleaned.substring(0, SHEET_NAME_MAX) : cleaned;
    }
}
