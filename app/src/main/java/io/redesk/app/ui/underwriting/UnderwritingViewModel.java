package io.redesk.app.ui.underwriting;

import io.redesk.app.task.BackgroundTask;
import io.redesk.app.ui.conflicts.RejectionHints;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.underwriting.DeskAction;
import io.redesk.app.underwriting.Disclosure;
import io.redesk.app.underwriting.FieldProblem;
import io.redesk.app.underwriting.InboxEntry;
import io.redesk.app.underwriting.LineForm;
import io.redesk.app.underwriting.MarketView;
import io.redesk.app.underwriting.PendingChange;
import io.redesk.app.underwriting.QuoteForm;
import io.redesk.app.underwriting.SlipSheet;
import io.redesk.app.underwriting.PlacementActions;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.quote.Quote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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

/**
 * One placement on the underwriter's desk: the slip to review (read only), the market as far as this
 * reinsurer may see it (lead terms once invited; competitors' quotes and other lines masked), the
 * quote form (quote or decline, validated in the user's language), the line form, and the own
 * written / signed line. Exchange calls run on the task executor; a refusal shows the exchange's
 * reason beside the field it names. Never touches nodes.
 *
 * <p>Size (~480 lines): the placement on the desk and its three actions with their outbox states (waiting, sent, refused, overtaken); the forms are {@link QuoteFormViewModel} and {@link LineFormViewModel}, the texts {@link UnderwritingTexts}.
 */
public final class UnderwritingViewModel {

    private final PlacementActions desk;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final Runnable onChanged;

    private final ReadOnlyObjectWrapper<InboxEntry> entry = new ReadOnlyObjectWrapper<>(this, "entry");
    private final ObservableList<SlipSheet.Row> slip = FXCollections.observableArrayList();
    // one read-only view, kept: a fresh wrapper per call would hold its listeners only weakly
    private final ObservableList<SlipSheet.Row> slipView = FXCollections.unmodifiableObservableList(slip);
    private final ObservableList<Disclosure> market = FXCollections.observableArrayList();
    // one read-only view, kept: a fresh wrapper per call would hold its listeners only weakly
    private final ObservableList<Disclosure> marketView = FXCollections.unmodifiableObservableList(market);

    private final QuoteFormViewModel quote;
    private final LineFormViewModel line;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper myQuote = new ReadOnlyStringWrapper(this, "myQuote", "");
    private final ReadOnlyStringWrapper myLine = new ReadOnlyStringWrapper(this, "myLine", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    private final AutoCloseable syncSubscription;
    // the placement whose action waits in the outbox (written on the UI thread, read by the engine's)
    private volatile UUID watched;
    private final AtomicBoolean checking = new AtomicBoolean();
    private final BooleanBinding canQuote;
    private final BooleanBinding canWriteLine;

    /** A desk view-model; {@code onChanged} runs after a successful quote, decline or line (to refresh the inbox). */
    public UnderwritingViewModel(PlacementActions desk, TaskExecutor executor, I18n i18n, Runnable onChanged) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
        this.quote = new QuoteFormViewModel(i18n);
        this.line = new LineFormViewModel(i18n);
        canQuote = Bindings.createBooleanBinding(() -> entry.get() != null
                && entry.get().action() == DeskAction.ANSWER_QUOTE, entry);
        canWriteLine = Bindings.createBooleanBinding(() -> entry.get() != null
                && entry.get().action() == DeskAction.WRITE_LINE, entry);
        i18n.languageProperty().addListener((obs, old, now) -> {
            render(entry.get());
            refreshPendingText();
        });
        // the engine's thread: only a flag is read here; the check itself runs as a task
        syncSubscription = desk.onSync(state -> {
            if (watched != null && checking.compareAndSet(false, true)) {
                checkWaiting();
            }
        });
    }

    /** Stops following the sync engine (when the page is dropped). */
    public void close() {
        try {
            syncSubscription.close();
        } catch (Exception e) {
            // closing a subscription only removes a listener
        }
    }

