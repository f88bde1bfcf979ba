package io.redesk.app.ui.slips;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.KindFilter;
import io.redesk.app.desk.SlipCatalog.Row;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.placement.PlacementStatus;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The slips list: a search box, status and contract-kind filters and a virtualised, sortable table
 * (only visible rows get cells, so 100,000 placements cost what 30 do). Enter or double-click opens the
 * slip. The empty table says why it is empty: still loading, no slips yet, nothing matches the filters
 * (with a way to clear them), or the vault could not be read.
 */
public final class SlipsListView extends VBox {

    private final TextField search = new TextField();
    private final javafx.beans.value.ChangeListener<io.redesk.app.i18n.Language> relabel;

    public SlipsListView(SlipsListViewModel model, I18n i18n, Consumer<Row> open) {
        search.setId("slips-search");
        search.promptTextProperty().bind(i18n.bind("slips.search.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<PlacementStatus> status = new ComboBox<>();
        status.setId("slips-status");
        status.getItems().add(null);
        status.getItems().addAll(PlacementStatus.values());
        status.setButtonCell(new StatusCell(i18n));
        status.setCellFactory(v -> new StatusCell(i18n));
        status.valueProperty().bindBidirectional(model.statusProperty());

        ComboBox<KindFilter> kind = new ComboBox<>();
        kind.setId("slips-kind");
        kind.getItems().add(null);
        kind.getItems().addAll(KindFilter.values());
        kind.setButtonCell(new KindCell(i18n));
        kind.setCellFactory(v -> new KindCell(i18n));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        // a button cell draws "all statuses" once, when its item changes: redraw it when the language does
        // (weakly: the app's I18n outlives this view)
        relabel = (o, was, now) -> {
            status.setButtonCell(new StatusCell(i18n));
            kind.setButtonCell(new KindCell(i18n));
        };
        i18n.languageProperty().addListener(new javafx.beans.value.WeakChangeListener<>(relabel));

        Label count = new Label();
        count.textProperty().bind(i18n.bind("slips.count", javafx.beans.binding.Bindings.size(model.rows()), model.totalProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());

        TableView<Row> table = new TableView<>();
        table.setId("slips-table");
        SortedList<Row> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column(i18n, key("slips.col.umr"), r -> r.umr() == null ? "" : r.umr(), 160));
        table.getColumns().add(column(i18n, key("slips.col.title"), Row::title, 300));
        table.getColumns().add(column(i18n, key("slips.col.kind"), r -> kindText(i18n, r.kind()), 150));
        TableColumn<Row, Row> st = new TableColumn<>();
        st.textProperty().bind(i18n.bind("slips.col.status"));
        st.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        st.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : StatusText.text(i18n, item));
                getStyleClass().remove("slip-pending");
                if (!empty && item != null && item.pending() != io.redesk.app.desk.SlipCatalog.Pending.NONE) {
                    getStyleClass().add("slip-pending");
                }
            }
        });
        st.setPrefWidth(190);
        table.getColumns().add(st);
        table.getColumns().add(column(i18n, key("slips.col.inception"), r -> r.inception() == null ? "" : r.inception().toString(), 110));
        table.getColumns().add(column(i18n, key("slips.col.updated"), r -> i18n.formats().dateTime(r.updatedAt()), 160));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        table.setPlaceholder(placeholder(model, i18n));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        // the count is never cut short and keeps clear of the right edge: the search box gives way first
        // (in Chinese at 1280 px it used to end flush against the edge, ADR 0775)
        count.setId("slips-count");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        search.setMinWidth(140);
        status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        busy.managedProperty().bind(busy.visibleProperty());
        HBox bar = new HBox(8, search, status, kind, busy, count);
        bar.setId("slips-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(0, 12, 0, 0));
        getChildren().addAll(bar, table);
        setSpacing(8);
    }

    /** Puts the keyboard in the search box (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
    }

    private static TableColumn<Row, String> column(I18n i18n, String key, java.util.function.Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The empty table's message: loading, no slips yet, no match (with "clear filters"), or the problem. */
    private static VBox placeholder(SlipsListViewModel model, I18n i18n) {
        Label text = new Label();
        text.setId("slips-empty");
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        javafx.scene.control.Hyperlink clear = new javafx.scene.control.Hyperlink();
        clear.setId("slips-clear-filters");
        clear.textProperty().bind(i18n.bind("slips.empty.clear"));
        clear.setOnAction(e -> model.clearFilters());
        Runnable update = () -> {
            boolean filtered = model.isFiltered();
            String k = !model.problemProperty().get().isEmpty() ? null
                    : !model.loadedProperty().get() ? key("slips.empty.loading")
                    : filtered ? key("slips.empty.noMatch") : key("slips.empty.none");
            text.setText(k == null ? i18n.text("slips.empty.problem", model.problemProperty().get()) : i18n.text(k));
            clear.setVisible(filtered && model.loadedProperty().get());
            clear.setManaged(clear.isVisible());
        };
        for (javafx.beans.Observable o : java.util.List.of(model.loadedProperty(), model.problemProperty(),
                model.queryProperty(), model.statusProperty(), model.kindProperty(), i18n.languageProperty())) {
            o.addListener(x -> update.run());
        }
        update.run();
        VBox box = new VBox(6, text, clear);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return box;
    }

    private static String kindText(I18n i18n, String code) {
        String k = code == null ? null : ChoiceText.keyOf(code);
        return code == null ? "" : k == null ? code : i18n.text(k);
    }

    private static final class KindCell extends ListCell<KindFilter> {
        private final I18n i18n;

        KindCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(KindFilter item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? i18n.text("slips.kind.all") : i18n.text(KindText.keyOf(item)));
        }
    }

    private static final class StatusCell extends ListCell<PlacementStatus> {
        private final I18n i18n;

        StatusCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(PlacementStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? i18n.text("slips.status.all") : i18n.text(StatusText.keyOf(item)));
        }
    }

}
