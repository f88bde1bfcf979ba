package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import atlantafx.base.theme.Styles;
import io.redesk.app.desk.finance.AccountAction;
import io.redesk.app.desk.finance.AccountDetail;
import io.redesk.app.desk.finance.AccountItem;
import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.desk.finance.ClaimView;
import io.redesk.app.desk.finance.ParticipantShare;
import io.redesk.app.export.ExportTable;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.ShellModel;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The open account on the Accounts page: title and state, the figures with the difference explained,
 * the actions the user may take (and the items editor when a broker edits or corrects), the items, the
 * shares, the claims behind the items and the versions. It builds nodes and binds; the
 * {@link AccountDetailViewModel} holds the state.
 */
final class AccountDetailPane extends VBox {

    private final AccountDetailViewModel model;
    private final I18n i18n;
    private final ShellModel shell;
    private final AccountItemsEditorPane editor;

    AccountDetailPane(AccountDetailViewModel model, ShellModel shell, I18n i18n) {
        super(10);
        this.model = model;
        this.i18n = i18n;
        this.shell = shell;
        this.editor = new AccountItemsEditorPane(model.editor(), i18n);
        setPadding(new Insets(4, 12, 12, 12));
        setId("account-detail");
        setFocusTraversable(true);
        model.detailProperty().addListener((o, a, b) -> showDetail(b));
        i18n.languageProperty().addListener((o, a, b) -> showDetail(model.detailProperty().get()));
        model.editor().openProperty().addListener((o, a, b) -> {
            showDetail(model.detailProperty().get());
            // the keyboard lands in the editor when it opens, and back on the pane when it closes
            javafx.application.Platform.runLater(b ? editor::focusFirst : this::requestFocus);
        });
        showDetail(null);
    }