    /**
     * Shows {@code e} (from the inbox). Another placement starts with empty forms; the same placement
     * again (a refresh landing, the list re-selecting it) keeps what the user is typing.
     */
    public void show(InboxEntry e) {
        InboxEntry current = entry.get();
        if (e != null && current != null && e.placement().id().equals(current.placement().id())) {
            update(e);
            return;
        }
        clearForms();
        error.set("");
        message.set("");
        render(e);
        refreshPendingText();
        e = entry.get();
        if (e != null && e.rejected()) {
            refill(e.pending().get());
        }
    }

    /**
     * Shows a newer state of the same placement (after a refresh), keeping what the user typed. An
     * answer fetched before the one on screen (a reload that started before the user's own reload or
     * action and came back after it) is ignored: it would take the desk back a step, hiding the form the
     * user is typing into until the next refresh.
     */
    public void update(InboxEntry e) {
        if (!isOlder(e, entry.get())) {
            render(e);
        }
    }

    /** Whether {@code next} shows the same placement as {@code shown} at an earlier state of the exchange. */
    static boolean isOlder(InboxEntry next, InboxEntry shown) {
        if (next == null || shown == null || !next.placement().id().equals(shown.placement().id())) {
            return false;
        }
        if (next.placement().version() != shown.placement().version()) {
            return next.placement().version() < shown.placement().version();
        }
        if (next.myQuote().isPresent() && shown.myQuote().isPresent()
                && next.myQuote().get().version() != shown.myQuote().get().version()) {
            return next.myQuote().get().version() < shown.myQuote().get().version();
        }
        if (shown.myLine().isPresent() && (next.myLine().isEmpty()
                || next.myLine().get().version() < shown.myLine().get().version())) {
            return true;
        }
        if (next.myLine().isPresent() && shown.myLine().isEmpty()) {
            return false;
        }
        // same exchange state: a waiting answer the user just gave is newer than a list loaded before it
        return shown.waiting() && next.pending().isEmpty();
    }

    private void render(InboxEntry e) {
        entry.set(e);
        watched = e != null && e.waiting() ? e.placement().id() : null;
        heading.set(e == null ? "" : (e.placement().umr() == null ? "" : e.placement().umr() + " · ")
                + (e.placement().title() == null ? "" : e.placement().title() + " · ")
                + i18n.text(UnderwritingTexts.placementStatus(e.placement().status())));
        if (e == null) {
            slip.clear();
            market.clear();
            myQuote.set("");
            myLine.set("");
            return;
        }
        Function<Money, String> money = m -> UnderwritingTexts.money(i18n, m);
        // coded values (the contract kind) in the user's language; free text as the broker wrote it
        slip.setAll(SlipSheet.rows(e.placement().slip(), money, d -> i18n.formats().date(d)).stream()
                .map(r -> r.field() == SlipSheet.Field.CONTRACT_KIND && r.value() != null
                        && UnderwritingTexts.contractKind(r.value()) != null
                        ? new SlipSheet.Row(r.section(), r.field(), i18n.text(UnderwritingTexts.contractKind(r.value()))) : r)
                .toList());
        market.setAll(MarketView.of(e.placement(), money));
        myQuote.set(e.myQuote().map(q -> UnderwritingTexts.quote(i18n, q)).orElse(i18n.text("uw.myQuote.none")));
        myLine.set(e.myLine().map(l -> UnderwritingTexts.line(i18n, l)).orElse(i18n.text("uw.myLine.none")));
    }

    /** Reloads the placement from the exchange. */
    public void reload() {
        InboxEntry e = entry.get();
        if (e == null) {
            return;
        }
        desk.syncSoon();
        // not busy: a reload must never disable the form the user is typing into
        executor.execute(BackgroundTask.<InboxEntry>of("reload-placement", ctx -> desk.open(e.placement().id()))
                .onSuccess(now -> {
                    InboxEntry shown = entry.get();
                    if (shown != null && shown.placement().id().equals(now.placement().id()) && !isOlder(now, shown)) {
                        boolean wasWaiting = shown.waiting();
                        render(now);
                        if (wasWaiting && !now.waiting() && now.rejected()) {
                            showQueuedRejection(now.pending().get());
                        }
                    }
                })
                .onFailure(this::showRejection));
    }

