package io.redesk.app.desk.finance;

import java.util.List;

/**
 * One window of a list.
 *
 * @param rows  the rows of the window, in the query's order
 * @param total how many rows match the query in all (the window is {@code offset .. offset + rows.size()})
 */
public record RowPage<T>(List<T> rows, int total) {

    public RowPage {
        rows = List.copyOf(rows);
    }
}
