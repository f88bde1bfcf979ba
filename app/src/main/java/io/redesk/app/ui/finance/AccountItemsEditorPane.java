package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import atlantafx.base.theme.Styles;
import io.redesk.app.desk.finance.AccountDetail;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.sdk.model.account.TaItemType;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The items editor under an open account (edit a draft, correct an issued account): one row per item
 * (type, amount, reference, its effect, remove) with the amount's error under it, the stated total with
 * its error, the balance the domain recomputes as the user types with the difference explained, and
 * send / cancel. Builds nodes and binds; {@link AccountItemsEditorViewModel} holds the state. A row is
 * rebuilt only when lines are added or removed, so typing never loses the caret.
 */
final class AccountItemsEditorPane extends VBox {

    private final AccountItemsEditorViewModel model;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final Label title = new Label();

    AccountItemsEditorPane(AccountItemsEditorViewModel model, I18n i18n) {
        super(6);
        this.model = model;
        this.i18n = i18n;
        setId("account-editor");
        setPadding(new Insets(8));
        getStyleClass().add("rd-editor");
        setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 4;");
        title.setId("editor-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        grid.setHgap(8);
        grid.setVgap(2);
        grid.setId("editor-lines");

        Button add = FinanceControls.button(i18n, "editor-add", key("finance.editor.add"), () -> {
            model.addLine();
            focusLastAmount();
        });
        TextField stated = FinanceControls.field(i18n, "editor-stated", key("finance.editor.statedPrompt"),
                model.statedProperty(), 12);
        stated.setAlignment(Pos.CENTER_RIGHT);
        Label statedLabel = new Label();
        statedLabel.textProperty().bind(i18n.bind("finance.accounts.stated"));
        statedLabel.setLabelFor(stated);
        Label statedError = error("editor-stated-error");
        statedError.textProperty().bind(model.statedErrorProperty());

        Label balanceLabel = new Label();
        balanceLabel.textProperty().bind(i18n.bind("finance.editor.balance"));
        Label balance = new Label();
        balance.setId("editor-balance");
        balance.getStyleClass().addAll("rd-amount", Styles.TEXT_BOLD);
        balance.setMinWidth(Label.USE_PREF_SIZE);
        balance.textProperty().bind(model.balanceProperty());
        Label explained = new Label();
        explained.setId("editor-explained");
        explained.setWrapText(true);
        explained.textProperty().bind(model.explanationProperty());
        Label formError = error("editor-error");
        formError.textProperty().bind(model.formErrorProperty());

        Button save = new Button();
        save.setId("editor-save");
        save.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.text(
                model.modeProperty().get() == AccountItemsEditorViewModel.Mode.CORRECT ? key("finance.editor.sendCorrection")
                        : key("finance.editor.saveDraft")), model.modeProperty(), i18n.languageProperty()));
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save());
        Button cancel = FinanceControls.button(i18n, "editor-cancel", key("finance.editor.cancel"), model::cancel);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.cancel();
                e.consume();
            }
        });

        getChildren().addAll(title, grid, add, new HBox(8, statedLabel, stated), statedError,
                new HBox(8, balanceLabel, balance), explained, formError, new HBox(8, save, cancel));
        model.lines().addListener((ListChangeListener<AccountItemsEditorViewModel.Line>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuild();
            }
        });
        model.modeProperty().addListener((o, a, b) -> rebuild());
        i18n.languageProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private Label error(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(Styles.DANGER);
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    private void rebuild() {
        AccountDetail d = model.base();
        title.setText(d == null ? "" : model.modeProperty().get() == AccountItemsEditorViewModel.Mode.CORRECT
                ? i18n.text("finance.editor.correctTitle", d.row().contractReference(), d.row().accountVersion())
                : i18n.text("finance.editor.editTitle", d.row().contractReference()));
        grid.getChildren().clear();
        int r = 0;
        int i = 0;
        for (AccountItemsEditorViewModel.Line line : model.lines()) {
            ComboBox<TaItemType> type = new ComboBox<>(FXCollections.observableArrayList(TaItemType.values()));
            type.setId("editor-type-" + i);
            type.setConverter(new StringConverter<>() {
                @Override
                public String toString(TaItemType t) {
                    return t == null ? "" : i18n.text(FinanceLabels.item(t));
                }

                @Override
                public TaItemType fromString(String s) {
                    throw new UnsupportedOperationException("not editable");
                }
            });
            type.valueProperty().bindBidirectional(line.typeProperty());
            TextField amount = FinanceControls.field(i18n, "editor-amount-" + i, key("finance.editor.amountPrompt"),
                    line.amountProperty(), 10);
            amount.setAlignment(Pos.CENTER_RIGHT);
            TextField reference = FinanceControls.field(i18n, "editor-reference-" + i, key("finance.editor.referencePrompt"),
                    line.referenceProperty(), 10);
            Label effect = new Label();
            effect.setId("editor-effect-" + i);
            effect.getStyleClass().add("rd-amount");
            effect.setMinWidth(Label.USE_PREF_SIZE);
            effect.textProperty().bind(line.effectProperty());
            Button remove = new Button("✕");
            remove.setId("editor-remove-" + i);
            remove.getStyleClass().add(Styles.FLAT);
            remove.accessibleTextProperty().bind(i18n.bind("finance.editor.remove"));
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            tip.textProperty().bind(i18n.bind("finance.editor.remove"));
            remove.setTooltip(tip);
            remove.setOnAction(e -> model.removeLine(line));
            grid.addRow(r++, type, amount, reference, effect, remove);
            Label err = error("editor-error-" + i);
            err.textProperty().bind(line.errorProperty());
            grid.add(err, 0, r++, 5, 1);
            i++;
        }
    }

    /** Puts the caret in the first amount. */
    void focusFirst() {
        grid.getChildren().stream().filter(n -> "editor-amount-0".equals(n.getId())).findFirst()
                .ifPresent(javafx.scene.Node::requestFocus);
    }

    private void focusLastAmount() {
        int last = model.lines().size() - 1;
        grid.getChildren().stream().filter(n -> ("editor-amount-" + last).equals(n.getId())).findFirst()
                .ifPresent(javafx.scene.Node::requestFocus);
    }
}
