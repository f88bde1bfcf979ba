package io.redesk.app.sync;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's sync status, published by the sync engine from any thread and read by the status bar.
 *
 * <p>UI-free on purpose: plain Java listeners, no JavaFX. Listeners are called on the publishing
 * thread; a UI adapter hops to its own thread and re-reads {@link #current()}, so even if two
 * publishers race, the screen settles on the latest state. A failing listener is logged and does not
 * stop the others or the publisher.
 */
public final class StatusModel {

    private static final Logger LOG = LoggerFactory.getLogger(StatusModel.class);

    private final AtomicReference<SyncStatus> current;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();

    /** A model starting at {@link SyncStatus#notConfigured()}. */
    public StatusModel() {
        this(SyncStatus.notConfigured());
    }

    /** A model starting at {@code initial}. */
    public StatusModel(SyncStatus initial) {
        current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** The latest status. */
    public SyncStatus current() {
        return current.get();
    }

    /** Replaces the status and notifies listeners if it changed. */
    public void publish(SyncStatus status) {
        Objects.requireNonNull(status, "status");
        SyncStatus previous = current.getAndSet(status);
        if (!previous.equals(status)) {
            notifyListeners(status);
        }
    }

    /** Atomically derives the next status from the current one, e.g. {@code s -> s.withPendingChanges(3)}. */
    public void update(UnaryOperator<SyncStatus> change) {
        Objects.requireNonNull(change, "change");
        SyncStatus previous;
        SyncStatus next;
        do {
            previous = current.get();
            next = Objects.requireNonNull(change.apply(previous), "the change returned no status");
        } while (!current.compareAndSet(previous, next));
        if (!previous.equals(next)) {
            notifyListeners(next);
        }
    }

    /** Calls {@code listener} after every change until the returned subscription is closed. */
    public Subscription subscribe(Consumer<SyncStatus> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void notifyListeners(SyncStatus status) {
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(status);
            } catch (RuntimeException e) {
                LOG.warn("a sync status listener failed", e);
            }
        }
    }

    /** Stops a listener; closing twice is harmless. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
