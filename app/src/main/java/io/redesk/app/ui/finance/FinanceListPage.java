package io.redesk.app.ui.finance;

import atlantafx.base.theme.Styles;
import io.redesk.app.export.ExportTable;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.theme.AppStyles;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The shape the Claims and Invoices pages share: heading, a toolbar (search when the list has one,
 * XLSX / CSV export), the list and the open record's detail beside it. The page supplies the columns
 * and builds the detail; selection is two-way with the view-model's selected record.
 */
class FinanceListPage<R> extends VBox {

    protected final I18n i18n;
    protected final VBox detail = new VBox(10);
    protected final TableView<R> table;
    /** The toolbar above the list (search, exports); a page may add its own buttons. */
    protected final FlowPane toolbar = new FlowPane(8, 6);
    /** The list beside the open record's detail (a page with a rich detail may give it more room). */
    protected final SplitPane split;

    FinanceListPage(Page page, String id, List<FinanceColumn<R>> columns, ObservableList<R> rows,
            ObjectProperty<R> selected, ObservableStringValue emptyText, StringProperty search, String searchPromptKey,
            Supplier<ExportTable> export, FinanceExporter exporter, I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + page.id());
        setSpacing(8);
        if (search != null) {
            TextField field = new TextField();
            field.setId(id + "-search");
            field.promptTextProperty().bind(i18n.bind(searchPromptKey));
            field.textProperty().bindBidirectional(search);
            field.setPrefColumnCount(18);
            toolbar.getChildren().add(field);
            sceneProperty().addListener((o, a, scene) -> {
                if (scene != null) {
                    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                            field::requestFocus);
                }
            });
        }
        toolbar.getChildren().add(exporter.buttons(id, export));
        table = FinanceTables.table(id + "-table", columns, i18n);
        table.setItems(rows);
        Label empty = new Label();
        empty.setId(id + "-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(emptyText);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                selected.set(b);
            }
        });
        selected.addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
            showDetail(b);
        });
        detail.setId(id + "-detail");
        detail.setPadding(new Insets(4, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        split = new SplitPane(table, scroll);
        split.setDividerPositions(0.6);
        split.setMinHeight(420);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(new PageHeader(page, i18n), toolbar, split);
        i18n.languageProperty().addListener((o, a, b) -> showDetail(selected.get()));
    }

    /** Fills {@link #detail} for {@code r} (null: nothing open). */
    void showDetail(R r) {
        detail.getChildren().clear();
        if (r == null) {
            Label none = new Label();
            none.textProperty().bind(i18n.bind("finance.chooseOne"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            detail.getChildren().add(none);
            return;
        }
        fill(r);
    }

    void fill(R r) {
    }

    /** A label / value row of a detail grid; the value wraps, never cut off. */
    /** A label / value row of a detail grid ({@link FinanceControls#row}). */
    Label row(GridPane grid, int r, String labelKey, String value) {
        return FinanceControls.row(i18n, grid, r, labelKey, value);
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(4);
        return g;
    }

    void add(Node... nodes) {
        detail.getChildren().addAll(nodes);
    }
}
