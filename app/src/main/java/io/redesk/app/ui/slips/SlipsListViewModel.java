package io.redesk.app.ui.slips;

import io.redesk.app.desk.KindFilter;
import io.redesk.app.desk.SlipCatalog;
import io.redesk.app.desk.SlipCatalog.Row;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.task.TaskHandle;
import io.redesk.domain.placement.PlacementStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The slips list: every placement in the vault, searched through the vault's blind index, filtered by
 * status and by contract kind ({@link KindFilter}: treaty, facultative, proportional, non-proportional or
 * one kind), shown newest first (the view's table sorts on top of that).
 *
 * <p>Opening shows the newest rows at once and loads the rest in the background; each keystroke in the
 * search box cancels the previous search and runs the next one off the FX thread, so the list never
 * freezes. All loading goes through the {@link TaskExecutor}.
 */
public final class SlipsListViewModel {

    /** Rows shown before the full list has loaded. */
    static final int FIRST_PAGE = 200;

    private final SlipCatalog catalog;
    private final TaskExecutor executor;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<PlacementStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<KindFilter> kind = new SimpleObjectProperty<>(this, "kind");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private List<Row> all = List.of();
    private TaskHandle running;

    public SlipsListViewModel(SlipCatalog catalog, TaskExecutor executor) {
        this.catalog = catalog;
        this.executor = executor;
        query.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        kind.addListener((o, a, b) -> refilter());
    }

    /** Loads the list: the newest rows first, then all of them. */
    public void load() {
        loading.set(true);
        executor.execute(BackgroundTask.of("slips-first-page", ctx -> catalog.newest(FIRST_PAGE))
                .onSuccess(first -> {
                    if (all.isEmpty()) {
                        rows.setAll(first);
                    }
                }));
        executor.execute(BackgroundTask.of("slips-all", ctx -> catalog.all())
                .onSuccess(loaded -> {
                    all = loaded;
                    total.set(loaded.size());
                    loading.set(false);
                    this.loaded.set(true);
                    problem.set("");
                    refilter();
                })
                .onFailure(e -> {
                    loading.set(false);
                    problem.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                }));
    }

    private void refilter() {
        if (running != null) {
            running.cancel();
        }
        String q = query.get() == null ? "" : query.get().trim();
        PlacementStatus s = status.get();
        KindFilter k = kind.get();
        List<Row> source = all;
        running = executor.execute(BackgroundTask.of("slips-filter", ctx -> filter(catalog, source, q, s, k))
                .onSuccess(rows::setAll));
    }

    /** The rows of {@code source} matching {@code q} (blind index, then plaintext re-check) and {@code s}. */
    static List<Row> filter(SlipCatalog catalog, List<Row> source, String q, PlacementStatus s) {
        return filter(catalog, source, q, s, null);
    }

    /**
     * The rows of {@code source} matching {@code q} (blind index, then plaintext re-check), status
     * {@code s} and kind filter {@code k} (null: any).
     */
    static List<Row> filter(SlipCatalog catalog, List<Row> source, String q, PlacementStatus s, KindFilter k) {
        Set<String> ids = q.isEmpty() ? null : catalog.candidateIds(q);
        List<Row> out = new ArrayList<>();
        for (Row r : source) {
            if (s != null && r.status() != s) {
                continue;
            }
            if (k != null && !k.matches(r.kind())) {
                continue;
            }
            if (ids != null && (!ids.contains(r.id()) || !SlipCatalog.matches(r, q))) {
                continue;
            }
            out.add(r);
        }
        return out;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The search text (title or UMR, prefix words, Chinese characters). */
    public StringProperty queryProperty() {
        return query;
    }

    /** The status filter; null for every status. */
    public ObjectProperty<PlacementStatus> statusProperty() {
        return status;
    }

    /** The contract-kind filter; null for every kind. */
    public ObjectProperty<KindFilter> kindProperty() {
        return kind;
    }

    /** Whether any filter (search, status, kind) narrows the list: an empty list then means "no match". */
    public boolean isFiltered() {
        return !(query.get() == null || query.get().isBlank()) || status.get() != null || kind.get() != null;
    }

    /** Clears search, status and kind. */
    public void clearFilters() {
        query.set("");
        status.set(null);
        kind.set(null);
    }

    /** True once the whole list has loaded (an empty list then really means "no slips"). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /** Why the list could not be read (vault locked, damaged), empty when it could. */
    public StringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** How many placements the vault holds. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }
}
