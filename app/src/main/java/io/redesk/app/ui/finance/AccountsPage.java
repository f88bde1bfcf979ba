package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.shell.ShellModel;
import io.redesk.app.ui.theme.AppStyles;
import io.redesk.sdk.model.account.AccountStatus;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Accounts page (issue 12): a toolbar of search and filters, the accounts table (figures
 * right-aligned, never cut off), and the open account: figures with the difference explained, items,
 * shares, claims, versions and the actions the user may take. It only builds nodes and binds; the
 * {@link AccountsViewModel} holds the state.
 */
public final class AccountsPage extends VBox {

    private final AccountsViewModel model;
    private final I18n i18n;

    public AccountsPage(AccountsViewModel model, FinanceExporter exporter, ShellModel shell, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + Page.ACCOUNTS.id());
        setSpacing(8);

        TextField search = new TextField();
        search.setId("accounts-search");
        search.promptTextProperty().bind(i18n.bind("finance.accounts.searchPrompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(24);

        ComboBox<UUID> counterparty = new ComboBox<>(model.counterparties());
        counterparty.setId("accounts-counterparty");
        counterparty.promptTextProperty().bind(i18n.bind("finance.filter.counterparty"));
        counterparty.setConverter(converter(id -> id == null ? i18n.text("finance.filter.all")
                : model.desk().name(id, i18n.getLanguage())));
        counterparty.valueProperty().bindBidirectional(model.counterpartyProperty());
        ComboBox<String> currency = choice("accounts-currency", model.currencies(), key("finance.filter.currency"));
        currency.valueProperty().bindBidirectional(model.currencyProperty());
        ComboBox<String> period = choice("accounts-period", model.periods(), key("finance.filter.period"));
        period.valueProperty().bindBidirectional(model.periodProperty());
        ComboBox<AccountStatus> status = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(AccountStatus.values()));
        status.setId("accounts-status");
        status.promptTextProperty().bind(i18n.bind("finance.filter.status"));
        status.setConverter(converter(s -> s == null ? i18n.text("finance.filter.all") : i18n.text(FinanceLabels.status(s))));
        status.valueProperty().bindBidirectional(model.statusProperty());
        CheckBox overdue = new CheckBox();
        overdue.setId("accounts-overdue");
        overdue.textProperty().bind(i18n.bind("finance.filter.overdue"));
        overdue.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        CheckBox flagged = new CheckBox();
        flagged.setId("accounts-flagged");
        flagged.textProperty().bind(i18n.bind("finance.filter.flagged"));
        flagged.selectedProperty().bindBidirectional(model.flaggedOnlyProperty());
        Hyperlink clear = new Hyperlink();
        clear.setId("accounts-clear");
        clear.textProperty().bind(i18n.bind("finance.filter.clear"));
        clear.setOnAction(e -> model.clearFilters());
        Label count = new Label();
        count.setId("accounts-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("finance.accounts.count",
                model.totalProperty().get()), model.totalProperty(), i18n.languageProperty()));

        FlowPane toolbar = new FlowPane(8, 6, search, counterparty, currency, period, status, overdue, flagged, clear,
                count, exporter.buttons("accounts", model::exportTable));
        toolbar.setPadding(new Insets(0, 0, 4, 0));

        AccountDetailPane detailPane = new AccountDetailPane(model.detail(), shell, i18n);
        TableView<AccountRow> table = FinanceTables.table("accounts-table", model.columns(), i18n);
        table.setItems(model.rows());
        Label empty = new Label();
        empty.setId("accounts-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(model.emptyTextProperty());
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.open(b.id());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                model.open(table.getSelectionModel().getSelectedItem().id());
                detailPane.requestFocus();
            }
        });

        ScrollPane detailScroll = new ScrollPane(detailPane);
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, detailScroll);
        split.setDividerPositions(0.56);
        VBox.setVgrow(split, Priority.ALWAYS);
        split.setMinHeight(420);

        Label message = new Label();
        message.setId("accounts-message");
        message.setWrapText(true);
        message.textProperty().bind(model.detail().messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        getChildren().addAll(new PageHeader(Page.ACCOUNTS, i18n), toolbar, message, split);
        model.detail().detailProperty().addListener((o, a, b) -> {
            // opened from elsewhere (Home, a statement, --placement): the list shows which row it is
            if (b != null && (table.getSelectionModel().getSelectedItem() == null
                    || !table.getSelectionModel().getSelectedItem().id().equals(b.row().id()))) {
                model.rows().stream().filter(r -> r.id().equals(b.row().id())).findFirst().ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                });
            }
        });

        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (isVisible() && getScene() != null) {
                        search.requestFocus();
                    }
                });
            }
        });
        model.reload();
    }

    private ComboBox<String> choice(String id, javafx.collections.ObservableList<String> items, String promptKey) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.promptTextProperty().bind(i18n.bind(promptKey));
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    /** The page's view-model (the benchmark types into it). */
    AccountsViewModel modelForBench() {
        return model;
    }

    /** Opens the newest account of contract {@code umr} ({@code --placement UMR}). */
    public void openContract(String umr) {
        model.openContractWhenLoaded(umr);
    }

    /** Opens account {@code id} once the list is loaded (Home, a statement line, a claim). */
    public void open(UUID id) {
        model.openWhenLoaded(id);
    }
}
