package io.redesk.app.ui.inbox;

import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.underwriting.UnderwritingTexts;
import io.redesk.app.underwriting.InboxEntry;
import io.redesk.app.underwriting.UnderwriterDesk;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The underwriter's inbox: every placement the exchange shows this reinsurer, most urgent first
 * (quote requests to answer, firm orders to follow), with the selected one opened on the desk.
 * Loading runs on the task executor; the list keeps the selection across refreshes.
 */
public final class InboxViewModel {

    private final Optional<UnderwriterDesk> desk;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ObservableList<InboxEntry> entries = FXCollections.observableArrayList();
    // one read-only view, kept: a fresh wrapper per call would hold its listeners only weakly
    private final ObservableList<InboxEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ObjectProperty<InboxEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final List<Runnable> reloaded = new java.util.ArrayList<>();
    private boolean updating;
    private boolean again;
    /** A placement asked for by {@link #open} that the next reload should select. */
    private UUID wanted;
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(this, "offline", false);

    /** An inbox over {@code desk}; empty when the user is not an underwriter (the page says so). */
    public InboxViewModel(Optional<UnderwriterDesk> desk, TaskExecutor executor, I18n i18n) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        i18n.languageProperty().addListener((obs, old, now) -> updateSummary());
    }

    /** Whether this user has an underwriter's inbox at all. */
    public boolean available() {
        return desk.isPresent();
    }

    /** Reloads from the exchange, keeping the selected placement selected. */
    public void refresh() {
        refresh(list -> { });
    }

    /** Reloads, then runs {@code after} with the new list (on the UI thread). */
    public void refresh(Consumer<List<InboxEntry>> after) {
        if (desk.isEmpty()) {
            return;
        }
        if (loading.get()) {
            // the answer in flight may predate what asked for this one: load once more after it
            again = true;
            return;
        }
        loading.set(true);
        executor.execute(BackgroundTask.of("load-inbox", ctx -> desk.get().load())
                .onSuccess(snapshot -> {
                    loading.set(false);
                    error.set("");
                    offline.set(snapshot.offline());
                    List<InboxEntry> list = snapshot.entries();
                    UUID keep = selected.get() == null ? null : selected.get().placement().id();
                    // one step for the views: the list's own selection follows items being replaced, and
                    // must not be taken for the user choosing another placement meanwhile
                    updating = true;
                    try {
                        entries.setAll(list);
                        if (keep != null) {
                            list.stream().filter(e -> e.placement().id().equals(keep)).findFirst().ifPresent(selected::set);
                        }
                        UUID asked = wanted;
                        if (asked != null) {
                            list.stream().filter(e -> e.placement().id().equals(asked)).findFirst().ifPresent(e -> {
                                selected.set(e);
                                wanted = null;
                            });
                        }
                    } finally {
                        updating = false;
                    }
                    reloaded.forEach(Runnable::run);
                    updateSummary();
                    after.accept(list);
                    loadAgainIfAsked();
                })
                .onFailure(failure -> {
                    loading.set(false);
                    error.set(i18n.text("inbox.error", String.valueOf(failure.getMessage())));
                    loadAgainIfAsked();
                }));
    }

    private void loadAgainIfAsked() {
        if (again) {
            again = false;
            refresh();
        }
    }

    /** True while a reload replaces the entries (list selection events then are not the user's). */
    public boolean isUpdating() {
        return updating;
    }

    /** Runs {@code r} after each reload has replaced the entries and restored the selection. */
    public void onReloaded(Runnable r) {
        reloaded.add(Objects.requireNonNull(r, "r"));
    }

    /**
     * Follows the sync engine: when the user's waiting answers go out or come back rejected, or the
     * connection changes, the inbox reloads (on the task executor). Close the handle to stop.
     */
    public AutoCloseable followSync() {
        if (desk.isEmpty()) {
            return () -> { };
        }
        java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>("");
        return desk.get().onSync(state -> {
            String now = state.connection() + "/" + state.pending() + "/" + state.rejected();
            if (!now.equals(seen.getAndSet(now))) {
                // from the engine's thread: a task hops to the UI thread before touching the list
                executor.execute(BackgroundTask.of("inbox-after-sync", ctx -> Boolean.TRUE)
                        .onSuccess(x -> refresh()));
            }
        });
    }

    private void updateSummary() {
        long open = entries.stream().filter(e -> switch (e.action()) {
            case ANSWER_QUOTE, WRITE_LINE -> true;
            default -> false;
        }).count();
        summary.set(i18n.text("inbox.summary", open, entries.size())
                + (offline.get() ? " · " + i18n.text("inbox.offlineShort") : ""));
    }

    /**
     * Opens the entry of {@code placementId} (home's to-do list): selected now if listed, and reloaded
     * so the entry is current; one not listed yet is selected when a reload brings it.
     */
    public void open(UUID placementId) {
        wanted = placementId;
        select(placementId);
        refresh();
    }

    /** Selects the entry of {@code placementId}, if it is in the inbox. */
    public void select(UUID placementId) {
        entries.stream().filter(e -> e.placement().id().equals(placementId)).findFirst().ifPresent(selected::set);
    }

    /** One line for the list: UMR, title, what it needs. */
    public String describe(InboxEntry e) {
        return i18n.text("inbox.row", e.placement().umr() == null ? "" : e.placement().umr(),
                e.placement().title() == null ? "" : e.placement().title(), i18n.text(UnderwritingTexts.action(e.action())));
    }

    public ObservableList<InboxEntry> entries() {
        return entriesView;
    }

    public ObjectProperty<InboxEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the list comes from the vault because the exchange could not be reached. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    /** "2 need you · 9 in total". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
