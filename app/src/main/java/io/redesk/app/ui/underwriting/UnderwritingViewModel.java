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
import io.redesk.app.underwriting.UnderwriterDesk;
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
 */
public final class UnderwritingViewModel {

    private final UnderwriterDesk desk;
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

    private final StringProperty premium = new SimpleStringProperty(this, "premium", "");
    private final StringProperty rate = new SimpleStringProperty(this, "rate", "");
    private final StringProperty capacity = new SimpleStringProperty(this, "capacity", "");
    private final StringProperty conditions = new SimpleStringProperty(this, "conditions", "");
    private final StringProperty subjectivities = new SimpleStringProperty(this, "subjectivities", "");
    private final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>(this, "validUntil");
    private final StringProperty declineReason = new SimpleStringProperty(this, "declineReason", "");

    private final StringProperty writtenShare = new SimpleStringProperty(this, "writtenShare", "");
    private final BooleanProperty toStand = new SimpleBooleanProperty(this, "toStand", false);
    private final StringProperty lineConditions = new SimpleStringProperty(this, "lineConditions", "");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final StringProperty lineSubjectivities = new SimpleStringProperty(this, "lineSubjectivities", "");

    private final ReadOnlyStringWrapper premiumError = new ReadOnlyStringWrapper(this, "premiumError", "");
    private final ReadOnlyStringWrapper rateError = new ReadOnlyStringWrapper(this, "rateError", "");
    private final ReadOnlyStringWrapper capacityError = new ReadOnlyStringWrapper(this, "capacityError", "");
    private final ReadOnlyStringWrapper validUntilError = new ReadOnlyStringWrapper(this, "validUntilError", "");
    private String unreadableDate = "";
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper(this, "reasonError", "");
    private final ReadOnlyStringWrapper writtenError = new ReadOnlyStringWrapper(this, "writtenError", "");
    private final ReadOnlyStringWrapper subjectivitiesError = new ReadOnlyStringWrapper(this, "subjectivitiesError", "");
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
    public UnderwritingViewModel(UnderwriterDesk desk, TaskExecutor executor, I18n i18n, Runnable onChanged) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
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
        Function<Money, String> money = this::money;
        // coded values (the contract kind) in the user's language; free text as the broker wrote it
        slip.setAll(SlipSheet.rows(e.placement().slip(), money, d -> i18n.formats().date(d)).stream()
                .map(r -> r.field() == SlipSheet.Field.CONTRACT_KIND && r.value() != null
                        && UnderwritingTexts.contractKind(r.value()) != null
                        ? new SlipSheet.Row(r.section(), r.field(), i18n.text(UnderwritingTexts.contractKind(r.value()))) : r)
                .toList());
        market.setAll(MarketView.of(e.placement(), money));
        myQuote.set(e.myQuote().map(this::quoteText).orElse(i18n.text("uw.myQuote.none")));
        myLine.set(e.myLine().map(this::lineText).orElse(i18n.text("uw.myLine.none")));
    }

    private String quoteText(Quote q) {
        return switch (q.status()) {
            case QUOTED, ACCEPTED, NOT_TAKEN_UP, EXPIRED -> i18n.text("uw.myQuote.quoted",
                    i18n.text(UnderwritingTexts.quoteStatus(q.status())),
                    q.premium() == null ? "—" : money(q.premium()), q.capacity() == null ? "—" : share(q.capacity()),
                    q.validUntil() == null ? "—" : i18n.formats().dateTime(q.validUntil()));
            case DECLINED -> i18n.text("uw.myQuote.declined", q.declineReason() == null ? "" : q.declineReason());
            default -> i18n.text("uw.myQuote.requested", i18n.text(UnderwritingTexts.quoteStatus(q.status())));
        };
    }

    private String lineText(Line l) {
        if (l.signedShare() != null) {
            return i18n.text("uw.myLine.signed", share(l.writtenShare()), share(l.signedShare()));
        }
        return i18n.text("uw.myLine.written", share(l.writtenShare()), i18n.text(UnderwritingTexts.lineStatus(l.status())));
    }

    private String money(Money m) {
        try {
            return i18n.formats().money(new BigDecimal(m.amount()), Currency.getInstance(m.currency()));
        } catch (RuntimeException e) {
            return m.currency() + " " + m.amount();
        }
    }

    private String share(String percent) {
        try {
            return i18n.formats().share(new BigDecimal(percent));
        } catch (RuntimeException e) {
            return percent + "%";
        }
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

    /**
     * What the user typed into "valid until" when it could not be read as a date (blank when it could):
     * the date field stays empty, and the error names the text instead of saying "required".
     */
    public void validUntilTyped(String unreadable) {
        unreadableDate = unreadable == null ? "" : unreadable.strip();
        if (!unreadableDate.isEmpty()) {
            validUntilError.set(i18n.text("uw.error.date", unreadableDate));
        } else if (validUntil.get() != null) {
            validUntilError.set("");
        }
    }

    /** Validates the quote form and sends the quote. */
    public void submitQuote() {
        InboxEntry e = entry.get();
        if (e == null || e.myQuote().isEmpty() || !canQuote.get()) {
            return;
        }
        clearErrors();
        QuoteForm.Result result = QuoteForm.check(premium.get(), rate.get(), capacity.get(), conditions.get(),
                subjectivities.get(), validUntil.get(), e.placement().currency(), i18n.formats().today());
        if (!result.problems().isEmpty()) {
            showProblems(result.problems());
            if (validUntil.get() == null && !unreadableDate.isBlank()) {
                // what was typed is not a date: say that, not "required"
                validUntilError.set(i18n.text("uw.error.date", unreadableDate));
            }
            return;
        }
        Quote quote = e.myQuote().get();
        run("submit-quote", () -> sent(desk.submitQuote(quote, result.request().get()), e),
                done -> afterSend(done, UnderwritingTexts.sent(PendingChange.Kind.QUOTE)));
    }

    /** Declines the quote request with the reason the broker will read. */
    public void decline() {
        InboxEntry e = entry.get();
        if (e == null || e.myQuote().isEmpty() || !canQuote.get()) {
            return;
        }
        clearErrors();
        List<FieldProblem> problems = QuoteForm.checkDecline(declineReason.get());
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        Quote quote = e.myQuote().get();
        String reason = declineReason.get().trim();
        run("decline-quote", () -> sent(desk.decline(quote, reason), e),
                done -> afterSend(done, UnderwritingTexts.sent(PendingChange.Kind.DECLINE)));
    }

    /** Validates the line form and writes the line. */
    public void writeLine() {
        InboxEntry e = entry.get();
        if (e == null || !canWriteLine.get()) {
            return;
        }
        clearErrors();
        LineForm.Result result = LineForm.check(writtenShare.get(), toStand.get(), lineConditions.get(),
                reference.get(), lineSubjectivities.get(), i18n.formats().today());
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
        String reason = p.reason();
        String text = i18n.text("uw.error.exchangeField", reason);
        if (reason.contains("[field premium")) {
            premiumError.set(text);
        } else if (reason.contains("[field capacity")) {
            capacityError.set(text);
        } else if (reason.contains("[field validUntil")) {
            validUntilError.set(text);
        } else if (reason.contains("[field writtenShare")) {
            writtenError.set(text);
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
            case QUOTE -> {
                premium.set(b.path("premium").path("amount").asText(""));
                rate.set(b.path("rate").asText(""));
                capacity.set(plain(b.path("capacity").asText("")));
                conditions.set(b.path("conditions").asText(""));
                subjectivities.set(joinLines(b.path("subjectivities")));
                String valid = b.path("validUntil").asText("");
                if (!valid.isEmpty()) {
                    try {
                        validUntil.set(java.time.LocalDate.ofInstant(java.time.Instant.parse(valid),
                                java.time.ZoneOffset.UTC));
                    } catch (RuntimeException ex) {
                        validUntil.set(null);
                    }
                }
            }
            case DECLINE -> declineReason.set(b.path("reason").asText(""));
            case LINE -> {
                writtenShare.set(plain(b.path("writtenShare").asText("")));
                toStand.set(b.path("toStand").asBoolean(false));
                lineConditions.set(b.path("conditions").asText(""));
                reference.set(b.path("underwriterReference").asText(""));
                java.util.List<String> rows = new java.util.ArrayList<>();
                b.path("subjectivities").forEach(sj -> rows.add(sj.path("deadline").isMissingNode()
                        || sj.path("deadline").isNull() ? sj.path("text").asText("")
                        : sj.path("text").asText("") + " | " + sj.path("deadline").asText("")));
                lineSubjectivities.set(String.join("\n", rows));
            }
            default -> throw new IllegalStateException("unknown kind " + p.kind());
        }
    }

    /** "30.0000" as the user would type it: "30". */
    private static String plain(String number) {
        try {
            return new BigDecimal(number).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private static String joinLines(com.fasterxml.jackson.databind.JsonNode array) {
        java.util.List<String> rows = new java.util.ArrayList<>();
        array.forEach(n -> rows.add(n.asText("")));
        return String.join("\n", rows);
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
            field.ifPresent(f -> {
                String text = i18n.text("uw.error.exchangeField", detail);
                if (f.startsWith("premium")) {
                    premiumError.set(text);
                } else if (f.startsWith("capacity")) {
                    capacityError.set(text);
                } else if (f.startsWith("validUntil")) {
                    validUntilError.set(text);
                } else if (f.startsWith("writtenShare")) {
                    writtenError.set(text);
                }
            });
        } else {
            error.set(i18n.text("uw.error.unexpected", String.valueOf(failure.getMessage())));
        }
    }

    private void showProblems(List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            String text = UnderwritingTexts.problem(i18n, p);
            switch (p.field()) {
                case QuoteForm.PREMIUM -> premiumError.set(text);
                case QuoteForm.RATE -> rateError.set(text);
                case QuoteForm.CAPACITY -> capacityError.set(text);
                case QuoteForm.VALID_UNTIL -> validUntilError.set(text);
                case QuoteForm.REASON -> reasonError.set(text);
                case LineForm.WRITTEN -> writtenError.set(text);
                case LineForm.SUBJECTIVITIES -> subjectivitiesError.set(text);
                default -> error.set(text);
            }
        }
    }

    private void clearErrors() {
        for (ReadOnlyStringWrapper w : List.of(premiumError, rateError, capacityError, validUntilError, reasonError,
                writtenError, subjectivitiesError, error, message)) {
            w.set("");
        }
    }

    private void clearForms() {
        clearErrors();
        for (StringProperty p : List.of(premium, rate, capacity, conditions, subjectivities, declineReason,
                writtenShare, lineConditions, reference, lineSubjectivities)) {
            p.set("");
        }
        validUntil.set(null);
        toStand.set(false);
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

    public StringProperty premiumProperty() {
        return premium;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public StringProperty conditionsProperty() {
        return conditions;
    }

    public StringProperty subjectivitiesProperty() {
        return subjectivities;
    }

    public ObjectProperty<LocalDate> validUntilProperty() {
        return validUntil;
    }

    public StringProperty declineReasonProperty() {
        return declineReason;
    }

    public StringProperty writtenShareProperty() {
        return writtenShare;
    }

    public BooleanProperty toStandProperty() {
        return toStand;
    }

    public StringProperty lineConditionsProperty() {
        return lineConditions;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty lineSubjectivitiesProperty() {
        return lineSubjectivities;
    }

    public ReadOnlyStringProperty premiumErrorProperty() {
        return premiumError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateErrorProperty() {
        return rateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty capacityErrorProperty() {
        return capacityError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty validUntilErrorProperty() {
        return validUntilError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty writtenErrorProperty() {
        return writtenError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subjectivitiesErrorProperty() {
        return subjectivitiesError.getReadOnlyProperty();
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
