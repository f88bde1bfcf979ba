package io.redesk.app.ui.signin;

import static io.redesk.app.i18n.Localization.key;

import atlantafx.base.theme.Styles;
import io.redesk.app.session.Session;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.theme.AppStyles;
import io.redesk.store.crypto.CryptoSuite;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The unlock / sign-in screen: local profile (unlock an existing vault or create one), exchange user
 * (with the demo users as a pick list on the built-in demo), and one Sign in button (Enter works from
 * any field). Only builds nodes and binds to {@link SignInViewModel}.
 */
public final class SignInView extends StackPane {

    /** A view of {@code model}; {@code onSignedIn} runs with the session. */
    public SignInView(SignInViewModel model, I18n i18n, Consumer<Session> onSignedIn) {
        this(model, i18n, onSignedIn, null);
    }

    /**
     * As {@link #SignInView(SignInViewModel, I18n, Consumer)}, with the exchange connection form
     * ({@code connection}, may be null) behind an "Exchange connection…" button, so the exchange can be
     * chosen before anyone signs in.
     */
    public SignInView(SignInViewModel model, I18n i18n, Consumer<Session> onSignedIn, javafx.scene.Node connection) {
        Label brand = new Label("ReDesk");
        brand.getStyleClass().add(Styles.TITLE_1);
        Label title = new Label();
        title.setId("signin-title");
        title.textProperty().bind(model.titleProperty());
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true); // a heading is never cut to "…" (the first run's is long)
        Label version = new Label(model.versionText());
        version.setId("signin-version");
        version.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        i18n.languageProperty().addListener((obs, old, now) -> version.setText(model.versionText()));
        Label exchange = new Label();
        exchange.setId("signin-exchange");
        exchange.textProperty().bind(model.exchangeTextProperty());
        exchange.setGraphic(new FontIcon(Material2OutlinedAL.CLOUD_QUEUE));
        exchange.getStyleClass().add(Styles.TEXT_MUTED);
        exchange.setWrapText(true);

