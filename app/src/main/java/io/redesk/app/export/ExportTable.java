package io.redesk.app.export;

import java.util.List;
import java.util.Objects;

/**
 * A list as the user sees it, ready to be written to XLSX or CSV: a title, localised column headings
 * and typed cells. The rows are an {@link Iterable} read once, so 100,000 accounts stream to the file
 * without being copied first.
 *
 * <p>Cells by column kind: {@link Kind#TEXT} and {@link Kind#REFERENCE} a {@code String}; {@link Kind#AMOUNT} a domain
 * {@code Money} (its currency in a column of its own too, so a CSV reader gets both); {@link Kind#DATE}
 * a {@code LocalDate}; {@link Kind#NUMBER} a {@code BigDecimal}. Any cell may instead be a
 * {@code String} — what the screen shows in its place ("Masked", "—"), so an export hides exactly what
 * the screen hides. {@code null} is an empty cell.
 */
public record ExportTable(String title, List<Column> columns, Iterable<List<Object>> rows) {

    /**
     * How a column's cells are written: {@code REFERENCE} is text that is a code or reference (a UMR, an
     * invoice number), exported as text like {@code TEXT} but never shortened on screen.
     */
    public enum Kind { TEXT, REFERENCE, AMOUNT, DATE, NUMBER }

    /** One column: its heading in the user's language and its kind. */
    public record Column(String header, Kind kind) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
        }
    }

    public ExportTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
    }

    /** Checks that {@code row} has one cell per column (a programming error otherwise). */
    void checkWidth(List<Object> row, long index) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("row " + index + " of '" + title + "' has " + row.size()
                    + " cells for " + columns.size() + " columns");
        }
    }
}
