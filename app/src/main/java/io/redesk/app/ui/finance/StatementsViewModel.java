package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.finance.FinanceBook;
import io.redesk.app.desk.finance.SettlementInstruction;
import io.redesk.app.desk.finance.SettlementView;
import io.redesk.app.desk.finance.StatementView;
import io.redesk.app.export.ExportTable;
import io.redesk.app.pdf.StatementSheet;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.account.Ageing;
import io.redesk.domain.account.MonthlyCash;
import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.domain.money.FxRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Statements page's state (issue 12): statements of account per counterparty × currency × period,
 * the open one's lines and its netting line by line, the settlements with that counterparty in that
 * currency (currency and FX rate with source and date, the cross-border RMB flag with the exchange's
 * verdict, payments, residue), the settlement actions, and the ageing and cash-by-month figures the
 * charts draw (computed by {@code domain}'s {@link Ageing} and {@link MonthlyCash}).
 */
public final class StatementsViewModel {

    private final FinanceContext desk;
    private final TaskExecutor executor;
    private final I18n i18n;

    private final ObservableList<StatementView> statements = FXCollections.observableArrayList();
    private final ObjectProperty<StatementView> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<SettlementView> settlements = FXCollections.observableArrayList();
    private final ObservableList<Ageing.Row> ageing = FXCollections.observableArrayList();
    private final ObservableList<MonthlyCash.Month> cash = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");

    // the settlement form
    private final StringProperty settlementCurrency = new SimpleStringProperty(this, "settlementCurrency", "");
    private final StringProperty fxRate = new SimpleStringProperty(this, "fxRate", "");
    private final StringProperty fxSource = new SimpleStringProperty(this, "fxSource", "");
    private final StringProperty fxDate = new SimpleStringProperty(this, "fxDate", "");
    private final BooleanProperty crossBorderRmb = new SimpleBooleanProperty(this, "crossBorderRmb");
    // the payment form
    private final StringProperty paymentAmount = new SimpleStringProperty(this, "paymentAmount", "");
    private final StringProperty bankReference = new SimpleStringProperty(this, "bankReference", "");
    private final StringProperty valueDate = new SimpleStringProperty(this, "valueDate", "");

    private List<SettlementView> allSettlements = List.of();

    public StatementsViewModel(FinanceContext desk, TaskExecutor executor, I18n i18n) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        selected.addListener((o, a, b) -> showSettlements());
        for (StringProperty p : List.of(settlementCurrency, fxRate, fxSource, fxDate, paymentAmount, bankReference, valueDate)) {
            p.addListener((o, a, b) -> formError.set(""));
        }
    }

    /** Reads statements, settlements and the chart figures again. */
    public void reload() {
        FinanceBook book = desk.book();
        executor.execute(BackgroundTask.of("finance-statements", ctx -> {
            List<StatementView> all = book.statements(null, null, null);
            List<SettlementView> sets = book.settlements();
            return new Loaded(all, sets, ageingOf(all, book), cashOf(sets));
        }).onSuccess(l -> {
            StatementView was = selected.get();
            statements.setAll(l.statements());
            allSettlements = l.settlements();
            ageing.setAll(l.ageing());
            cash.setAll(l.cash());
            emptyText.set(statements.isEmpty() ? i18n.text("finance.statements.none") : "");
            // the first visit opens a statement by itself: the first with something left to settle
            selected.set(was == null
                    ? l.statements().stream().filter(s -> !s.netting().isEmpty()).findFirst()
                            .orElse(l.statements().isEmpty() ? null : l.statements().get(0))
                    : l.statements().stream().filter(s -> sameKey(s, was)).findFirst().orElse(null));
            showSettlements();
        }).onFailure(e -> emptyText.set(i18n.text("finance.failed", FinanceText.reason(e)))));
    }

    private record Loaded(List<StatementView> statements, List<SettlementView> settlements, List<Ageing.Row> ageing,
                          List<MonthlyCash.Month> cash) {
    }

    private static boolean sameKey(StatementView a, StatementView b) {
        return a.counterpartyId().equals(b.counterpartyId()) && a.currency().equals(b.currency()) && a.period().equals(b.period());
    }

    /** Open amounts on the statements (not settled, not superseded) aged from their due date. */
    static List<Ageing.Row> ageingOf(List<StatementView> statements, FinanceBook book) {
        List<Ageing.OpenAmount> open = new ArrayList<>();
        for (StatementView s : statements) {
            LocalDate due = book.dueDate(s.period());
            for (StatementView.Line line : s.lines()) {
                if (line.status() != AccountStatus.SETTLED && line.status() != AccountStatus.SUPERSEDED
                        && line.status() != AccountStatus.DRAFT) {
                    open.add(new Ageing.OpenAmount(s.counterpartyId().toString(), line.amount(), due));
                }
            }
        }
        return Ageing.age(open, book.today());
    }

    /** Payments received (+) and made (−) by month. */
    static List<MonthlyCash.Month> cashOf(List<SettlementView> settlements) {
        List<MonthlyCash.Payment> payments = new ArrayList<>();
        for (SettlementView s : settlements) {
            for (SettlementView.Payment p : s.payments()) {
                if (p.valueDate() != null) {
                    payments.add(new MonthlyCash.Payment(p.valueDate(), s.userPays() ? p.amount().negate() : p.amount()));
                }
            }
        }
        return MonthlyCash.byMonth(payments);
    }

    private void showSettlements() {
        StatementView s = selected.get();
        if (s == null) {
            settlements.clear();
            return;
        }
        settlements.setAll(allSettlements.stream().filter(x -> s.counterpartyId().equals(x.counterpartyId())
                && x.net().currency().getCurrencyCode().equals(s.currency())).toList());
    }

    /** The counterparty's name in the user's language. */
    public String name(UUID id) {
        return desk.name(id, i18n.getLanguage());
    }

    /** The net in words from the user's side: due to you, due to the counterparty, nothing to settle. */
    public String direction(StatementView s) {
        if (s.total().isPositive()) {
            return i18n.text("finance.statements.dueToYou", desk.organisationName());
        }
        if (s.total().isNegative()) {
            return i18n.text("finance.statements.dueTo", name(s.counterpartyId()));
        }
        return i18n.text("finance.statements.nil");
    }

    /** The list of statements, on screen and exported. */
    public List<FinanceColumn<StatementView>> columns() {
        return List.of(
                new FinanceColumn<>(key("finance.col.counterparty"), ExportTable.Kind.TEXT, s -> name(s.counterpartyId())),
                new FinanceColumn<>(key("finance.col.period"), ExportTable.Kind.TEXT, StatementView::period),
                new FinanceColumn<>(key("finance.col.currency"), ExportTable.Kind.TEXT, StatementView::currency),
                new FinanceColumn<>(key("finance.col.total"), ExportTable.Kind.AMOUNT, StatementView::total),
                new FinanceColumn<>(key("finance.col.direction"), ExportTable.Kind.TEXT, this::direction),
                new FinanceColumn<>(key("finance.col.accounts"), ExportTable.Kind.NUMBER, s -> BigDecimal.valueOf(s.lines().size())));
    }

    /** The open statement's lines, on screen and exported. */
    public List<FinanceColumn<StatementView.Line>> lineColumns() {
        return List.of(
                new FinanceColumn<>(key("finance.col.contract"), ExportTable.Kind.REFERENCE, StatementView.Line::contractReference),
                new FinanceColumn<>(key("finance.col.kind"), ExportTable.Kind.TEXT,
                        l -> l.kind() == null ? "" : i18n.text(FinanceLabels.kind(l.kind()))),
                new FinanceColumn<>(key("finance.col.status"), ExportTable.Kind.TEXT,
                        l -> l.status() == null ? "" : i18n.text(FinanceLabels.status(l.status()))),
                new FinanceColumn<>(key("finance.col.amount"), ExportTable.Kind.AMOUNT, StatementView.Line::amount));
    }

    public ExportTable exportStatements() {
        return FinanceColumn.export(i18n.text("nav.statements"), columns(), List.copyOf(statements), i18n::text);
    }

    /** The open statement's lines with a closing total row, as the XLSX of one statement. */
    public ExportTable exportStatement() {
        StatementView s = Objects.requireNonNull(selected.get(), "no statement open");
        List<StatementView.Line> lines = new ArrayList<>(s.lines());
        List<FinanceColumn<StatementView.Line>> cols = lineColumns();
        ExportTable body = FinanceColumn.export(name(s.counterpartyId()) + " " + s.period() + " " + s.currency(), cols,
                lines, i18n::text);
        List<List<Object>> rows = new ArrayList<>();
        body.rows().forEach(rows::add);
        rows.add(java.util.Arrays.asList(i18n.text("finance.statements.net"), "", direction(s), s.total()));
        return new ExportTable(body.title(), body.columns(), rows);
    }

    /** The open statement as its PDF sheet, with the latest settlement of its net, if any. */
    public StatementSheet sheet() {
        StatementView s = Objects.requireNonNull(selected.get(), "no statement open");
        List<StatementSheet.Line> lines = s.lines().stream().map(l -> new StatementSheet.Line(l.contractReference(),
                l.kind() == null ? "" : i18n.text(FinanceLabels.kind(l.kind())),
                l.status() == null ? "" : i18n.text(FinanceLabels.status(l.status())), l.amount())).toList();
        StatementSheet.Settlement settlement = settlements.isEmpty() ? null : settlementBlock(settlements.get(0));
        return new StatementSheet(desk.organisationName(), name(s.counterpartyId()), s.period(),
                Currency.getInstance(s.currency()), desk.book().today(), lines, s.total(), direction(s), settlement);
    }

    private StatementSheet.Settlement settlementBlock(SettlementView x) {
        FxRate fx = x.fxRate();
        String rmb = x.crossBorderVerdict() != null ? i18n.text("finance.rmb.refused", x.crossBorderVerdict())
                : x.crossBorderRmb() ? i18n.text("finance.rmb.accepted") : i18n.text("finance.rmb.notAsked");
        return new StatementSheet.Settlement(x.due(), fx == null ? null : fx.rate().toPlainString(), fx == null ? null : fx.source(),
                fx == null ? null : fx.date(), rmb, i18n.text(FinanceLabels.settlement(x.status())), x.paid(), x.residue(),
                x.confirmedBankReference());
    }

    /** The settlement's cross-border RMB state in words, with the exchange's verdict. */
    public String rmb(SettlementView x) {
        return settlementBlock(x).crossBorderRmb();
    }

    /** Instructs the settlement of the open statement's agreed amounts with the form's currency and rate. */
    public void instruct() {
        StatementView s = selected.get();
        if (s == null) {
            return;
        }
        String to = settlementCurrency.get() == null ? "" : settlementCurrency.get();
        FxRate rate = null;
        if (!to.isEmpty() && !to.equals(s.currency())) {
            if (!to.matches("[A-Z]{3}")) {
                formError.set(i18n.text("finance.settle.badCurrency", to));
                return;
            }
            String r = fxRate.get() == null ? "" : fxRate.get();
            if (!r.matches("\\d+(\\.\\d+)?") || new BigDecimal(r).signum() <= 0) {
                formError.set(i18n.text("finance.settle.badRate", r));
                return;
            }
            if (fxSource.get() == null || fxSource.get().isBlank()) {
                formError.set(i18n.text("finance.settle.sourceRequired"));
                return;
            }
            Optional<LocalDate> date = date(fxDate.get());
            if (date.isEmpty()) {
                formError.set(i18n.text("finance.settle.badDate", fxDate.get()));
                return;
            }
            rate = new FxRate(Currency.getInstance(s.currency()), Currency.getInstance(to), new BigDecimal(r), fxSource.get(),
                    date.get());
        }
        SettlementInstruction instruction = new SettlementInstruction(s.counterpartyId(), s.currency(),
                to.isEmpty() ? null : to, rate, crossBorderRmb.get());
        run(() -> desk.actions().instructSettlement(instruction), i18n.text("finance.settle.instructed", name(s.counterpartyId())));
    }

    /** Records a (partial) payment on {@code x} from the payment form. */
    public void recordPayment(SettlementView x) {
        Money amount;
        try {
            amount = Money.of(paymentAmount.get(), x.due().currency().getCurrencyCode());
        } catch (RuntimeException e) {
            formError.set(i18n.text("finance.settle.badAmount", paymentAmount.get(), x.due().currency().getCurrencyCode()));
            return;
        }
        Optional<LocalDate> date = date(valueDate.get());
        if (date.isEmpty()) {
            formError.set(i18n.text("finance.settle.badDate", valueDate.get()));
            return;
        }
        if (bankReference.get() == null || bankReference.get().isBlank()) {
            formError.set(i18n.text("finance.settle.referenceRequired"));
            return;
        }
        run(() -> desk.actions().recordPayment(x.id(), amount, bankReference.get(), date.get()),
                i18n.text("finance.settle.paid", i18n.formats().money(amount)));
    }

    /** Confirms {@code x} received with the bank reference of the payment form. */
    public void confirm(SettlementView x) {
        if (bankReference.get() == null || bankReference.get().isBlank()) {
            formError.set(i18n.text("finance.settle.referenceRequired"));
            return;
        }
        run(() -> desk.actions().confirmSettlement(x.id(), bankReference.get()), i18n.text("finance.settle.confirmed"));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text == null ? "" : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private interface Act {
        Object run();
    }

    private void run(Act act, String done) {
        executor.execute(BackgroundTask.of("finance-settlement", ctx -> act.run()).onSuccess(q -> {
            message.set(done);
            paymentAmount.set("");
            reload();
        }).onFailure(e -> formError.set(i18n.text("finance.refused", FinanceText.reason(e)))));
    }

    public ObservableList<StatementView> statements() {
        return statements;
    }

    public ObjectProperty<StatementView> selectedProperty() {
        return selected;
    }

    public ObservableList<SettlementView> settlements() {
        return settlements;
    }

    public ObservableList<Ageing.Row> ageing() {
        return ageing;
    }

    public ObservableList<MonthlyCash.Month> cash() {
        return cash;
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public StringProperty settlementCurrencyProperty() {
        return settlementCurrency;
    }

    public StringProperty fxRateProperty() {
        return fxRate;
    }

    public StringProperty fxSourceProperty() {
        return fxSource;
    }

    public StringProperty fxDateProperty() {
        return fxDate;
    }

    public BooleanProperty crossBorderRmbProperty() {
        return crossBorderRmb;
    }

    public StringProperty paymentAmountProperty() {
        return paymentAmount;
    }

    public StringProperty bankReferenceProperty() {
        return bankReference;
    }

    public StringProperty valueDateProperty() {
        return valueDate;
    }

    public FinanceContext desk() {
        return desk;
    }
}
