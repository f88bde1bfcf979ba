package io.redesk.app.ui.settings;

import static io.redesk.app.i18n.Localization.key;

import atlantafx.base.theme.Styles;
import io.redesk.app.ui.i18n.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The exchange connection form on the settings page. Only builds nodes and binds. */
public final class ExchangeConnectionView extends VBox {

    /** A form for {@code model}. */
    public ExchangeConnectionView(ExchangeConnectionViewModel model, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        RadioButton demo = new RadioButton();
        demo.setId("exchange-demo");
        demo.textProperty().bind(i18n.bind("settings.exchange.demo"));
        demo.setToggleGroup(group);
        RadioButton configured = new RadioButton();
        configured.setId("exchange-configured");
        configured.textProperty().bind(i18n.bind("settings.exchange.configured"));
        configured.setToggleGroup(group);
        (model.builtInDemoProperty().get() ? demo : configured).setSelected(true);
        demo.selectedProperty().addListener((obs, old, now) -> model.builtInDemoProperty().set(now));

        TextField url = new TextField();
        url.setId("exchange-url");
        url.setPromptText("https://exchange.example:8443");
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField pin = new TextField();
        pin.setId("exchange-pin");
        pin.setPromptText("sha256/…");
        pin.textProperty().bindBidirectional(model.pinProperty());
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        Label urlLabel = label(i18n, key("settings.exchange.url"));
        Label pinLabel = label(i18n, key("settings.exchange.pin"));
        // a narrow place (the sign-in card) shrinks the fields, never these labels to "..."
        urlLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pinLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(0, urlLabel, url);
        grid.addRow(1, pinLabel, pin);
        grid.disableProperty().bind(model.builtInDemoProperty());
        url.setPrefColumnCount(36);

        Label error = new Label();
        error.setId("exchange-error");
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        Label message = new Label();
        message.setId("exchange-message");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.SUCCESS);
        Button save = new Button();
        save.setId("exchange-save");
        save.textProperty().bind(i18n.bind("settings.exchange.save"));
        save.setOnAction(e -> model.save());
        Label note = label(i18n, key("settings.exchange.note"));
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        javafx.scene.layout.FlowPane choice = new javafx.scene.layout.FlowPane(16, 6, demo, configured);
        getChildren().addAll(choice, grid, note, new HBox(12, save, message), error);
        setSpacing(10);
    }

    private static Label label(I18n i18n, String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        return label;
    }
}
