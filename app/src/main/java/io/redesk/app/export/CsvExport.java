package io.redesk.app.export;

import io.redesk.domain.money.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes an {@link ExportTable} as CSV (RFC 4180; ADR 0900): UTF-8 with a byte-order mark so Excel
 * opens Chinese text correctly, CRLF line ends, fields quoted when they hold a comma, quote or line
 * break. Amounts are written exactly, in plain notation without grouping ({@code 1234567.80}), so any
 * tool reads them back; their currency is the table's currency column. A text cell a spreadsheet would
 * run as a formula (starting with {@code = + @} or a {@code -} not followed by a digit) is prefixed
 * with an apostrophe (OWASP's CSV-injection advice), the one change made to a value.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** Writes {@code table} to {@code out} (not closed); returns the number of data rows. */
    public static long write(ExportTable table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        List<ExportTable.Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                w.write(',');
            }
            w.write(quote(guard(columns.get(c).header())));
        }
        w.write("\r\n");
        long n = 0;
        for (List<Object> row : table.rows()) {
            table.checkWidth(row, n);
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    w.write(',');
                }
                w.write(quote(cell(row.get(c))));
            }
            w.write("\r\n");
            n++;
        }
        w.flush();
        return n;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Money m) {
            return m.amount().toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof String s) {
            return guard(s);
        }
        throw new IllegalArgumentException("a " + value.getClass().getSimpleName() + " cannot be exported");
    }

    static String guard(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '@'
                || (first == '-' && (s.length() == 1 || !Character.isDigit(s.charAt(1))));
        return formula ? "'" + s : s;
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
