package io.redesk.app.ui.slips;

import static io.redesk.app.i18n.Localization.key;

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
 * The slips list: a search box, a status filter and a virtualised, sortable table (only visible rows
 * get cells, so 100,000 placements cost what 30 do). Enter or double-click opens the slip.
 */
public final class SlipsListView extends VBox {

    private final TextField search = new TextField();

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
        table.getColumns().add(column(i18n, key("slips.col.title"), Row::title, 360));
        TableColumn<Row, PlacementStatus> st = new TableColumn<>();
        st.textProperty().bind(i18n.bind("slips.col.status"));
        st.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        st.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(PlacementStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.text(StatusText.keyOf(item)));
            }
        });
        st.setPrefWidth(120);
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
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox bar = new HBox(8, search, status, busy, count);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
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
