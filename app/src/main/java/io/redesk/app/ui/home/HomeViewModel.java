package io.redesk.app.ui.home;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.Agenda;
import io.redesk.app.sync.SyncStatus;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.ShellModel;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Home, "what needs me today": today's date, the user's next steps on their placements
 * ({@link Agenda}: slips to finish, inquiries to send, quotes to compare, lines to close, contracts to
 * register; for an underwriter quote requests to answer and lines to write), each opening the page
 * where it is done, and, when there are none, an empty state that tells the user what will appear here.
 * The agenda is read off the FX thread, again on every visit, after every sync and when the language
 * changes.
 */
public final class HomeViewModel {

    private final ObservableList<TodayItem> items = FXCollections.observableArrayList();
    private final ShellModel shell;
    private final BooleanBinding empty;
    private final BooleanBinding exchangeMissing;
    private final StringBinding today;
    private final I18n i18n;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private TaskExecutor executor;
    private BackgroundTask.Work<List<Agenda.Item>> agenda;
    /** A desk whose to-dos are not placements (the finance desk): read, then turned into items on the FX thread. */
    private Source<?> source;

    /** A to-do list of {@code T} and how one becomes an item (on the FX thread, in the current language). */
    public record Source<T>(BackgroundTask.Work<List<T>> read, java.util.function.Function<List<T>, List<TodayItem>> items) {
    }

    /** A home page for {@code shell}, reading the sync status to advise on a missing exchange. */
    public HomeViewModel(ShellModel shell, I18n i18n, ObservableValue<SyncStatus> status) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        Objects.requireNonNull(status, "status");
        empty = Bindings.isEmpty(items);
        exchangeMissing = Bindings.createBooleanBinding(() -> !status.getValue().hasExchange(), status);
        today = Bindings.createStringBinding(() -> i18n.formats().longDate(i18n.formats().today()),
                i18n.formatsBinding());
    }

    /**
     * Home fed by {@code agenda} (read on {@code executor}, off the FX thread): loads it now and again
     * whenever the language changes. Call {@link #reload()} after a visit or a sync.
     */
    public HomeViewModel(ShellModel shell, I18n i18n, ObservableValue<SyncStatus> status, TaskExecutor executor,
            BackgroundTask.Work<List<Agenda.Item>> agenda) {
        this(shell, i18n, status);
        this.executor = Objects.requireNonNull(executor, "executor");
        this.agenda = Objects.requireNonNull(agenda, "agenda");
        i18n.languageProperty().addListener((o, a, b) -> reload());
        reload();
    }

    /**
     * Home fed by {@code source} instead of the placement agenda (Finance Home, issue 12): loads it now
     * and again whenever the language changes.
     */
    public static HomeViewModel of(ShellModel shell, I18n i18n, ObservableValue<SyncStatus> status, TaskExecutor executor,
            Source<?> source) {
        HomeViewModel m = new HomeViewModel(shell, i18n, status);
        m.executor = Objects.requireNonNull(executor, "executor");
        m.source = Objects.requireNonNull(source, "source");
        i18n.languageProperty().addListener((o, a, b) -> m.reload());
        m.reload();
        return m;
    }

    private <T> void reloadSource(Source<T> s) {
        executor.execute(BackgroundTask.of("home-todo", s.read())
                .onSuccess(loaded -> {
                    problem.set("");
                    items.setAll(s.items().apply(loaded));
                })
                .onFailure(e -> problem.set(i18n.text("home.agenda.failed",
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()))));
    }

    /** Reads the agenda again (no-op without one). A failure keeps the last list and says why. */
    public void reload() {
        if (source != null) {
            reloadSource(source);
            return;
        }
        if (agenda == null) {
            return;
        }
        executor.execute(BackgroundTask.of("home-agenda", agenda)
                .onSuccess(loaded -> {
                    problem.set("");
                    items.setAll(loaded.stream().map(this::item).toList());
                })
                .onFailure(e -> problem.set(i18n.text("home.agenda.failed",
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()))));
    }

    /** Why the agenda could not be read (empty when it could), in the user's language. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private TodayItem item(Agenda.Item a) {
        String ref = a.umr() == null || a.umr().isBlank() ? i18n.text("home.agenda.noUmr") : a.umr();
        String title = a.title().isBlank() ? ref : ref + " \u2014 " + a.title();
        Page page = switch (a.step()) {
            case ANSWER_QUOTE, WRITE_LINE -> Page.INBOX;
            case FINISH_SLIP -> Page.SLIPS;
            case SEND_INQUIRY, COMPARE_QUOTES -> Page.INQUIRIES;
            case COLLECT_LINES, BIND -> Page.LINES;
            case REGISTER -> Page.REGISTRATION;
        };
        String step = switch (a.step()) {
            case ANSWER_QUOTE -> key("home.step.ANSWER_QUOTE");
            case WRITE_LINE -> key("home.step.WRITE_LINE");
            case FINISH_SLIP -> key("home.step.FINISH_SLIP");
            case SEND_INQUIRY -> key("home.step.SEND_INQUIRY");
            case COMPARE_QUOTES -> key("home.step.COMPARE_QUOTES");
            case COLLECT_LINES -> key("home.step.COLLECT_LINES");
            case BIND -> key("home.step.BIND");
            case REGISTER -> key("home.step.REGISTER");
        };
        String detail = switch (a.pending()) {
            case NONE -> i18n.text(step);
            // the vault shows the move already; the exchange does not have it yet
            case MOVE -> a.step() == Agenda.Step.SEND_INQUIRY ? i18n.text("home.pending.submission")
                    : i18n.text("home.pending.move", i18n.text(step));
            case CHANGES -> i18n.text("home.pending.changes", i18n.text(step));
            case REFUSED -> i18n.text("home.pending.refused", i18n.text(step));
            case DRAFT -> i18n.text("home.pending.draft", i18n.text(step));
        };
        return new TodayItem(title, detail, () -> shell.open(page, a.placementId(), a.umr()));
    }

    /** Work items for today, most urgent step first. */
    public ObservableList<TodayItem> items() {
        return items;
    }

    /** True when nothing needs the user: the view shows its empty state. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** True while no exchange is configured: the empty state points to settings. */
    public BooleanBinding exchangeMissingProperty() {
        return exchangeMissing;
    }

    /** Today's date, in full, in the current language. */
    public StringBinding todayText() {
        return today;
    }

    /** Goes to settings (where the exchange connection will be set up). */
    public void openSettings() {
        shell.navigate(Page.SETTINGS);
    }
}
