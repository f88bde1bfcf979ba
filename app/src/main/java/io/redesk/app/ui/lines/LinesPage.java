package io.redesk.app.ui.lines;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.DeskServices;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.inquiry.PlacementChooser;
import io.redesk.app.ui.placement.DeskWidgets;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.theme.AppStyles;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Lines page: written lines, the live total, the signing-down preview, close and sign. */
public final class LinesPage extends VBox {

    private final I18n i18n;
    private final TaskExecutor executor;
    private final java.util.Optional<String> openUmr;
    private java.util.function.Consumer<String> opener = umr -> { };

    public LinesPage(ObservableValue<DeskServices> services, I18n i18n, TaskExecutor executor) {
        this(services, i18n, executor, java.util.Optional.empty());
    }

    /** The page, opening the placement with market reference {@code openUmr} once it is listed. */
    public LinesPage(ObservableValue<DeskServices> services, I18n i18n, TaskExecutor executor, java.util.Optional<String> openUmr) {
        this.openUmr = openUmr;
        this.i18n = i18n;
        this.executor = executor;
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + Page.LINES.id());
        setSpacing(8);
        show(services.getValue());
        services.addListener((o, a, b) -> show(b));
    }

    private void show(DeskServices s) {
        getChildren().setAll(new PageHeader(Page.LINES, i18n));
        if (s == null || s.broker().isEmpty()) {
            Label off = new Label();
            off.setId("lines-offline");
            off.textProperty().bind(i18n.bind(s == null ? key("desk.locked") : key("desk.needsExchange")));
            getChildren().add(off);
            return;
        }
        LinesViewModel model = new LinesViewModel(s.broker().get(), executor, i18n);
        model.followReachability(s.sync(), javafx.application.Platform::runLater);
        PlacementChooser chooser = new PlacementChooser("lines-placement", model.placements(), model.placementProperty(), i18n);
        TableView<LinesViewModel.Row> table = new TableView<>(model.rows());
        table.setId("lines-table");
        table.getColumns().add(col(key("lines.col.reinsurer"), LinesViewModel.Row::reinsurer, 240));
        table.getColumns().add(col(key("lines.col.written"), LinesViewModel.Row::written, 110));
        table.getColumns().add(col(key("lines.col.toStand"), r -> r.toStand() ? i18n.text("lines.yes") : "", 90));
        table.getColumns().add(col(key("lines.col.signed"), LinesViewModel.Row::signed, 140));
        table.setPrefHeight(220);
        table.setMinHeight(170);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(DeskWidgets.placeholder(i18n, key("lines.empty")));
        Label total = new Label();
        total.setId("lines-total");
        total.textProperty().bind(model.writtenTotalProperty());
        total.getStyleClass().add("title-4");
        Label factor = new Label();
        factor.setId("lines-factor");
        factor.textProperty().bind(model.factorProperty());
        Button refresh = new Button();
        refresh.setId("lines-refresh");
        refresh.textProperty().bind(i18n.bind("desk.reload"));
        refresh.setOnAction(e -> {
            model.load();
            model.refresh();
        });
        CheckBox reduce = new CheckBox();
        reduce.setId("lines-reduce");
        reduce.textProperty().bind(i18n.bind("lines.reduceOrder"));
        Button close = new Button();
        close.setId("lines-close");
        close.textProperty().bind(i18n.bind("lines.close"));
        close.setOnAction(e -> model.close(reduce.isSelected()));
        Label outcome = new Label();
        outcome.setId("lines-outcome");
        outcome.textProperty().bind(model.outcomeProperty());
        outcome.setWrapText(true);
        Label previewTitle = new Label();
        previewTitle.textProperty().bind(i18n.bind("lines.preview"));
        previewTitle.getStyleClass().add("title-4");
        getChildren().addAll(new HBox(8, chooser, refresh, DeskWidgets.busy("lines-busy", model.busyProperty())), previewTitle, total, factor, table, new HBox(8, reduce, close), outcome);
        openUmr.ifPresent(model::preselect);
        model.load();
        opener = umr -> {
            model.preselect(umr);
            model.load();
        };
    }

    /**
     * Opens the placement with market reference {@code umr} (home's to-do list): selected as soon as
     * the reloaded list holds it.
     */
    public void open(String umr) {
        opener.accept(umr);
    }

    private TableColumn<LinesViewModel.Row, String> col(String k, Function<LinesViewModel.Row, String> value, double width) {
        TableColumn<LinesViewModel.Row, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(k));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
