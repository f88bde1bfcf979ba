package io.redesk.app.ui.signin;

import atlantafx.base.theme.Styles;
import io.redesk.app.ui.i18n.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The non-modal "sign in again" bar above the status bar. Only builds nodes and binds. */
public final class SignInAgainView extends VBox {

    /** A bar for {@code model}. */
    public SignInAgainView(SignInAgainViewModel model, I18n i18n) {
        Label message = new Label();
        message.setId("link-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        PasswordField password = new PasswordField();
        password.setId("link-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setPromptText(model.passwordLabel());
        password.setPrefColumnCount(16);
        password.setOnAction(e -> model.signIn());
        Button submit = new Button();
        submit.setId("link-submit");
        submit.textProperty().bind(i18n.bind("link.submit"));
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setOnAction(e -> model.signIn());
        HBox ask = new HBox(8, password, submit);
        ask.setAlignment(Pos.CENTER_LEFT);
        ask.visibleProperty().bind(model.askPasswordProperty());
        ask.managedProperty().bind(ask.visibleProperty());
        ask.disableProperty().bind(model.busyProperty());
        HBox row = new HBox(12, message, ask);
        row.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("link-error");
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(row, error);
        setSpacing(4);
        setPadding(new Insets(8, 12, 8, 12));
        getStyleClass().add(Styles.BG_WARNING_SUBTLE);
        setId("link-prompt");
        visibleProperty().bind(model.showingProperty());
        managedProperty().bind(visibleProperty());
    }
}
