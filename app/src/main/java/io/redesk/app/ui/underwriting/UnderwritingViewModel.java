package io.redesk.app.ui.underwriting;

import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.underwriting.DeskAction;
import io.redesk.app.underwriting.Disclosure;
import io.redesk.app.underwriting.FieldProblem;
import io.redesk.app.underwriting.InboxEntry;
import io.redesk.app.underwriting.LineForm;
import io.redesk.app.underwriting.MarketView;
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
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper(this, "reasonError", "");
    private final ReadOnlyStringWrapper writtenError = new ReadOnlyStringWrapper(this, "writtenError", "");
    private final ReadOnlyStringWrapper subjectivitiesError = new ReadOnlyStringWrapper(this, "subjectivitiesError", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper myQuote = new ReadOnlyStringWrapper(this, "myQuote", "");
    private final ReadOnlyStringWrapper myLine = new ReadOnlyStringWrapper(this, "myLine", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

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
        i18n.languageProperty().addListener((obs, old, now) -> render(entry.get()));
    }

    /** Shows {@code e} (from the inbox), clearing the forms. */
    public void show(InboxEntry e) {
        clearForms();
        error.set("");
        message.set("");
        render(e);
    }

    /** Shows a newer state of the same placement (after a refresh), keeping what the user typed. */
    public void update(InboxEntry e) {
        render(e);
    }

    private void render(InboxEntry e) {
        entry.set(e);
        if (e == null) {
            slip.clear();
            market.clear();
            myQuote.set("");
            myLine.set("");
            return;
        }
        Function<Money, String> money = this::money;
        slip.setAll(SlipSheet.rows(e.placement().slip(), money, d -> i18n.formats().date(d)));
        market.setAll(MarketView.of(e.placement(), money));
        myQuote.set(e.myQuote().map(this::quoteText).orElse(i18n.text("uw.myQuote.none")));
        myLine.set(e.myLine().map(this::lineText).orElse(i18n.text("uw.myLine.none")));
    }

    private String quoteText(Quote q) {
        return switch (q.status()) {
            case QUOTED, ACCEPTED, NOT_TAKEN_UP, EXPIRED -> i18n.text("uw.myQuote.quoted", q.status().name(),
                    q.premium() == null ? "—" : money(q.premium()), q.capacity() == null ? "—" : share(q.capacity()),
                    q.validUntil() == null ? "—" : i18n.formats().dateTime(q.validUntil()));
            case DECLINED -> i18n.text("uw.myQuote.declined", q.declineReason() == null ? "" : q.declineReason());
            default -> i18n.text("uw.myQuote.requested", q.status().name());
        };
    }

    private String lineText(Line l) {
        if (l.signedShare() != null) {
            return i18n.text("uw.myLine.signed", share(l.writtenShare()), share(l.signedShare()));
        }
        return i18n.text("uw.myLine.written", share(l.writtenShare()), l.status().name());
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
        run("reload-placement", () -> desk.open(e.placement().id()), this::render);
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
            return;
        }
        Quote quote = e.myQuote().get();
        run("submit-quote", () -> {
            desk.submitQuote(quote, result.request().get());
            return desk.open(e.placement().id());
        }, updated -> {
            render(updated);
            clearForms();
            message.set(i18n.text("uw.message.quoted"));
            onChanged.run();
        });
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
        run("decline-quote", () -> {
            desk.decline(quote, reason);
            return desk.open(e.placement().id());
        }, updated -> {
            render(updated);
            clearForms();
            message.set(i18n.text("uw.message.declined"));
            onChanged.run();
        });
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
        run("write-line", () -> {
            desk.writeLine(e.placement().id(), result.request().get());
            return desk.open(e.placement().id());
        }, updated -> {
            render(updated);
            clearForms();
            message.set(i18n.text("uw.message.lineWritten"));
            onChanged.run();
        });
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
