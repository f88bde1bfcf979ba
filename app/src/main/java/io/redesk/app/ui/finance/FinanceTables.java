package io.redesk.app.ui.finance;

import io.redesk.app.export.ExportTable;
import io.redesk.app.i18n.LocaleFormats;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Builds a finance list's table from its {@link FinanceColumn}s: headings in the user's language,
 * amounts right-aligned and formatted in the user's locale with their currency, dates localised. A
 * figure is never cut off: a column whose cell text does not fit widens to it (and the cell's tooltip
 * holds the full value whatever the width).
 */
final class FinanceTables {

    /** Cell padding and the sort arrow's room. */
    private static final double PADDING = 28;

    private FinanceTables() {
    }

    static <R> TableView<R> table(String id, List<FinanceColumn<R>> columns, I18n i18n) {
        TableView<R> table = new TableView<>();
        table.setId(id);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (FinanceColumn<R> c : columns) {
            TableColumn<R, Object> col = new TableColumn<>();
            col.textProperty().bind(i18n.bind(c.headerKey()));
            col.setId(id + "-" + c.headerKey().substring(c.headerKey().lastIndexOf('.') + 1));
            col.setCellValueFactory(cd -> new javafx.beans.property.SimpleObjectProperty<>(c.value().apply(cd.getValue())));
            col.setCellFactory(tc -> new FigureCell<>(c.kind(), i18n));
            col.setSortable(false);
            col.setPrefWidth(switch (c.kind()) {
                case AMOUNT -> 150;
                case REFERENCE -> 140;
                case DATE -> 110;
                case NUMBER -> 80;
                case TEXT -> 115;
            });
            table.getColumns().add(col);
        }
        return table;
    }

    /** The text a cell shows for {@code value}. */
    static String text(Object value, LocaleFormats f) {
        if (value == null) {
            return "";
        }
        if (value instanceof Money m) {
            return f.money(m);
        }
        if (value instanceof LocalDate d) {
            return f.date(d);
        }
        if (value instanceof BigDecimal b) {
            return f.number(b);
        }
        return value.toString();
    }

    /**
     * A cell that right-aligns figures and widens its column when a figure or reference would not fit (measured after
     * CSS, in layout, so the font is the one drawn). Text (names, references) may end in an ellipsis;
     * every cell's tooltip holds its full text.
     */
    static final class FigureCell<R> extends TableCell<R, Object> {
        private final I18n i18n;
        private final boolean figure;
        /** Reused for every update: cells are recycled as the table scrolls, so nothing is built per row. */
        private final Text probe = new Text();
        private final Tooltip tip = new Tooltip();

        FigureCell(ExportTable.Kind kind, I18n i18n) {
            this.i18n = i18n;
            // figures, dates and references are never shortened; names and descriptions may be
            this.figure = kind != ExportTable.Kind.TEXT;
            if (kind == ExportTable.Kind.AMOUNT || kind == ExportTable.Kind.NUMBER) {
                setAlignment(Pos.CENTER_RIGHT);
                getStyleClass().add("rd-amount");
            }
            setTextOverrun(figure ? javafx.scene.control.OverrunStyle.CLIP : javafx.scene.control.OverrunStyle.ELLIPSIS);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String s = text(item, i18n.formats());
            setText(s);
            tip.setText(s);
            setTooltip(tip);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            String s = getText();
            TableColumn<R, Object> col = getTableColumn();
            if (!figure || s == null || s.isEmpty() || col == null) {
                return;
            }
            probe.setText(s);
            probe.setFont(getFont());
            double needed = probe.getLayoutBounds().getWidth() + snappedLeftInset() + snappedRightInset() + 2;
            if (col.getWidth() < needed) {
                col.setPrefWidth(Math.ceil(needed));
            }
        }
    }
}
