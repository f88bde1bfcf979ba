package io.redesk.app.ui.placement;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.i18n.Localization;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.task.TaskHandle;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.sdk.model.placement.Placement;

import java.util.List;
import java.util.Objects;
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
 * What the broker's placement pages (inquiry, quote board, lines, registration) share: the broker's
 * placements and the one chosen, the last outcome in the user's language, and a busy flag that is on
 * while any of the page's exchange calls runs. Every call goes through {@link #run}: off the FX thread
 * on the {@link TaskExecutor}, busy while it runs, a failure shown as "Not done: reason" (the
 * exchange's reason, which says how to fix it).
 *
 * <p>A page may be asked to {@linkplain #preselect(String) open a given placement} (by UMR) once the
 * list has loaded: a notification, or the {@code --placement} launch option.
 */
public abstract class PlacementPageModel {

    protected final BrokerDesk desk;
    protected final TaskExecutor executor;
    protected final I18n i18n;
    private final ObservableList<Placement> placements = FXCollections.observableArrayList();
    private final ObjectProperty<Placement> placement = new SimpleObjectProperty<>(this, "placement");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private int running;
    private String preferredUmr;
    private Runnable lastLoad;
    private boolean unreachable;

    protected PlacementPageModel(BrokerDesk desk, TaskExecutor executor, I18n i18n) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /**
     * Runs {@code work} off the FX thread with the page busy meanwhile; {@code onSuccess} runs on the FX
     * thread; a failure becomes the outcome "Not done: reason".
     */
    protected final <T> TaskHandle run(String name, BackgroundTask.Work<T> work, Consumer<? super T> onSuccess) {
        started();
        return executor.execute(BackgroundTask.of(name, work)
                .onSuccess(result -> {
                    finished();
                    unreachable = false;
                    onSuccess.accept(result);
                })
                .onFailure(e -> {
                    finished();
                    unreachable = unreachable(e);
                    tell(failureText(e));
                })
                .onCancelled(this::finished));
    }

    /** Loads the page's placements with {@code query} (then selects the preselected one, if any). */
    protected final void loadPlacements(String name, BackgroundTask.Work<List<Placement>> query) {
        lastLoad = () -> run(name, query, this::showPlacements);
        lastLoad.run();
    }

    /**
     * The exchange is reachable again: a "cannot reach the exchange" outcome no longer applies, so it
     * goes, and the page's list is loaded again. Any other outcome stays (it is still true).
     */
    public final void exchangeReachable() {
        if (!unreachable) {
            return;
        }
        unreachable = false;
        tell("");
        if (lastLoad != null) {
            lastLoad.run();
        }
    }

    /**
     * Calls {@link #exchangeReachable()} (through {@code uiThread}) each time {@code engine} finds the
     * exchange again after losing it. The subscription ends with the engine (the session).
     */
    public final PlacementPageModel followReachability(java.util.Optional<io.redesk.app.sync.engine.SyncEngine> engine,
                                                       java.util.concurrent.Executor uiThread) {
        engine.ifPresent(e -> {
            java.util.concurrent.atomic.AtomicBoolean online = new java.util.concurrent.atomic.AtomicBoolean(e.state().online());
            e.subscribe(state -> {
                boolean now = state.online();
                if (now && !online.getAndSet(true)) {
                    uiThread.execute(this::exchangeReachable);
                } else if (!now && state.connection() == io.redesk.app.sync.engine.SyncState.Connection.OFFLINE) {
                    online.set(false);
                }
            });
        });
        return this;
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.redesk.sdk.error.NetworkException) {
                return true;
            }
        }
        return false;
    }

    private void showPlacements(List<Placement> loaded) {
        placements.setAll(loaded);
        if (preferredUmr != null) {
            loaded.stream().filter(p -> preferredUmr.equals(p.umr())).findFirst().ifPresent(placement::set);
        }
    }

    /** Opens the placement with market reference {@code umr} when it is (or once it is) in the list. */
    public final void preselect(String umr) {
        preferredUmr = umr;
        if (umr != null) {
            placements.stream().filter(p -> umr.equals(p.umr())).findFirst().ifPresent(placement::set);
        }
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running = Math.max(0, running - 1);
        busy.set(running > 0);
    }

    /** What the page says when a call fails: "Not done: reason"; a page may explain a known refusal better. */
    protected String failureText(Throwable e) {
        return text("desk.failed", reason(e));
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** {@code key} with {@code args} in the user's current language. */
    protected final String text(String key, Object... args) {
        return Localization.of(i18n.getLanguage()).text(key, args);
    }

    /** Shows {@code message} (already localised, see {@link #text}) as the page's outcome. */
    protected final void tell(String message) {
        outcome.set(message);
    }

    /** The broker's placements this page offers. */
    public final ObservableList<Placement> placements() {
        return placements;
    }

    /** The placement chosen on this page; null when none. */
    public final ObjectProperty<Placement> placementProperty() {
        return placement;
    }

    /** What happened last (done, or why not), localised. */
    public final ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** True while one of this page's exchange calls runs (the page shows a busy indicator). */
    public final ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
