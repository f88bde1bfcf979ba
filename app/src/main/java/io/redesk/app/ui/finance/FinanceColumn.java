package io.redesk.app.ui.finance;

import io.redesk.app.export.ExportTable;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a finance list, shared by the table on screen and the list's XLSX / CSV export, so an
 * export holds exactly what the screen shows (the same columns, headings, labels and masking). The
 * value is a {@code String} (already localised), a domain {@code Money}, a {@code LocalDate}, a
 * {@code BigDecimal} or null.
 *
 * @param headerKey message key of the heading
 * @param kind      how the value is shown and exported (amounts right-aligned, locale-formatted)
 * @param value     the cell's value for a row
 */
public record FinanceColumn<R>(String headerKey, ExportTable.Kind kind, Function<R, Object> value) {

    public FinanceColumn {
        Objects.requireNonNull(headerKey, "headerKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** The export of {@code rows} under {@code columns}, headings in the user's language. */
    public static <R> ExportTable export(String title, List<FinanceColumn<R>> columns, List<R> rows,
            Function<String, String> text) {
        List<ExportTable.Column> cols = columns.stream()
                .map(c -> new ExportTable.Column(text.apply(c.headerKey()), c.kind())).toList();
        Iterable<List<Object>> cells = () -> rows.stream()
                .map(r -> columns.stream().map(c -> c.value().apply(r)).toList()).iterator();
        return new ExportTable(title, cols, cells);
    }
}
