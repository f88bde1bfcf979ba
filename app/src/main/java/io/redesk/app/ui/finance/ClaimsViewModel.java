package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.finance.AccountQuery;
import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.desk.finance.CashCallView;
import io.redesk.app.desk.finance.ClaimAdvice;
import io.redesk.app.desk.finance.ClaimMovements;
import io.redesk.app.desk.finance.ClaimRegistrationFields;
import io.redesk.app.desk.finance.ClaimView;
import io.redesk.app.desk.finance.FinanceInputException;
import io.redesk.app.export.ExportTable;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The Claims page's state (issues 11 and 12): the claims of the book (advice, reserve, payment requests), a
 * search over reference, contract and cause, and the open claim with its reserve movements (up or down, with the
 * resulting outstanding), cash calls (requested, paid in part, residue) and payments, each linked to the
 * technical-account item that carries it. The claim actions (advise, move the reserve, call cash, pay the user's
 * share of a call, register) go through {@link io.redesk.app.desk.finance.FinanceActions}: the form's text is taken
 * exactly (an amount with spaces or a date not in {@code yyyy-MM-dd} is refused, never trimmed) and every refusal,
 * the view-model's own or the actions', is shown in the user's language under the field it concerns
 * ({@link #errors()} by field name).
 */
public final class ClaimsViewModel {

    /** A plain decimal, exactly as typed: digits, an optional minus and decimal part; no spaces, no grouping. */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** The refusals the bundles word themselves, by the actions' code; others show the action's own reason. */
    static final Map<String, String> ERROR_KEYS = Map.ofEntries(
            Map.entry("required", key("finance.claims.error.required")),
            Map.entry("whitespace", key("finance.claims.error.whitespace")),
            Map.entry("controlCharacter", key("finance.claims.error.controlCharacter")),
            Map.entry("tooLong", key("finance.claims.error.tooLong")),
            Map.entry("negative", key("finance.claims.error.negative")),
            Map.entry("duplicateUcr", key("finance.claims.error.duplicateUcr")),
            Map.entry("notAllowed", key("finance.claims.error.notAllowed")),
            Map.entry("notFound", key("finance.claims.error.notFound")),
            Map.entry("alreadyPaid", key("finance.claims.error.alreadyPaid")),
            Map.entry("alreadyRegistered", key("finance.claims.error.alreadyRegistered")),
            Map.entry("noContractReference", key("finance.claims.error.noContractReference")),
            Map.entry("claim.reserveUnchanged", key("finance.claims.error.claim.reserveUnchanged")),
            Map.entry("claim.reserveNegative", key("finance.claims.error.claim.reserveNegative")),
            Map.entry("claim.reserveCurrency", key("finance.claims.error.claim.reserveCurrency")),
            Map.entry("cashCall.notPositive", key("finance.claims.error.cashCall.notPositive")),
            Map.entry("cashCall.wrongCurrency", key("finance.claims.error.cashCall.wrongCurrency")));

    /** Form fields: the keys of {@link #errors()}. */
    public static final String RESERVE_OUTSTANDING = "reserve.outstanding";
    public static final String RESERVE_REASON = "reserve.reason";
    public static final String RESERVE_DATE = "reserve.effectiveDate";
    public static final String CASH_AMOUNT = "cash.amount";
    public static final String CASH_DUE = "cash.dueDate";
    public static final String CASH_REFERENCE = "cash.reference";
    public static final String PAY_REFERENCE = "pay.bankReference";
    public static final String REGISTER = "register";
    public static final String ADVICE_CONTRACT = "advice.placementId";
    public static final String ADVICE_UCR = "advice.ucr";
    public static final String ADVICE_LOSS_DATE = "advice.lossDate";
    public static final String ADVICE_CAUSE = "advice.cause";
    public static final String ADVICE_DESCRIPTION = "advice.description";
    public static final String ADVICE_RESERVE = "advice.reserve";
    public static final String ADVICE_CURRENCY = "advice.currency";

    /** A contract the user's organisation brokers, to advise a claim on. */
    public record Contract(UUID placementId, String reference) {
        @Override
        public String toString() {
            return reference == null ? placementId.toString() : reference;
        }
    }

    private final FinanceContext desk;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ObservableList<ClaimView> rows = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<ClaimView> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<ClaimMovements> movements = new ReadOnlyObjectWrapper<>(this, "movements");
    private final ReadOnlyObjectWrapper<ClaimRegistrationFields> registration = new ReadOnlyObjectWrapper<>(this, "registration");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObservableList<Contract> contracts = FXCollections.observableArrayList();
    private final BooleanProperty advising = new SimpleBooleanProperty(this, "advising", false);

    // the forms
    private final StringProperty outstanding = new SimpleStringProperty(this, "outstanding", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty effectiveDate = new SimpleStringProperty(this, "effectiveDate", "");
    private final StringProperty cashAmount = new SimpleStringProperty(this, "cashAmount", "");
    private final StringProperty cashDue = new SimpleStringProperty(this, "cashDue", "");
    private final StringProperty cashReference = new SimpleStringProperty(this, "cashReference", "");
    private final Map<UUID, StringProperty> payReferences = new LinkedHashMap<>();
    private final ObjectProperty<Contract> adviceContract = new SimpleObjectProperty<>(this, "adviceContract");
    private final StringProperty adviceUcr = new SimpleStringProperty(this, "adviceUcr", "");
    private final StringProperty adviceLossDate = new SimpleStringProperty(this, "adviceLossDate", "");
    private final StringProperty adviceCause = new SimpleStringProperty(this, "adviceCause", "");
    private final StringProperty adviceDescription = new SimpleStringProperty(this, "adviceDescription", "");
    private final StringProperty adviceReserve = new SimpleStringProperty(this, "adviceReserve", "");
    private final StringProperty adviceCurrency = new SimpleStringProperty(this, "adviceCurrency", "CNY");

    private List<ClaimView> all = List.of();
    private UUID wantOpen;

    public ClaimsViewModel(FinanceContext desk, TaskExecutor executor, I18n i18n) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        search.addListener((o, a, b) -> filter());
        selected.addListener((o, a, b) -> {
            errors.clear();
            if (a == null || b == null || !a.id().equals(b.id())) {
                payReferences.clear();
                message.set("");
            }
            loadMovements(b);
        });
        for (StringProperty p : List.of(outstanding, reason, effectiveDate)) {
            p.addListener((o, a, b) -> errors.keySet().removeIf(k -> k.startsWith("reserve.")));
        }
        for (StringProperty p : List.of(cashAmount, cashDue, cashReference)) {
            p.addListener((o, a, b) -> errors.keySet().removeIf(k -> k.startsWith("cash.")));
        }
        for (StringProperty p : List.of(adviceUcr, adviceLossDate, adviceCause, adviceDescription, adviceReserve, adviceCurrency)) {
            p.addListener((o, a, b) -> errors.keySet().removeIf(k -> k.startsWith("advice.")));
        }
    }

    public void reload() {
        executor.execute(BackgroundTask.of("finance-claims", ctx -> desk.book().claims()).onSuccess(list -> {
            all = list;
            filter();
            ClaimView open = selected.get();
            if (wantOpen != null) {
                open(wantOpen);
                wantOpen = null;
            } else if (open != null) {
                // the same claim as the book has it now (a queued action shows at once)
                all.stream().filter(c -> c.id().equals(open.id())).findFirst().ifPresentOrElse(selected::set, () -> selected.set(null));
            } else if (!rows.isEmpty()) {
                selected.set(rows.get(0)); // the newest claim opens with the page
            }
        }).onFailure(e -> emptyText.set(i18n.text("finance.failed", FinanceText.reason(e)))));
    }

    private void loadMovements(ClaimView c) {
        if (c == null) {
            movements.set(null);
            registration.set(null);
            return;
        }
        UUID id = c.id();
        executor.execute(BackgroundTask.of("finance-claim-movements", ctx -> new Object[] {
                desk.book().claimMovements(id).orElse(null), desk.book().claimRegistration(id).orElse(null)}).onSuccess(r -> {
                    ClaimView now = selected.get();
                    if (now != null && now.id().equals(id)) {
                        movements.set((ClaimMovements) r[0]);
                        registration.set((ClaimRegistrationFields) r[1]);
                    }
                }).onFailure(e -> message.set(i18n.text("finance.failed", FinanceText.reason(e)))));
    }

    private void filter() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        rows.setAll(q.isEmpty() ? all : all.stream().filter(c -> contains(c.ucr(), q) || contains(c.contractReference(), q)
                || contains(c.cause(), q)).toList());
        emptyText.set(rows.isEmpty() ? i18n.text(q.isEmpty() ? key("finance.claims.none") : key("finance.claims.noMatch")) : "");
    }

    private static boolean contains(String s, String q) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(q);
    }

    /** Opens claim {@code id} (from an account's item), once the list is loaded. */
    public void open(UUID id) {
        if (all.isEmpty()) {
            wantOpen = id;
            return;
        }
        search.set("");
        advising.set(false);
        all.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(selected::set);
    }

    // --- what the user may do

    /** Whether the user's organisation moves the open claim's reserve, calls cash and registers it. */
    public boolean mayPrepare() {
        ClaimView c = selected.get();
        return c != null && c.placingBroker();
    }

    /** Whether the user's organisation has a share of {@code call} still to pay (and no payment of it on its way). */
    public boolean mayPay(CashCallView call) {
        return !call.sync().pending() && call.shares().stream()
                .anyMatch(s -> s.participantId().equals(desk.book().organisationId()) && !s.paid());
    }

    /** Whether the open claim may be registered now (the placing broker's, not registered, nothing queued). */
    public boolean mayRegister() {
        ClaimRegistrationFields f = registration.get();
        return mayPrepare() && f != null && !f.registered() && !f.sync().pending();
    }

    /** The bank reference field of the payment form of {@code call}. */
    public StringProperty payReference(UUID callId) {
        return payReferences.computeIfAbsent(callId, k -> {
            StringProperty p = new SimpleStringProperty(this, "payReference", "");
            p.addListener((o, a, b) -> errors.remove(PAY_REFERENCE + ":" + callId));
            return p;
        });
    }

    // --- the actions

    /** Moves the open claim's reserve to the form's outstanding figure. */
    public void moveReserve() {
        ClaimView c = selected.get();
        if (c == null || c.reserve() == null) {
            return;
        }
        Optional<Money> next = amount(RESERVE_OUTSTANDING, outstanding.get(), c.reserve().currency().getCurrencyCode());
        Optional<LocalDate> date = date(RESERVE_DATE, effectiveDate.get());
        if (next.isEmpty() || date.isEmpty()) {
            return;
        }
        act(() -> desk.actions().moveReserve(c.id(), next.get(), reason.get(), date.get()), "reserve.",
                Map.of("outstanding", RESERVE_OUTSTANDING, "outstanding.amount", RESERVE_OUTSTANDING,
                        "outstanding.currency", RESERVE_OUTSTANDING, "reason", RESERVE_REASON, "effectiveDate", RESERVE_DATE),
                RESERVE_OUTSTANDING, () -> {
                    outstanding.set("");
                    reason.set("");
                    return i18n.text("finance.claims.reserveMoved", c.ucr(), i18n.formats().money(next.get()));
                });
    }

    /** Calls cash on the open claim with the form's amount, due date and reference. */
    public void requestCashCall() {
        ClaimView c = selected.get();
        if (c == null || c.reserve() == null) {
            return;
        }
        Optional<Money> amount = amount(CASH_AMOUNT, cashAmount.get(), c.reserve().currency().getCurrencyCode());
        Optional<LocalDate> due = date(CASH_DUE, cashDue.get());
        if (amount.isEmpty() || due.isEmpty()) {
            return;
        }
        act(() -> desk.actions().requestCashCall(c.id(), amount.get(), due.get(), cashReference.get()), "cash.",
                Map.of("amount", CASH_AMOUNT, "amount.amount", CASH_AMOUNT, "amount.currency", CASH_AMOUNT, "dueDate", CASH_DUE,
                        "reference", CASH_REFERENCE),
                CASH_AMOUNT, () -> {
                    cashAmount.set("");
                    cashReference.set("");
                    return i18n.text("finance.claims.cashCalled", c.ucr(), i18n.formats().money(amount.get()));
                });
    }

    /** Records that the user's organisation paid its share of {@code call}, with the form's bank reference. */
    public void payCashCall(CashCallView call) {
        String field = PAY_REFERENCE + ":" + call.id();
        StringProperty ref = payReference(call.id());
        act(() -> desk.actions().payCashCall(call.id(), ref.get()), field,
                Map.of("bankReference", field, "cashCallId", field), field, () -> {
                    ref.set("");
                    return i18n.text("finance.claims.sharePaid", call.reference() == null ? "" : call.reference());
                });
    }

    /** Registers the open claim (the fields {@link #registrationProperty()} shows). */
    public void registerClaim() {
        ClaimView c = selected.get();
        if (c == null) {
            return;
        }
        act(() -> desk.actions().registerClaim(c.id()), REGISTER, Map.of("claimId", REGISTER), REGISTER,
                () -> i18n.text("finance.claims.registrationQueued", c.ucr()));
    }

    /** Shows the advice form (with the contracts the user's organisation brokers). */
    public void startAdvice() {
        errors.clear();
        advising.set(true);
        executor.execute(BackgroundTask.of("finance-claim-contracts", ctx -> brokered()).onSuccess(list -> {
            contracts.setAll(list);
            if (adviceContract.get() == null && !list.isEmpty()) {
                adviceContract.set(list.get(0));
            }
        }));
    }

    public void cancelAdvice() {
        advising.set(false);
        errors.keySet().removeIf(k -> k.startsWith("advice."));
    }

    private List<Contract> brokered() {
        UUID me = desk.book().organisationId();
        Map<UUID, Contract> out = new LinkedHashMap<>();
        for (AccountRow r : desk.book().accounts(AccountQuery.all()).rows()) {
            if (me.equals(r.brokerId()) && r.placementId() != null) {
                out.putIfAbsent(r.placementId(), new Contract(r.placementId(), r.contractReference()));
            }
        }
        for (ClaimView c : desk.book().claims()) {
            if (c.placingBroker()) {
                out.putIfAbsent(c.placementId(), new Contract(c.placementId(), c.contractReference()));
            }
        }
        return out.values().stream().sorted(java.util.Comparator.comparing(Contract::toString)).toList();
    }

    /** Advises a claim from the advice form. */
    public void advise() {
        Contract contract = adviceContract.get();
        if (contract == null) {
            errors.put(ADVICE_CONTRACT, i18n.text("finance.claims.error.required"));
            return;
        }
        String ccy = adviceCurrency.get() == null ? "" : adviceCurrency.get();
        if (!ccy.matches("[A-Z]{3}") || !known(ccy)) {
            errors.put(ADVICE_CURRENCY, i18n.text("finance.claims.error.currency", ccy));
            return;
        }
        Optional<LocalDate> loss = date(ADVICE_LOSS_DATE, adviceLossDate.get());
        Optional<Money> reserve = amount(ADVICE_RESERVE, adviceReserve.get(), ccy);
        if (loss.isEmpty() || reserve.isEmpty()) {
            return;
        }
        ClaimAdvice advice = new ClaimAdvice(contract.placementId(), adviceUcr.get(), loss.get(), adviceCause.get(),
                adviceDescription.get(), reserve.get());
        act(() -> desk.actions().adviseClaim(advice), "advice.",
                Map.of("placementId", ADVICE_CONTRACT, "ucr", ADVICE_UCR, "lossDate", ADVICE_LOSS_DATE, "cause", ADVICE_CAUSE,
                        "description", ADVICE_DESCRIPTION, "reserve", ADVICE_RESERVE),
                ADVICE_UCR, () -> {
                    advising.set(false);
                    String ucr = adviceUcr.get();
                    for (StringProperty p : List.of(adviceUcr, adviceLossDate, adviceCause, adviceDescription, adviceReserve)) {
                        p.set("");
                    }
                    return i18n.text("finance.claims.advised", ucr);
                });
    }

    private static boolean known(String ccy) {
        try {
            Currency.getInstance(ccy);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Runs an action in the background; a refusal goes under the field it names ({@code fields} maps the action's
     * field names to the form's; anything else under {@code fallback}), in the user's language.
     */
    private void act(Supplier<Object> action, String clearPrefix, Map<String, String> fields, String fallback,
                     Supplier<String> done) {
        errors.keySet().removeIf(k -> k.startsWith(clearPrefix));
        message.set("");
        executor.execute(BackgroundTask.of("finance-claim-action", ctx -> action.get()).onSuccess(q -> {
            message.set(done.get());
            reload();
        }).onFailure(e -> {
            if (e instanceof FinanceInputException f) {
                errors.put(fields.getOrDefault(f.field(), fallback), error(f));
            } else {
                errors.put(fallback, i18n.text("finance.refused", FinanceText.reason(e)));
            }
        }));
    }

    /** A refusal in the user's language: its code's own text where the bundle has one, else the general one. */
    String error(FinanceInputException f) {
        String k = ERROR_KEYS.get(f.code());
        return k != null ? i18n.text(k) : i18n.text(key("finance.claims.error.other"), f.getMessage());
    }

    /** An amount exactly as typed in {@code currency}; a refusal under {@code field} when it is not one. */
    private Optional<Money> amount(String field, String text, String currency) {
        if (text == null || text.isEmpty()) {
            errors.put(field, i18n.text("finance.claims.error.required"));
            return Optional.empty();
        }
        if (!AMOUNT.matcher(text).matches()) {
            errors.put(field, i18n.text("finance.claims.error.amount", text));
            return Optional.empty();
        }
        try {
            return Optional.of(Money.of(new java.math.BigDecimal(text), Currency.getInstance(currency)));
        } catch (IllegalArgumentException | ArithmeticException e) {
            errors.put(field, i18n.text("finance.claims.error.decimals", text, currency));
            return Optional.empty();
        }
    }

    /** A date exactly as {@code yyyy-MM-dd}; a refusal under {@code field} when it is not one. */
    private Optional<LocalDate> date(String field, String text) {
        if (text == null || text.isEmpty()) {
            errors.put(field, i18n.text("finance.claims.error.required"));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            errors.put(field, i18n.text("finance.claims.error.date", text));
            return Optional.empty();
        }
    }

    // --- lists and export

    public List<FinanceColumn<ClaimView>> columns() {
        return List.of(
                new FinanceColumn<>(key("finance.col.ucr"), ExportTable.Kind.REFERENCE, ClaimView::ucr),
                new FinanceColumn<>(key("finance.col.contract"), ExportTable.Kind.REFERENCE, ClaimView::contractReference),
                new FinanceColumn<>(key("finance.col.lossDate"), ExportTable.Kind.DATE, ClaimView::lossDate),
                new FinanceColumn<>(key("finance.col.cause"), ExportTable.Kind.TEXT, ClaimView::cause),
                new FinanceColumn<>(key("finance.col.reserve"), ExportTable.Kind.AMOUNT, ClaimView::reserve),
                new FinanceColumn<>(key("finance.col.paid"), ExportTable.Kind.AMOUNT, ClaimView::paidTotal),
                new FinanceColumn<>(key("finance.col.sync"), ExportTable.Kind.TEXT,
                        c -> FinanceText.sync(i18n, c.sync())));
    }

    public ExportTable exportTable() {
        return FinanceColumn.export(i18n.text("nav.claims"), columns(), List.copyOf(rows), i18n::text);
    }

    public ObservableList<ClaimView> rows() {
        return rows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ClaimView> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ClaimMovements> movementsProperty() {
        return movements.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClaimRegistrationFields> registrationProperty() {
        return registration.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The refusals shown under the form fields, by field ({@link #RESERVE_OUTSTANDING}, …; a payment's is {@code pay.bankReference:<call>}). */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObservableList<Contract> contracts() {
        return contracts;
    }

    public BooleanProperty advisingProperty() {
        return advising;
    }

    public StringProperty outstandingProperty() {
        return outstanding;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty effectiveDateProperty() {
        return effectiveDate;
    }

    public StringProperty cashAmountProperty() {
        return cashAmount;
    }

    public StringProperty cashDueProperty() {
        return cashDue;
    }

    public StringProperty cashReferenceProperty() {
        return cashReference;
    }

    public ObjectProperty<Contract> adviceContractProperty() {
        return adviceContract;
    }

    public StringProperty adviceUcrProperty() {
        return adviceUcr;
    }

    public StringProperty adviceLossDateProperty() {
        return adviceLossDate;
    }

    public StringProperty adviceCauseProperty() {
        return adviceCause;
    }

    public StringProperty adviceDescriptionProperty() {
        return adviceDescription;
    }

    public StringProperty adviceReserveProperty() {
        return adviceReserve;
    }

    public StringProperty adviceCurrencyProperty() {
        return adviceCurrency;
    }

    /** The session's finance context (organisations' names for the shares). */
    FinanceContext desk() {
        return desk;
    }
}