    /** Validates the quote form and sends the quote. */
    public void submitQuote() {
        InboxEntry e = entry.get();
        if (e == null || e.myQuote().isEmpty() || !canQuote.get()) {
            return;
        }
        clearErrors();
        QuoteForm.Result result = quote.check(e.placement().currency());
        if (!result.problems().isEmpty()) {
            showProblems(result.problems());
            return;
        }
        Quote asked = e.myQuote().get();
        run("submit-quote", () -> sent(desk.submitQuote(asked, result.request().get()), e),
                done -> afterSend(done, UnderwritingTexts.sent(PendingChange.Kind.QUOTE)));
    }

    /** Declines the quote request with the reason the broker will read. */
    public void decline() {
        InboxEntry e = entry.get();
        if (e == null || e.myQuote().isEmpty() || !canQuote.get()) {
            return;
        }
        clearErrors();
        List<FieldProblem> problems = quote.checkDecline();
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        Quote asked = e.myQuote().get();
        String reason = quote.reason();
        run("decline-quote", () -> sent(desk.decline(asked, reason), e),
                done -> afterSend(done, UnderwritingTexts.sent(PendingChange.Kind.DECLINE)));
    }

    /** Validates the line form and writes the line. */
    public void writeLine() {
        InboxEntry e = entry.get();
        if (e == null || !canWriteLine.get()) {
            return;
        }
        clearErrors();
        LineForm.Result result = line.check();
        if (!result.problems().isEmpty()) {
            showProblems(result.problems());
            return;
        }
        run("write-line", () -> sent(desk.writeLine(e.placement(), result.request().get()), e),
                done -> afterSend(done, UnderwritingTexts.sent(PendingChange.Kind.LINE)));
    }

    /** An action's outcome and the placement after it. */
    private record Sent(io.redesk.app.sync.engine.Delivery outcome, InboxEntry entry) {
    }

    private Sent sent(io.redesk.app.sync.engine.Delivery outcome, InboxEntry before) {
        return new Sent(outcome, desk.open(before.placement().id()));
    }

    private void afterSend(Sent done, String sentKey) {
        render(done.entry());
        switch (done.outcome()) {
            case SENT -> {
                clearForms();
                message.set(i18n.text(sentKey));
            }
            case PENDING -> {
                clearForms();
                refreshPendingText();
            }
            case REJECTED -> done.entry().pending().ifPresent(this::showQueuedRejection);
            case OVERTAKEN -> showOvertaken();
            default -> throw new IllegalStateException("unknown outcome " + done.outcome());
        }
        onChanged.run();
    }

    /** Rechecks the waiting action after the engine moved (from the engine's thread). */
    private void checkWaiting() {
        UUID id = watched;
        if (id == null) {
            checking.set(false);
            return;
        }
        executor.execute(BackgroundTask.<InboxEntry>of("check-pending", ctx -> desk.open(id))
                .onSuccess(now -> {
                    checking.set(false);
                    InboxEntry shown = entry.get();
                    if (shown == null || !shown.placement().id().equals(id) || isOlder(now, shown)) {
                        return;
                    }
                    boolean wasWaiting = shown.waiting();
                    render(now);
                    if (wasWaiting && !now.waiting()) {
                        if (now.rejected()) {
                            showQueuedRejection(now.pending().get());
                        } else if (desk.outcome(shown.pending().get()) == io.redesk.app.sync.engine.Delivery.OVERTAKEN) {
                            showOvertaken();
                        } else {
                            error.set("");
                            message.set(i18n.text(UnderwritingTexts.sent(shown.pending().get().kind())));
                        }
                        onChanged.run();
                    }
                })
                .onFailure(f -> checking.set(false)));
    }

