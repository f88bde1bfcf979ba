package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.finance.AccountDetail;
import io.redesk.app.desk.finance.AccountItem;
import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.desk.finance.FinanceInputException;
import io.redesk.app.desk.finance.Queued;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.account.TaBalance;
import io.redesk.domain.account.TaItem;
import io.redesk.domain.account.TechnicalAccount;
import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.TaItemType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The items editor of a technical account (issue 12, ADR 0910): a broker edits a draft
 * ({@code FinanceActions.editDraft}) or corrects an issued or queried account ({@code FinanceActions.correct}:
 * a reversal plus a new version on the exchange). Typed items with amounts and an optional stated total;
 * while the user types, the balance is recomputed by the domain ({@link TechnicalAccount#balance()}) from
 * the lines that parse, and the difference to the stated total (and, for a correction, to the version it
 * replaces) is explained. Amounts are taken exactly: blank, spaces around, a letter, too many decimals
 * for the currency are refused under the field in the user's language, never trimmed or rounded; nothing
 * is sent while any field is wrong, and what was typed stays in the editor.
 */
public final class AccountItemsEditorViewModel {

    /** What saving does. */
    public enum Mode {
        /** Replace a draft's items ({@code editDraft}). */
        EDIT_DRAFT,
        /** Supersede an issued or queried account with a reversal and a new version ({@code correct}). */
        CORRECT
    }

    /** Told on the FX thread once the change is saved in the vault. */
    public interface Saved {
        void saved(AccountDetail base, Queued queued, String message);
    }

    /** Plain digits with an optional minus and decimal point, or digits grouped by commas in threes. */
    private static final Pattern AMOUNT = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");

    private final FinanceContext desk;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final Saved onSaved;

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ObservableList<Line> lines = FXCollections.observableArrayList(l -> new Observable[] {l.type, l.amount, l.reference});
    private final StringProperty stated = new SimpleStringProperty(this, "stated", "");
    private final ReadOnlyStringWrapper statedError = new ReadOnlyStringWrapper(this, "statedError", "");
    private final ReadOnlyStringWrapper balance = new ReadOnlyStringWrapper(this, "balance", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private AccountDetail base;

    public AccountItemsEditorViewModel(FinanceContext desk, TaskExecutor executor, I18n i18n, Saved onSaved) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
        lines.addListener((javafx.collections.ListChangeListener<Line>) c -> recompute());
        stated.addListener((o, a, b) -> recompute());
        i18n.languageProperty().addListener((o, a, b) -> recompute());
    }

    /** One item line as the user types it. */
    public static final class Line {
        private final ObjectProperty<TaItemType> type = new SimpleObjectProperty<>(this, "type", TaItemType.PREMIUM);
        private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
        private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
        private final ReadOnlyStringWrapper effect = new ReadOnlyStringWrapper(this, "effect", "");
        private final UUID claimId;
        private final String description;

        Line(TaItemType type, String amount, String reference, UUID claimId, String description) {
            this.type.set(type);
            this.amount.set(amount);
            this.reference.set(reference == null ? "" : reference);
            this.claimId = claimId;
            this.description = description;
        }

        public ObjectProperty<TaItemType> typeProperty() {
            return type;
        }

        public StringProperty amountProperty() {
            return amount;
        }

        public StringProperty referenceProperty() {
            return reference;
        }

        /** Why the amount (or the reference) is refused, in the user's language; empty when it is right. */
        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }

        /** The line's signed effect on the balance, formatted ("Memo (no effect)" for memo items). */
        public ReadOnlyStringProperty effectProperty() {
            return effect.getReadOnlyProperty();
        }
    }

    /** Opens the editor on {@code d} with its items and stated total as they are. */
    public void begin(AccountDetail d, Mode m) {
        base = Objects.requireNonNull(d, "account");
        List<Line> now = new ArrayList<>();
        for (AccountItem it : d.items()) {
            now.add(new Line(it.type(), it.amount().amount().toPlainString(), it.reference(), it.claimId(), it.description()));
        }
        stated.set(d.row().stated() == null ? "" : d.row().stated().amount().toPlainString());
        formError.set("");
        lines.setAll(now);
        mode.set(Objects.requireNonNull(m, "mode"));
        open.set(true);
        recompute();
    }

    /** Closes the editor without saving. */
    public void cancel() {
        open.set(false);
        mode.set(null);
        base = null;
        lines.clear();
        stated.set("");
        formError.set("");
    }

    /** Adds an empty premium line at the end and returns it. */
    public Line addLine() {
        Line l = new Line(TaItemType.PREMIUM, "", "", null, null);
        lines.add(l);
        return l;
    }

    /** Removes {@code line}. */
    public void removeLine(Line line) {
        lines.remove(line);
    }

    private Currency currency() {
        return Currency.getInstance(base.row().currency());
    }

    /** Parses every line and the stated total, shows each error under its field, recomputes the balance. */
    private Parsed recompute() {
        if (base == null) {
            balance.set("");
            explanation.set("");
            return new Parsed(List.of(), null, false);
        }
        var f = i18n.formats();
        Currency ccy = currency();
        boolean ok = true;
        List<AccountItem> items = new ArrayList<>();
        List<TaItem> domainItems = new ArrayList<>();
        for (Line l : lines) {
            String err = amountError(l.amount.get(), ccy);
            if (err.isEmpty() && !l.reference.get().equals(l.reference.get().strip())) {
                err = i18n.text("finance.editor.referenceSpaces");
            }
            l.error.set(err);
            if (!err.isEmpty() || l.type.get() == null) {
                l.effect.set("");
                ok = false;
                continue;
            }
            Money m = money(l.amount.get(), ccy);
            TaItem di = new TaItem(io.redesk.domain.account.TaItemType.valueOf(l.type.get().name()), m);
            domainItems.add(di);
            l.effect.set(di.type().isMemo() ? i18n.text("finance.accounts.memoItem") : f.money(di.effect()));
            String ref = l.reference.get().isEmpty() ? null : l.reference.get();
            items.add(new AccountItem(l.type.get(), m, ref, l.claimId, l.description, null));
        }
        Money statedMoney = null;
        String s = stated.get() == null ? "" : stated.get();
        if (s.isEmpty()) {
            statedError.set("");
        } else {
            String err = amountError(s, ccy);
            statedError.set(err);
            if (err.isEmpty()) {
                statedMoney = money(s, ccy);
            } else {
                ok = false;
            }
        }
        if (lines.isEmpty()) {
            ok = false;
        }
        AccountRow r = base.row();
        TaBalance b = new TechnicalAccount(r.contractReference(), r.period(), ccy, domainItems, statedMoney).balance();
        balance.set(f.money(b.computed()));
        StringBuilder why = new StringBuilder();
        if (lines.isEmpty()) {
            why.append(i18n.text("finance.editor.noItems"));
        } else if (b.stated().isEmpty()) {
            why.append(i18n.text("finance.accounts.noStated", f.money(b.computed())));
        } else if (!b.isFlagged()) {
            why.append(i18n.text("finance.accounts.statedAgrees", f.money(b.stated().get())));
        } else {
            why.append(i18n.text("finance.accounts.statedDiffers", f.money(b.stated().get()), f.money(b.computed()),
                    f.money(b.difference())));
        }
        if (!b.memoTotal().isZero()) {
            why.append(' ').append(i18n.text("finance.accounts.memo", f.money(b.memoTotal())));
        }
        if (mode.get() == Mode.CORRECT && r.balance() != null && r.balance().currency().equals(ccy)) {
            why.append(' ').append(i18n.text("finance.editor.changeFrom", r.accountVersion(), f.money(r.balance()),
                    f.money(b.computed().minus(r.balance()))));
        }
        if (!ok && lines.stream().anyMatch(l -> !l.error.get().isEmpty())) {
            why.append(' ').append(i18n.text("finance.editor.partial"));
        }
        explanation.set(why.toString());
        return new Parsed(items, statedMoney, ok);
    }

    private record Parsed(List<AccountItem> items, Money stated, boolean ok) {
    }

    /** Why {@code text} is not an exact amount in {@code ccy}, in the user's language, or "" when it is one. */
    private String amountError(String text, Currency ccy) {
        if (text == null || text.isEmpty()) {
            return i18n.text("finance.editor.amountRequired");
        }
        if (!text.equals(text.strip())) {
            return i18n.text("finance.editor.amountSpaces", text.strip());
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            return i18n.text("finance.editor.amountMalformed", text);
        }
        int digits = Money.minorUnits(ccy);
        if (m.group(1) != null && m.group(1).length() > digits) {
            return i18n.text("finance.editor.amountDecimals", ccy.getCurrencyCode(), digits, text);
        }
        return "";
    }

    private static Money money(String text, Currency ccy) {
        return Money.of(new BigDecimal(text.replace(",", "")), ccy);
    }

    /**
     * Sends the edit or the correction once every field is right; otherwise shows what is wrong and sends
     * nothing. A correction that changes nothing is refused (it would only make a reversal of the same figures).
     */
    public void save() {
        if (base == null || saving.get()) {
            return;
        }
        Parsed p = recompute();
        if (!p.ok()) {
            formError.set(i18n.text(lines.isEmpty() ? key("finance.editor.noItems") : key("finance.editor.invalid")));
            return;
        }
        AccountDetail d = base;
        Mode m = mode.get();
        if (m == Mode.CORRECT && sameFigures(d, p)) {
            formError.set(i18n.text("finance.editor.unchanged"));
            return;
        }
        formError.set("");
        saving.set(true);
        UUID id = d.row().id();
        executor.execute(BackgroundTask.of("finance-account-items", ctx -> m == Mode.CORRECT
                ? desk.actions().correct(id, p.items(), p.stated())
                : desk.actions().editDraft(id, p.items(), p.stated())).onSuccess(q -> {
            saving.set(false);
            String text = m == Mode.CORRECT
                    ? i18n.text("finance.editor.corrected", d.row().contractReference(), d.row().accountVersion() + 1)
                    : i18n.text("finance.editor.saved", d.row().contractReference());
            cancel();
            onSaved.saved(d, q, text);
        }).onFailure(e -> {
            saving.set(false);
            if (e instanceof FinanceInputException fie) {
                showRefusal(fie);
            } else {
                formError.set(i18n.text("finance.refused", FinanceText.reason(e)));
            }
        }));
    }

    /** An answer of the service about one field goes under that field; the rest above the buttons. */
    private void showRefusal(FinanceInputException e) {
        Matcher m = Pattern.compile("items\\[(\\d+)]\\.\\w+").matcher(e.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < lines.size()) {
            lines.get(Integer.parseInt(m.group(1))).error.set(e.getMessage());
        } else if ("statedBalance".equals(e.field())) {
            statedError.set(e.getMessage());
        }
        formError.set(i18n.text("finance.refused", e.getMessage()));
    }

    private static boolean sameFigures(AccountDetail d, Parsed p) {
        if (!Objects.equals(d.row().stated(), p.stated()) || d.items().size() != p.items().size()) {
            return false;
        }
        for (int i = 0; i < p.items().size(); i++) {
            AccountItem a = d.items().get(i);
            AccountItem b = p.items().get(i);
            if (a.type() != b.type() || !a.amount().equals(b.amount()) || !Objects.equals(a.reference(), b.reference())) {
                return false;
            }
        }
        return true;
    }

    // --- properties

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return open.get();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty statedProperty() {
        return stated;
    }

    public ReadOnlyStringProperty statedErrorProperty() {
        return statedError.getReadOnlyProperty();
    }

    /** The balance the domain computes from the lines that parse, formatted. */
    public ReadOnlyStringProperty balanceProperty() {
        return balance.getReadOnlyProperty();
    }

    /** The difference to the stated total (and to the version replaced) explained. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    /** The account being edited, or null. */
    public AccountDetail base() {
        return base;
    }
}