        // --- exchange user
        ComboBox<String> demoUsers = new ComboBox<>(model.demoUsers());
        demoUsers.setId("signin-demo-user");
        demoUsers.setMaxWidth(Double.MAX_VALUE);
        demoUsers.promptTextProperty().bind(i18n.bind("signin.demoUser.prompt"));
        demoUsers.setOnAction(e -> model.pickDemoUser(demoUsers.getValue()));
        // the list says who each demo user is (person, organisation, role); the field keeps the login
        demoUsers.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describeDemoUser(item));
            }
        });
        Label demoLabel = label(i18n, key("signin.demoUser"));
        demoLabel.setLabelFor(demoUsers);
        demoUsers.visibleProperty().bind(model.demoProperty());
        demoUsers.managedProperty().bind(model.demoProperty());
        demoLabel.visibleProperty().bind(model.demoProperty());
        demoLabel.managedProperty().bind(model.demoProperty());

        TextField username = new TextField();
        username.setId("signin-username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("signin-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        // unlocking a profile that signed in before needs no exchange login (ADR 0800)
        for (TextField f : java.util.List.of(username, password)) {
            f.promptTextProperty().bind(javafx.beans.binding.Bindings.when(model.createProfileProperty())
                    .then("").otherwise(i18n.bind("signin.optional")));
        }

        // --- local profile
        ToggleGroup mode = new ToggleGroup();
        RadioButton unlock = new RadioButton();
        unlock.setId("signin-mode-unlock");
        unlock.textProperty().bind(i18n.bind("signin.mode.unlock"));
        unlock.setToggleGroup(mode);
        RadioButton create = new RadioButton();
        create.setId("signin-mode-create");
        create.textProperty().bind(i18n.bind("signin.mode.create"));
        create.setToggleGroup(mode);
        create.setSelected(model.createProfileProperty().get());
        unlock.setSelected(!model.createProfileProperty().get());
        model.createProfileProperty().addListener((obs, old, now) -> (now ? create : unlock).setSelected(true));
        create.selectedProperty().addListener((obs, old, now) -> model.createProfileProperty().set(now));

        ComboBox<String> profile = new ComboBox<>(model.profiles());
        profile.setId("signin-profile");
        profile.setEditable(true);
        profile.setMaxWidth(Double.MAX_VALUE);
        profile.getEditor().textProperty().bindBidirectional(model.profileProperty());
        profile.setOnAction(e -> model.chooseProfile(profile.getValue()));

        ComboBox<CryptoSuite> suite = new ComboBox<>();
        suite.getItems().setAll(CryptoSuite.values());
        suite.setId("signin-suite");
        suite.valueProperty().bindBidirectional(model.suiteProperty());
        suite.setCellFactory(list -> suiteCell(i18n));
        suite.setButtonCell(suiteCell(i18n));
        // cells set plain text (a combo box's skin writes its button cell's text itself): rebuild on a language switch
        i18n.languageProperty().addListener((obs, old, now) -> {
            suite.setCellFactory(list -> suiteCell(i18n));
            suite.setButtonCell(suiteCell(i18n));
        });
        suite.disableProperty().bind(model.createProfileProperty().not());

        PasswordField passphrase = new PasswordField();
        passphrase.setId("signin-passphrase");
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        PasswordField confirm = new PasswordField();
        confirm.setId("signin-passphrase-confirm");
        confirm.textProperty().bindBidirectional(model.passphraseConfirmProperty());
        Label confirmLabel = label(i18n, key("signin.passphraseConfirm"));
        confirm.visibleProperty().bind(model.needsConfirm());
        confirm.managedProperty().bind(model.needsConfirm());
        confirmLabel.visibleProperty().bind(model.needsConfirm());
        confirmLabel.managedProperty().bind(model.needsConfirm());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(6);
        int row = 0;
        // the exchange, and the form to change it, span the card (the form's columns are too narrow for it)
        VBox exchangeSection = new VBox(6, section(i18n, key("signin.section.exchange")), exchange);
        if (connection != null) {
            Button toggle = new Button();
            toggle.setId("signin-connection");
            toggle.textProperty().bind(i18n.bind("signin.connection"));
            toggle.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            toggle.setFocusTraversable(false);
            connection.setVisible(false);
            connection.setManaged(false);
            toggle.setOnAction(e -> {
                connection.setVisible(!connection.isVisible());
                connection.setManaged(connection.isVisible());
            });
            exchangeSection.getChildren().addAll(toggle, connection);
        }
        form.addRow(row++, demoLabel, demoUsers);
        form.addRow(row++, label(i18n, key("signin.username")), username);
        form.add(error("signin-username-error", model.usernameErrorProperty()), 1, row++);
        form.addRow(row++, label(i18n, key("signin.password")), password);
        form.add(error("signin-password-error", model.passwordErrorProperty()), 1, row++);
        form.add(help("signin-password-help", i18n.bind("signin.password.help")), 1, row++);
        form.add(section(i18n, key("signin.section.profile")), 0, row++, 2, 1);
        form.add(new HBox(16, unlock, create), 0, row++, 2, 1);
        form.addRow(row++, label(i18n, key("signin.profile")), profile);
        form.add(error("signin-profile-error", model.profileErrorProperty()), 1, row++);
        form.addRow(row++, label(i18n, key("signin.suite")), suite);
        form.addRow(row++, label(i18n, key("signin.passphrase")), passphrase);
        form.add(error("signin-passphrase-error", model.passphraseErrorProperty()), 1, row++);
        form.add(help("signin-passphrase-help", model.passphraseHelpProperty()), 1, row++);
        form.addRow(row++, confirmLabel, confirm);
        Label confirmError = error("signin-passphrase-confirm-error", model.confirmErrorProperty());
        form.add(confirmError, 1, row++);
        form.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(150),
                new javafx.scene.layout.ColumnConstraints(280));

        Label general = error("signin-error", model.errorProperty());
        Button signIn = new Button();
        signIn.setId("signin-submit");
        signIn.textProperty().bind(i18n.bind("signin.submit"));
        signIn.setDefaultButton(true);
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setOnAction(e -> model.signIn(onSignedIn));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        Label step = new Label();
        step.setId("signin-step");
        step.textProperty().bind(model.stepTextProperty());
        step.getStyleClass().add(Styles.TEXT_MUTED);
        step.setWrapText(true);
        Label hint = label(i18n, key("signin.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        Label offline = label(i18n, key("signin.hint.offline"));
        offline.setId("signin-offline-hint");
        offline.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        offline.setWrapText(true);
        offline.visibleProperty().bind(model.createProfileProperty().not());
        offline.managedProperty().bind(offline.visibleProperty());
        HBox actions = new HBox(12, signIn, progress, step);
        actions.setAlignment(Pos.CENTER_LEFT);
        form.disableProperty().bind(model.busyProperty());

        HBox heading = new HBox(12, brand, version);
        heading.setAlignment(Pos.BASELINE_LEFT);
        Label update = new Label();
        update.setId("signin-update");
        update.textProperty().bind(model.updateNoticeProperty());
        update.getStyleClass().add(Styles.WARNING);
        update.setWrapText(true);
        update.visibleProperty().bind(update.textProperty().isNotEmpty());
        update.managedProperty().bind(update.visibleProperty());
        VBox card = new VBox(12, heading, update, title, exchangeSection, form, offline, general, actions, hint);
        card.getStyleClass().add(AppStyles.CARD);
        card.setMaxWidth(500);
        card.setMaxHeight(USE_PREF_SIZE);
        // Enter signs in from any field (the default button covers most; combo boxes swallow Enter)
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !signIn.isDisabled()) {
                model.signIn(onSignedIn);
                e.consume();
            }
        });
        // a small window (or the connection form open) scrolls the card instead of cutting its texts
        StackPane centred = new StackPane(card);
        centred.setPadding(new javafx.geometry.Insets(24));
        StackPane.setAlignment(card, Pos.CENTER);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(centred);
        scroll.setFitToWidth(true);
        // centred while it fits; taller, it scrolls (fitting the height would squeeze wrapped texts to "...")
        centred.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setStyle("-fx-background-color: transparent; -fx-background: transparent;");
        getChildren().add(scroll);
        getStyleClass().add(AppStyles.APP_ROOT);
        setId("page-signin");
        // an existing profile needs only its passphrase: start there (once the view is in a window)
        javafx.scene.Node first = !model.createProfileProperty().get() ? passphrase
                : model.demoProperty().get() ? demoUsers : username;
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(first::requestFocus);
            }
        });
    }

    private static ListCell<CryptoSuite> suiteCell(I18n i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(CryptoSuite item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : i18n.text(item == CryptoSuite.GM ? key("signin.suite.gm") : key("signin.suite.international")));
            }
        };
    }

    private static Label label(I18n i18n, String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        return label;
    }

    private static Label section(I18n i18n, String key) {
        Label label = label(i18n, key);
        label.getStyleClass().add(AppStyles.CARD_TITLE);
        return label;
    }

    private static Label help(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setWrapText(true);
        return label;
    }

    private static Label error(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.getStyleClass().add(Styles.DANGER);
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
