package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.finance.AccountQuery;
import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.desk.finance.AccountSort;
import io.redesk.app.desk.finance.FinanceBook;
import io.redesk.app.desk.finance.RowPage;
import io.redesk.app.export.ExportTable;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.task.TaskHandle;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.AccountStatus;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Accounts page's list (issue 12): the technical accounts with search, filters (counterparty,
 * currency, period, status, overdue, difference flagged) and sort, read from {@link FinanceBook} on the
 * executor at every change (filter as you type: a newer query makes an older answer stale), its columns
 * and exports. The open account and its actions are {@link #detail()} ({@link AccountDetailViewModel}),
 * its items editor {@link AccountDetailViewModel#editor()}.
 */
public final class AccountsViewModel {

    private final FinanceContext desk;
    private final TaskExecutor executor;
    private final I18n i18n;

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<UUID> counterparty = new SimpleObjectProperty<>(this, "counterparty");
    private final ObjectProperty<String> currency = new SimpleObjectProperty<>(this, "currency");
    private final ObjectProperty<String> period = new SimpleObjectProperty<>(this, "period");
    private final ObjectProperty<AccountStatus> status = new SimpleObjectProperty<>(this, "status");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly");
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(this, "flaggedOnly");
    private final ObjectProperty<AccountSort> sort = new SimpleObjectProperty<>(this, "sort", AccountSort.PERIOD);
    private final BooleanProperty descending = new SimpleBooleanProperty(this, "descending", true);

    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper(this, "filtered");
    private final ObservableList<UUID> counterparties = FXCollections.observableArrayList();
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ObservableList<String> periods = FXCollections.observableArrayList();

    private final IntegerProperty loads = new SimpleIntegerProperty(this, "loads");
    private final AccountDetailViewModel detail;

    private long generation;
    private TaskHandle running;
    private UUID wantOpen;
    private String wantUmr;
    /** Nanoseconds of the last list query in the book (for the benchmark and the log). */
    private volatile long lastQueryNanos;

    public AccountsViewModel(FinanceContext desk, TaskExecutor executor, I18n i18n) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.detail = new AccountDetailViewModel(desk, executor, i18n, this::reload);
        search.addListener((o, a, b) -> reload());
        counterparty.addListener((o, a, b) -> reload());
        currency.addListener((o, a, b) -> reload());
        period.addListener((o, a, b) -> reload());
        status.addListener((o, a, b) -> reload());
        overdueOnly.addListener((o, a, b) -> reload());
        flaggedOnly.addListener((o, a, b) -> reload());
        sort.addListener((o, a, b) -> reload());
        descending.addListener((o, a, b) -> reload());
        i18n.languageProperty().addListener((o, a, b) -> reload());
    }

    /** The query the filters make now. */
    public AccountQuery currentQuery() {
        AccountQuery q = AccountQuery.all().withText(blankToNull(search.get())).withCounterparty(counterparty.get())
                .withCurrency(currency.get()).withPeriod(period.get())
                .withStatuses(status.get() == null ? Set.of() : Set.of(status.get()))
                .withOverdueOnly(overdueOnly.get()).withFlaggedOnly(flaggedOnly.get());
        return q.sortedBy(sort.get() == null ? AccountSort.PERIOD : sort.get(), descending.get());
    }

    /** Reads the list (and the filter choices) again; an answer to an older query is dropped. */
    public void reload() {
        long mine = ++generation;
        AccountQuery q = currentQuery();
        if (running != null) {
            running.cancel();
        }
        boolean anyFilter = q.text() != null || q.counterpartyId() != null || q.currency() != null || q.period() != null
                || !q.statuses().isEmpty() || q.overdueOnly() || q.flaggedOnly();
        FinanceBook book = desk.book();
        running = executor.execute(BackgroundTask.of("finance-accounts", ctx -> {
            long t0 = System.nanoTime();
            RowPage<AccountRow> page = book.accounts(q);
            lastQueryNanos = System.nanoTime() - t0;
            return new Loaded(page, book.filterChoices());
        }).onSuccess(loaded -> {
            if (mine != generation) {
                return;
            }
            rows.setAll(loaded.page().rows());
            total.set(loaded.page().total());
            filtered.set(anyFilter);
            // the filters' choices change only when the book does: left alone, an open drop-down stays put
            setIfChanged(counterparties, loaded.choices().counterparties());
            setIfChanged(currencies, loaded.choices().currencies());
            setIfChanged(periods, loaded.choices().periods());
            emptyText.set(rows.isEmpty() ? i18n.text(anyFilter ? key("finance.accounts.noMatch")
                    : key("finance.accounts.none")) : "");
            loads.set(loads.get() + 1);
            if (wantUmr != null) {
                openWanted();
            }
            if (wantOpen != null) {
                UUID id = wantOpen;
                wantOpen = null;
                open(id);
            }
        }).onFailure(e -> {
            if (mine == generation) {
                emptyText.set(i18n.text("finance.failed", FinanceText.reason(e)));
            }
        }));
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    private record Loaded(RowPage<AccountRow> page, FinanceBook.FilterChoices choices) {
    }

    /** Clears the search and every filter. */
    public void clearFilters() {
        search.set("");
        counterparty.set(null);
        currency.set(null);
        period.set(null);
        status.set(null);
        overdueOnly.set(false);
        flaggedOnly.set(false);
    }

    /** Opens account {@code id} (from the list, a statement line, a claim, Home). */
    public void open(UUID id) {
        detail.open(id);
    }

    /**
     * Opens the account of contract {@code umr} that most needs a look once the list has loaded
     * ({@code --placement UMR}): one whose stated total differs, else a queried one, else the newest.
     */
    public void openContractWhenLoaded(String umr) {
        wantUmr = umr;
        if (loads.get() > 0) {
            openWanted();
        }
    }

    private void openWanted() {
        String umr = wantUmr;
        wantUmr = null;
        List<AccountRow> of = rows.stream().filter(r -> r.contractReference().equals(umr)).toList();
        of.stream().filter(AccountRow::flagged).findFirst()
                .or(() -> of.stream().filter(r -> r.status() == AccountStatus.QUERIED).findFirst())
                .or(() -> of.stream().findFirst())
                .ifPresent(r -> open(r.id()));
    }

    /** Opens {@code id} once the list has loaded (a page opened from elsewhere). */
    public void openWhenLoaded(UUID id) {
        if (loads.get() > 0) {
            open(id);
        } else {
            wantOpen = id;
        }
    }

    /** The counterparties of a row by name, in the user's language. */
    public String counterpartiesOf(AccountRow r) {
        if (r.counterpartyIds().size() == 1) {
            return desk.name(r.counterpartyIds().get(0), i18n.getLanguage());
        }
        return r.counterpartyIds().stream().map(id -> desk.name(id, i18n.getLanguage())).collect(Collectors.joining(", "));
    }

    /** The columns of the list, on screen and in its exports. */
    public List<FinanceColumn<AccountRow>> columns() {
        // the figures a finance user reads first come before the descriptive columns, so they are in view at 1280 px
        return List.of(
                new FinanceColumn<>(key("finance.col.contract"), ExportTable.Kind.REFERENCE, AccountRow::contractReference),
                new FinanceColumn<>(key("finance.col.period"), ExportTable.Kind.TEXT, AccountRow::period),
                new FinanceColumn<>(key("finance.col.status"), ExportTable.Kind.TEXT, r -> FinanceText.status(i18n, r)),
                new FinanceColumn<>(key("finance.col.balance"), ExportTable.Kind.AMOUNT, AccountRow::balance),
                new FinanceColumn<>(key("finance.col.myAmount"), ExportTable.Kind.AMOUNT, AccountRow::myAmount),
                new FinanceColumn<>(key("finance.col.counterparty"), ExportTable.Kind.TEXT, this::counterpartiesOf),
                new FinanceColumn<>(key("finance.col.stated"), ExportTable.Kind.AMOUNT, AccountRow::stated),
                new FinanceColumn<>(key("finance.col.difference"), ExportTable.Kind.AMOUNT,
                        r -> r.flagged() ? r.difference() : null),
                new FinanceColumn<>(key("finance.col.due"), ExportTable.Kind.DATE, AccountRow::dueDate),
                new FinanceColumn<>(key("finance.col.overdue"), ExportTable.Kind.TEXT,
                        r -> r.overdue() ? FinanceText.label(i18n, key("finance.overdue")) : ""),
                new FinanceColumn<>(key("finance.col.currency"), ExportTable.Kind.TEXT, AccountRow::currency),
                new FinanceColumn<>(key("finance.col.section"), ExportTable.Kind.TEXT, r -> r.section()));
    }

    /** The list as shown (filters, sort), ready for XLSX or CSV. */
    public ExportTable exportTable() {
        return FinanceColumn.export(i18n.text("nav.accounts"), columns(), List.copyOf(rows), i18n::text);
    }

    // --- properties

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<UUID> counterpartyProperty() {
        return counterparty;
    }

    public ObjectProperty<String> currencyProperty() {
        return currency;
    }

    public ObjectProperty<String> periodProperty() {
        return period;
    }

    public ObjectProperty<AccountStatus> statusProperty() {
        return status;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    public ObjectProperty<AccountSort> sortProperty() {
        return sort;
    }

    public BooleanProperty descendingProperty() {
        return descending;
    }

    public ObservableList<AccountRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    public ObservableList<UUID> counterparties() {
        return counterparties;
    }

    public ObservableList<String> currencies() {
        return currencies;
    }

    public ObservableList<String> periods() {
        return periods;
    }

    /** The open account, its actions and its items editor. */
    public AccountDetailViewModel detail() {
        return detail;
    }

    /** How many times the list has loaded (tests and the benchmark wait on it). */
    public IntegerProperty loadsProperty() {
        return loads;
    }

    /** Nanoseconds the book took for the last list query. */
    public long lastQueryNanos() {
        return lastQueryNanos;
    }

    /** The desk (names, exports). */
    public FinanceContext desk() {
        return desk;
    }

    /** Money formatted in the user's locale with its currency ("" for null). */
    public String money(Money m) {
        return m == null ? "" : i18n.formats().money(m);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
