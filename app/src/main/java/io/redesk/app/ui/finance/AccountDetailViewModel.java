package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.finance.AccountAction;
import io.redesk.app.desk.finance.AccountDetail;
import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.desk.finance.ClaimView;
import io.redesk.app.desk.finance.FinanceBook;
import io.redesk.app.desk.finance.FinanceInputException;
import io.redesk.app.desk.finance.Queued;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open account on the Accounts page (issue 12): its detail, the claims its items come from and its
 * versions, the difference between a stated total and the items explained, and the account actions
 * (issue, agree, query with a reason, register the bill; edit a draft and correct an issued account
 * through {@link AccountItemsEditorViewModel}) through {@code FinanceActions}, offline too. After an
 * action the list is told to read again ({@code changed}) and the account (or the new version a
 * correction made) is opened again.
 */
public final class AccountDetailViewModel {

    private final FinanceContext desk;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final Runnable changed;
    private final AccountItemsEditorViewModel editor;

    private final ReadOnlyObjectWrapper<AccountDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ObservableList<ClaimView> claims = FXCollections.observableArrayList();
    private final ObservableList<AccountRow> versions = FXCollections.observableArrayList();
    private final StringProperty queryReason = new SimpleStringProperty(this, "queryReason", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper queryError = new ReadOnlyStringWrapper(this, "queryError", "");
    private long opening;

    /**
     * @param changed run on the FX thread after an action was saved (the list reads the book again)
     */
    public AccountDetailViewModel(FinanceContext desk, TaskExecutor executor, I18n i18n, Runnable changed) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.changed = Objects.requireNonNull(changed, "changed");
        this.editor = new AccountItemsEditorViewModel(desk, executor, i18n, this::saved);
        queryReason.addListener((o, a, b) -> queryError.set(""));
    }

    /** Opens account {@code id} (from the list, a statement line, a claim, Home): its detail, claims and versions. */
    public void open(UUID id) {
        open(id, null);
    }

    /**
     * Opens {@code id}, or {@code fallback} if the book no longer holds {@code id} (the temporary id of a
     * correction the sync has already replaced with the exchange's).
     */
    private void open(UUID id, UUID fallback) {
        long mine = ++opening;
        if (id == null) {
            detail.set(null);
            editor.cancel();
            return;
        }
        FinanceBook book = desk.book();
        executor.execute(BackgroundTask.of("finance-account", ctx -> new Opened(book.account(id),
                book.claimsOf(id), book.versionsOf(id))).onSuccess(o -> {
            if (mine != opening) {
                return;
            }
            if (o.detail().isEmpty()) {
                // a correction's temporary id vanishes when the sync lands the exchange's version: go back to
                // the account it corrects (whose versions list the new one) instead of saying it is gone
                UUID back = fallback != null ? fallback : correctedBy(id);
                if (back != null) {
                    open(back, null);
                    return;
                }
            }
            if (detail.get() == null || !detail.get().row().id().equals(id)) {
                editor.cancel();
            }
            claims.setAll(o.claims());
            versions.setAll(o.versions());
            detail.set(o.detail().orElse(null));
            if (o.detail().isEmpty()) {
                message.set(i18n.text("finance.accounts.gone"));
            }
        }).onFailure(e -> message.set(i18n.text("finance.failed", FinanceText.reason(e)))));
    }

    /** The account that the shown version {@code id} supersedes, if {@code id} is the one on screen. */
    private UUID correctedBy(UUID id) {
        AccountDetail shown = detail.get();
        return shown != null && shown.row().id().equals(id) ? shown.supersedesId() : null;
    }

    private record Opened(Optional<AccountDetail> detail, List<ClaimView> claims, List<AccountRow> versions) {
    }

    /** Whether the open account allows {@code action} now. */
    public boolean allows(AccountAction action) {
        AccountDetail d = detail.get();
        return d != null && d.allowedActions().contains(action);
    }

    /** Broker: issues the open draft. */
    public void issue() {
        act(key("finance.accounts.issued"), d -> desk.actions().issue(d.row().id()));
    }

    /** Participant: agrees its share of the open account. */
    public void agree() {
        act(key("finance.accounts.agreed"), d -> desk.actions().agree(d.row().id()));
    }