    /** The "pending" line for a waiting action of the shown placement. */
    private void refreshPendingText() {
        InboxEntry e = entry.get();
        if (e != null && e.waiting()) {
            error.set("");
            message.set(i18n.text(UnderwritingTexts.pending(e.pending().get().kind())));
        }
    }

    /** The exchange refused a queued action: its reason, how to fix it, and the form filled as it was sent. */
    private void showQueuedRejection(PendingChange p) {
        message.set("");
        error.set(i18n.text("uw.error.rejectedQueued", p.reason(), i18n.text(RejectionHints.hintKey(p.reason()))));
        refill(p);
        // the field the exchange named, as data (never searched for in the reason's text)
        p.refusal().ifPresent(r -> r.field().ifPresent(f ->
                showRefused(f, i18n.text("uw.error.exchangeField", p.reason()))));
    }

    /** The exchange's refusal {@code text} under the form field it named ({@code field}), if it is one. */
    private void showRefused(String field, String text) {
        if (!quote.showRefused(field, text)) {
            line.showRefused(field, text);
        }
    }

    /** A queued answer the exchange's newer state overtook: say so; the desk shows that state. */
    private void showOvertaken() {
        message.set("");
        error.set(i18n.text("uw.error.overtaken"));
    }

    /** Puts what was sent back into the form, so the user corrects it instead of typing it again. */
    private void refill(PendingChange p) {
        com.fasterxml.jackson.databind.JsonNode b = p.body();
        if (b == null || !b.isObject()) {
            return;
        }
        switch (p.kind()) {
            case QUOTE -> quote.refillQuote(b);
            case DECLINE -> quote.refillDecline(b);
            case LINE -> line.refill(b);
            default -> throw new IllegalStateException("unknown kind " + p.kind());
        }
    }

    private <T> void run(String name, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.<T>of(name, ctx -> work.call())
                .onSuccess(result -> {
                    busy.set(false);
                    done.accept(result);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    showRejection(failure);
                }));
    }

    private void showRejection(Throwable failure) {
        if (failure instanceof ExchangeException ex) {
            String detail = ex.detail().orElse(ex.getMessage());
            error.set(i18n.text("uw.error.rejected", detail, ex.code()));
            Optional<String> field = ex.field();
            field.ifPresent(f -> showRefused(f, i18n.text("uw.error.exchangeField", detail)));
        } else {
            error.set(i18n.text("uw.error.unexpected", String.valueOf(failure.getMessage())));
        }
    }

    private void showProblems(List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            if (!quote.show(p) && !line.show(p)) {
                error.set(UnderwritingTexts.problem(i18n, p));
            }
        }
    }

    private void clearErrors() {
        quote.clearErrors();
        line.clearErrors();
        error.set("");
        message.set("");
    }

    private void clearForms() {
        clearErrors();
        quote.clear();
        line.clear();
    }

    /** The quote-or-decline form. */
    public QuoteFormViewModel quote() {
        return quote;
    }

    /** The write-a-line form. */
    public LineFormViewModel line() {
        return line;
    }

    public ReadOnlyObjectProperty<InboxEntry> entryProperty() {
        return entry.getReadOnlyProperty();
    }

    /** The slip, read only, section by section. */
    public ObservableList<SlipSheet.Row> slip() {
        return slipView;
    }

    /** The market as this reinsurer may see it. */
    public ObservableList<Disclosure> market() {
        return marketView;
    }

    /** The exchange's reason for refusing the last action, and how to fix it. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "UMR · title · status", in the user's language. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** This reinsurer's quote, summarised. */
    public ReadOnlyStringProperty myQuoteProperty() {
        return myQuote.getReadOnlyProperty();
    }

    /** This reinsurer's line: written, and signed once the placement closes. */
    public ReadOnlyStringProperty myLineProperty() {
        return myLine.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while a quote request is open. */
    public BooleanBinding canQuote() {
        return canQuote;
    }

    /** True while invited to follow without a line. */
    public BooleanBinding canWriteLine() {
        return canWriteLine;
    }
}
