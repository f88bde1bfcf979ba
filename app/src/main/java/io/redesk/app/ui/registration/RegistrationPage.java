package io.redesk.app.ui.registration;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.DeskServices;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.inquiry.PlacementChooser;
import io.redesk.app.ui.placement.DeskWidgets;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.theme.AppStyles;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Registration page: exactly which fields leave the machine, a send button, then the receipt. */
public final class RegistrationPage extends VBox {

    private final I18n i18n;
    private final TaskExecutor executor;
    private final java.util.Optional<String> openUmr;
    private java.util.function.Consumer<String> opener = umr -> { };

    public RegistrationPage(ObservableValue<DeskServices> services, I18n i18n, TaskExecutor executor) {
        this(services, i18n, executor, java.util.Optional.empty());
    }

    /** The page, opening the placement with market reference {@code openUmr} once it is listed. */
    public RegistrationPage(ObservableValue<DeskServices> services, I18n i18n, TaskExecutor executor, java.util.Optional<String> openUmr) {
        this.openUmr = openUmr;
        this.i18n = i18n;
        this.executor = executor;
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + Page.REGISTRATION.id());
        setSpacing(8);
        show(services.getValue());
        services.addListener((o, a, b) -> show(b));
    }

    private void show(DeskServices s) {
        getChildren().setAll(new PageHeader(Page.REGISTRATION, i18n));
        if (s == null || s.broker().isEmpty()) {
            Label off = new Label();
            off.setId("registration-offline");
            off.textProperty().bind(i18n.bind(s == null ? key("desk.locked") : key("desk.needsExchange")));
            getChildren().add(off);
            return;
        }
        RegistrationViewModel model = new RegistrationViewModel(s.broker().get(), executor, i18n);
        model.followReachability(s.sync(), javafx.application.Platform::runLater);
        PlacementChooser chooser = new PlacementChooser("registration-placement", model.placements(), model.placementProperty(), i18n);
        Label explain = new Label();
        explain.textProperty().bind(i18n.bind("registration.explain"));
        explain.setWrapText(true);
        TableView<RegistrationViewModel.Field> table = new TableView<>(model.fields());
        table.setId("registration-fields");
        TableColumn<RegistrationViewModel.Field, String> name = new TableColumn<>();
        name.textProperty().bind(i18n.bind("registration.col.field"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(RegistrationText.label(i18n, c.getValue().name())));
        name.setPrefWidth(180);
        TableColumn<RegistrationViewModel.Field, String> value = new TableColumn<>();
        value.textProperty().bind(i18n.bind("registration.col.value"));
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        // a party reads as its name; the id that is actually sent sits under it, muted
        value.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final Label id = new Label();

            {
                id.getStyleClass().addAll(atlantafx.base.theme.Styles.TEXT_MUTED, atlantafx.base.theme.Styles.TEXT_SMALL);
                setContentDisplay(javafx.scene.control.ContentDisplay.BOTTOM);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                RegistrationViewModel.Field f = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                if (f == null || f.secondary().isEmpty()) {
                    setGraphic(null);
                } else {
                    id.setText(f.secondary());
                    setGraphic(id);
                }
            }
        });
        value.setPrefWidth(520);
        table.getColumns().add(name);
        table.getColumns().add(value);
        table.setPrefHeight(320);
        table.setMinHeight(180);
        table.setPlaceholder(DeskWidgets.placeholder(i18n, key("registration.empty")));
        Button send = new Button();
        send.setId("registration-send");
        send.textProperty().bind(i18n.bind("registration.send"));
        send.setOnAction(e -> model.register());
        send.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.fields()));
        Button reload = new Button();
        reload.setId("registration-reload");
        reload.textProperty().bind(i18n.bind("desk.reload"));
        reload.setOnAction(e -> model.load());
        Label receipt = new Label();
        receipt.setId("registration-receipt");
        receipt.textProperty().bind(model.receiptProperty());
        receipt.getStyleClass().add("title-4");
        Label receiptParties = new Label();
        receiptParties.setId("registration-receipt-parties");
        receiptParties.textProperty().bind(model.receiptPartiesProperty());
        receiptParties.setWrapText(true);
        Label outcome = new Label();
        outcome.setId("registration-outcome");
        outcome.textProperty().bind(model.outcomeProperty());
        outcome.setWrapText(true);
        getChildren().addAll(new HBox(8, chooser, reload, DeskWidgets.busy("registration-busy", model.busyProperty())), explain, table, send, receipt, receiptParties, outcome);
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
}