    private void showDetail(AccountDetail d) {
        getChildren().clear();
        if (d == null) {
            Label none = new Label();
            none.textProperty().bind(i18n.bind("finance.accounts.chooseOne"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            getChildren().add(none);
            return;
        }
        AccountRow r = d.row();
        var f = i18n.formats();
        Label title = new Label(r.contractReference() + (r.section() == null ? "" : " · " + r.section()) + " · " + r.period());
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("account-title");
        title.setWrapText(true);
        Label state = new Label(FinanceText.status(i18n, r) + " · " + i18n.text(FinanceLabels.kind(r.kind()))
                + (r.accountVersion() > 1 ? " · " + i18n.text("finance.accounts.version", r.accountVersion()) : ""));
        state.setId("account-status");
        state.setWrapText(true);

        GridPane figures = new GridPane();
        figures.setHgap(16);
        figures.setVgap(4);
        int row = 0;
        row = figure(figures, row, key("finance.accounts.balance"), f.money(r.balance()), "account-balance");
        if (r.stated() != null) {
            row = figure(figures, row, key("finance.accounts.stated"), f.money(r.stated()), "account-stated");
        }
        if (r.flagged()) {
            row = figure(figures, row, key("finance.accounts.difference"), f.money(r.difference()), "account-difference");
        }
        row = figure(figures, row, key("finance.accounts.direction"), i18n.text(FinanceLabels.direction(r.direction())), "account-direction");
        if (r.myAmount() != null) {
            row = figure(figures, row, key("finance.accounts.myAmount"), f.money(r.myAmount()), "account-my-amount");
        }
        if (r.dueDate() != null) {
            figure(figures, row, key("finance.accounts.due"), f.date(r.dueDate())
                    + (r.overdue() ? " · " + i18n.text("finance.overdue") : ""), "account-due");
        }
        Label explained = new Label(model.differenceExplained());
        explained.setId("account-explained");
        explained.setWrapText(true);
        if (r.flagged()) {
            explained.getStyleClass().add(Styles.WARNING);
        }

        TableView<AccountItem> items = FinanceTables.table("account-items", List.of(
                new FinanceColumn<AccountItem>(key("finance.col.item"), ExportTable.Kind.TEXT,
                        it -> i18n.text(FinanceLabels.item(it.type()))),
                new FinanceColumn<AccountItem>(key("finance.col.reference"), ExportTable.Kind.REFERENCE, AccountItem::reference),
                new FinanceColumn<AccountItem>(key("finance.col.amount"), ExportTable.Kind.AMOUNT, AccountItem::amount),
                new FinanceColumn<AccountItem>(key("finance.col.effect"), ExportTable.Kind.AMOUNT,
                        it -> it.effect() != null && it.effect().isZero() ? i18n.text("finance.accounts.memoItem") : it.effect())), i18n);
        items.getItems().setAll(d.items());
        // inside the detail a table scrolls on its own: the detail never grows wider than its pane
        items.setMinWidth(0);
        items.setPrefHeight(Math.min(360, 52 + 40 * Math.max(1, d.items().size())));
        items.setMinHeight(items.getPrefHeight());
        items.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                drill(items.getSelectionModel().getSelectedItem());
            }
        });
        items.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                drill(items.getSelectionModel().getSelectedItem());
            }
        });

        TableView<ParticipantShare> shares = FinanceTables.table("account-shares", List.of(
                new FinanceColumn<ParticipantShare>(key("finance.col.participant"), ExportTable.Kind.TEXT,
                        s -> model.desk().name(s.participantId(), i18n.getLanguage())),
                new FinanceColumn<ParticipantShare>(key("finance.col.share"), ExportTable.Kind.TEXT,
                        s -> s.signedShare() == null ? "" : f.share(s.signedShare())),
                new FinanceColumn<ParticipantShare>(key("finance.col.amount"), ExportTable.Kind.AMOUNT, ParticipantShare::amount),
                new FinanceColumn<ParticipantShare>(key("finance.col.response"), ExportTable.Kind.TEXT,
                        s -> i18n.text(FinanceLabels.response(s.response()))
                                + (s.queryReason() == null ? "" : " — " + s.queryReason()))), i18n);
        shares.getItems().setAll(d.shares());
        shares.setMinWidth(0);
        shares.setPrefHeight(Math.min(300, 52 + 40 * Math.max(1, d.shares().size())));
        shares.setMinHeight(shares.getPrefHeight());

        VBox claims = new VBox(4);
        for (ClaimView c : model.claims()) {
            Hyperlink link = new Hyperlink(i18n.text("finance.accounts.claimLink", c.ucr(), f.money(c.paidTotal())));
            link.setOnAction(e -> shell.open(Page.CLAIMS, c.id().toString(), c.contractReference()));
            claims.getChildren().add(link);
        }
        VBox versions = new VBox(4);
        for (AccountRow v : model.versions()) {
            Hyperlink link = new Hyperlink(i18n.text("finance.accounts.versionLink", v.accountVersion(),
                    i18n.text(FinanceLabels.kind(v.kind())), i18n.text(FinanceLabels.status(v.status())), f.money(v.balance())));
            link.setDisable(v.id().equals(r.id()));
            link.setOnAction(e -> model.open(v.id()));
            versions.getChildren().add(link);
        }

        // the actions sit under the figures they act on, in view without scrolling
        getChildren().addAll(title, state, figures, explained, actions(d), FinanceControls.heading(i18n, key("finance.accounts.items")), items,
                FinanceControls.heading(i18n, key("finance.accounts.shares")), shares);
        if (!claims.getChildren().isEmpty()) {
            getChildren().addAll(FinanceControls.heading(i18n, key("finance.accounts.claims")), claims);
        }
        if (versions.getChildren().size() > 1) {
            getChildren().addAll(FinanceControls.heading(i18n, key("finance.accounts.versions")), versions);
        }
    }

    private void drill(AccountItem item) {
        if (item != null && item.claimId() != null) {
            shell.open(Page.CLAIMS, item.claimId().toString(), null);
        }
    }

    private VBox actions(AccountDetail d) {
        VBox box = new VBox(6);
        HBox buttons = new HBox(8);
        if (model.allows(AccountAction.ISSUE)) {
            buttons.getChildren().add(FinanceControls.button(i18n, "account-issue", key("finance.accounts.issue"), model::issue));
        }
        if (model.allows(AccountAction.AGREE)) {
            Button agree = FinanceControls.button(i18n, "account-agree", key("finance.accounts.agree"), model::agree);
            agree.getStyleClass().add(Styles.SUCCESS);
            buttons.getChildren().add(agree);
        }
        if (model.allows(AccountAction.REGISTER)) {
            buttons.getChildren().add(FinanceControls.button(i18n, "account-register", key("finance.accounts.register"), model::register));
        }
        box.getChildren().add(buttons);
        if (model.allows(AccountAction.QUERY)) {
            TextField reason = new TextField();
            reason.setId("account-query-reason");
            reason.promptTextProperty().bind(i18n.bind("finance.accounts.reasonPrompt"));
            reason.textProperty().bindBidirectional(model.queryReasonProperty());
            reason.setOnAction(e -> model.query());
            HBox.setHgrow(reason, Priority.ALWAYS);
            Button query = FinanceControls.button(i18n, "account-query", key("finance.accounts.query"), model::query);
            Label error = new Label();
            error.setId("account-query-error");
            error.getStyleClass().add(Styles.DANGER);
            error.setWrapText(true);
            error.textProperty().bind(model.queryErrorProperty());
            box.getChildren().addAll(new HBox(8, reason, query), error);
            sceneAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.ALT_DOWN), reason::requestFocus);
        }
        if (model.allows(AccountAction.AGREE)) {
            sceneAccelerator(new KeyCodeCombination(KeyCode.G, KeyCombination.ALT_DOWN), model::agree);
        }
        if (model.editor().isOpen()) {
            box.getChildren().add(editor);
        } else if (model.allows(AccountAction.EDIT_DRAFT) || model.allows(AccountAction.CORRECT)) {
            boolean draft = model.allows(AccountAction.EDIT_DRAFT);
            Button edit = FinanceControls.button(i18n, "account-edit", draft ? key("finance.accounts.editDraft")
                    : key("finance.accounts.correct"), model::startEditing);
            buttons.getChildren().add(edit);
            if (!draft) {
                Label correct = new Label();
                correct.textProperty().bind(i18n.bind("finance.accounts.correctHint"));
                correct.getStyleClass().add(Styles.TEXT_MUTED);
                correct.setWrapText(true);
                box.getChildren().add(correct);
            }
            sceneAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.ALT_DOWN), model::startEditing);
        }
        return box;
    }

    private void sceneAccelerator(KeyCombination keys, Runnable action) {
        if (getScene() != null) {
            getScene().getAccelerators().put(keys, () -> {
                if (getScene() != null && isVisible() && getParent() != null) {
                    action.run();
                }
            });
        }
    }

    private int figure(GridPane grid, int row, String labelKey, String value, String id) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(labelKey));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        // the label wraps when the pane is narrow; the figure beside it never shrinks
        label.setWrapText(true);
        label.setMinWidth(60);
        Label v = new Label(value);
        v.setId(id);
        v.setMinWidth(Label.USE_PREF_SIZE);
        v.getStyleClass().add("rd-amount");
        grid.addRow(row, label, v);
        return row + 1;
    }
}