    /** Participant: queries its share with the reason typed; an empty reason is refused before anything is saved. */
    public void query() {
        String reason = queryReason.get() == null ? "" : queryReason.get();
        if (reason.isBlank()) {
            queryError.set(i18n.text("finance.accounts.reasonRequired"));
            return;
        }
        act(key("finance.accounts.queried"), d -> desk.actions().query(d.row().id(), reason));
    }

    /** Broker: registers the open account's bill with the exchange. */
    public void register() {
        act(key("finance.accounts.registerQueued"), d -> desk.actions().registerBill(d.row().id()));
    }

    /** Broker: opens the items editor on the open draft (edit) or issued/queried account (correct). */
    public void startEditing() {
        AccountDetail d = detail.get();
        if (d == null) {
            return;
        }
        if (allows(AccountAction.EDIT_DRAFT)) {
            editor.begin(d, AccountItemsEditorViewModel.Mode.EDIT_DRAFT);
        } else if (allows(AccountAction.CORRECT)) {
            editor.begin(d, AccountItemsEditorViewModel.Mode.CORRECT);
        }
    }

    private interface Action {
        Queued run(AccountDetail d);
    }

    private void act(String doneKey, Action action) {
        AccountDetail d = detail.get();
        if (d == null) {
            return;
        }
        executor.execute(BackgroundTask.of("finance-account-action", ctx -> action.run(d)).onSuccess(q -> {
            queryReason.set("");
            saved(d, q, i18n.text(doneKey, d.row().contractReference()));
        }).onFailure(e -> {
            if (e instanceof FinanceInputException fie && "reason".equals(fie.field())) {
                queryError.set(fie.getMessage());
            } else {
                message.set(i18n.text("finance.refused", FinanceText.reason(e)));
            }
        }));
    }

    /** After an action on {@code d}: the message, the list again, and the account (or the version it made) opened. */
    private void saved(AccountDetail d, Queued q, String text) {
        UUID id = d.row().id();
        message.set(text);
        changed.run();
        open(q.subjectId() != null && !q.subjectId().isBlank() && !q.subjectId().equals(id.toString())
                ? parse(q.subjectId(), id) : id, id);
    }

    private static UUID parse(String s, UUID fallback) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException notAnId) {
            return fallback;
        }
    }

    /**
     * Why the stated total and the balance differ, in words, or empty when no account is open: the
     * balance is always the items' sum as the domain computes it; a stated total is shown beside it, never used.
     */
    public String differenceExplained() {
        AccountDetail d = detail.get();
        if (d == null) {
            return "";
        }
        var f = i18n.formats();
        AccountRow r = d.row();
        StringBuilder out = new StringBuilder();
        if (r.stated() == null) {
            out.append(i18n.text("finance.accounts.noStated", f.money(r.balance())));
        } else if (!r.flagged()) {
            out.append(i18n.text("finance.accounts.statedAgrees", f.money(r.stated())));
        } else {
            out.append(i18n.text("finance.accounts.statedDiffers", f.money(r.stated()), f.money(r.balance()),
                    f.money(r.difference())));
        }
        if (d.exchangeBalance() != null && !d.exchangeBalance().equals(r.balance())) {
            out.append(' ').append(i18n.text("finance.accounts.exchangeDiffers", f.money(d.exchangeBalance())));
        }
        if (d.memoTotal() != null && !d.memoTotal().isZero()) {
            out.append(' ').append(i18n.text("finance.accounts.memo", f.money(d.memoTotal())));
        }
        return out.toString();
    }

    // --- properties

    public ReadOnlyObjectProperty<AccountDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<ClaimView> claims() {
        return claims;
    }

    public ObservableList<AccountRow> versions() {
        return versions;
    }

    public StringProperty queryReasonProperty() {
        return queryReason;
    }

    public ReadOnlyStringProperty queryErrorProperty() {
        return queryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The items editor (edit a draft, correct an issued account). */
    public AccountItemsEditorViewModel editor() {
        return editor;
    }

    /** The desk (names). */
    public FinanceContext desk() {
        return desk;
    }
}
