package io.redesk.app.ui.slips;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.SlipEditing;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.placement.DeskWidgets;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Slips page's versions tab: the saved versions, and two of them compared field by field. Builds and binds only. */
final class SlipVersionsView extends VBox {

    SlipVersionsView(SlipVersionsViewModel model, I18n i18n) {
        super(8);
        ComboBox<Integer> from = new ComboBox<>(model.versionNumbers());
        from.setId("versions-from");
        ComboBox<Integer> to = new ComboBox<>(model.versionNumbers());
        to.setId("versions-to");
        Button compare = SlipsPage.button(i18n, "versions-compare", key("slips.compare"), () -> {
            if (from.getValue() != null && to.getValue() != null) {
                model.compare(from.getValue(), to.getValue());
            }
        });
        TableView<SlipVersionsViewModel.DiffRow> table = new TableView<>(model.diff());
        table.setId("versions-diff");
        table.getColumns().add(col(i18n, key("slips.diff.field"), SlipVersionsViewModel.DiffRow::field));
        table.getColumns().add(col(i18n, key("slips.diff.before"), SlipVersionsViewModel.DiffRow::before));
        table.getColumns().add(col(i18n, key("slips.diff.after"), SlipVersionsViewModel.DiffRow::after));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        TableView<io.redesk.app.desk.SlipEditing.VersionRow> list = new TableView<>(model.versionRows());
        list.setId("versions-list");
        TableColumn<io.redesk.app.desk.SlipEditing.VersionRow, String> number = new TableColumn<>();
        number.textProperty().bind(i18n.bind("slips.versions.number"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().number())));
        TableColumn<io.redesk.app.desk.SlipEditing.VersionRow, String> effective = new TableColumn<>();
        effective.textProperty().bind(i18n.bind("slips.versions.effective"));
        effective.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().effectiveDate() == null ? ""
                : i18n.formats().date(c.getValue().effectiveDate())));
        TableColumn<io.redesk.app.desk.SlipEditing.VersionRow, String> note = new TableColumn<>();
        note.textProperty().bind(i18n.bind("slips.versions.note"));
        note.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note() == null ? "" : c.getValue().note()));
        list.getColumns().addAll(java.util.List.of(number, effective, note));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.setPrefHeight(160);
        list.setMinHeight(120);
        list.setPlaceholder(DeskWidgets.placeholder(i18n, key("slips.versions.empty")));
        table.setPlaceholder(DeskWidgets.placeholder(i18n, key("slips.diff.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            // picking a version compares it with the one before it
            if (b != null && b.number() > 1) {
                from.setValue(b.number() - 1);
                to.setValue(b.number());
                model.compare(b.number() - 1, b.number());
            }
        });
        Label fromLabel = new Label();
        fromLabel.textProperty().bind(i18n.bind("slips.diff.from"));
        fromLabel.setLabelFor(from);
        Label toLabel = new Label();
        toLabel.textProperty().bind(i18n.bind("slips.diff.to"));
        toLabel.setLabelFor(to);
        HBox compareBar = new HBox(8, fromLabel, from, toLabel, to, compare);
        compareBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().setAll(list, compareBar, table);
    }

    private static TableColumn<SlipVersionsViewModel.DiffRow, String> col(I18n i18n, String key,
            java.util.function.Function<SlipVersionsViewModel.DiffRow, String> value) {
        TableColumn<SlipVersionsViewModel.DiffRow, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
