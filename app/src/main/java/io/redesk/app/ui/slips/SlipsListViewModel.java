package io.redesk.app.ui.slips;

import io.redesk.app.desk.KindFilter;
import io.redesk.app.desk.SlipCatalog;
import io.redesk.app.desk.SlipCatalog.Row;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.task.TaskHandle;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.store.search.SearchKey;

import java.util.ArrayList;
import java.util.Comparator;
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
 * The slips list: every placement in the vault, searched by title and UMR, filtered by status and by
 * contract kind ({@link KindFilter}: treaty, facultative, proportional, non-proportional or one kind),
 * shown newest first (the view's table sorts on top of that).
 *
 * <p>Opening shows the newest rows at once and loads the rest in the background, together with each
 * row's {@link SearchKey} (its title and UMR normalised once). Typing then filters the rows already in
 * memory with the blind index's own semantics, in milliseconds for 100,000 rows, instead of asking the
 * vault per keystroke. Each keystroke cancels the previous filter and runs the next one off the FX
 * thread, so the list never freezes. All loading goes through the {@link TaskExecutor}.
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
    private Loaded all = Loaded.EMPTY;
    private TaskHandle running;
    /** Slips changed since the last merge started (FX thread only). */
    private final Set<String> pendingIds = new java.util.LinkedHashSet<>();
    private boolean merging;

    /** The whole list and, index for index, each row's search key. */
    record Loaded(List<Row> rows, List<SearchKey> keys) {
        static final Loaded EMPTY = new Loaded(List.of(), List.of());

        static Loaded of(List<Row> rows) {
            List<SearchKey> keys = new ArrayList<>(rows.size());
            for (Row r : rows) {
                keys.add(SlipCatalog.searchKey(r));
            }
            return new Loaded(rows, keys);
        }

        /**
         * This list with the rows of {@code ids} replaced by {@code found} (as the vault has them now,
         * newest first, at the top: they just changed) and those not found gone; the other rows keep
         * their order and their keys.
         */
        Loaded merged(Set<String> ids, List<Row> found) {
            List<Row> top = new ArrayList<>(found);
            top.sort(Comparator.comparing(Row::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())));
            List<Row> out = new ArrayList<>(rows.size() + top.size());
            List<SearchKey> outKeys = new ArrayList<>(rows.size() + top.size());
            for (Row r : top) {
                out.add(r);
                outKeys.add(SlipCatalog.searchKey(r));
            }
            for (int i = 0; i < rows.size(); i++) {
                if (!ids.contains(rows.get(i).id())) {
                    out.add(rows.get(i));
                    outKeys.add(keys.get(i));
                }
            }
            return new Loaded(out, outKeys);
        }
    }

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
                    if (all.rows().isEmpty()) {
                        all = Loaded.of(first);
                        refilter();
                    }
                }));
        executor.execute(BackgroundTask.of("slips-all", ctx -> Loaded.of(catalog.all()))
                .onSuccess(loaded -> {
                    all = loaded;
                    total.set(loaded.rows().size());
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

    /**
     * The slips {@code ids} changed in the vault (saved, retitled, re-keyed, deleted): only those rows are
     * read again and merged into the list, where a reload would decrypt every placement (about 1.5 s
     * at 100,000). While a full load is on its way (it may have read before the change) the list is
     * loaded again instead. Changes arriving while one is merged are merged after it, in order.
     */
    public void changed(java.util.Collection<String> ids) {
        pendingIds.addAll(ids);
        if (!merging) {
            mergeNext();
        }
    }

    private void mergeNext() {
        if (pendingIds.isEmpty()) {
            merging = false;
            return;
        }
        if (!loaded.get() || loading.get()) {
            pendingIds.clear();
            merging = false;
            load();
            return;
        }
        merging = true;
        Set<String> ids = Set.copyOf(pendingIds);
        pendingIds.clear();
        executor.execute(BackgroundTask.of("slips-changed", ctx -> catalog.rows(ids))
                .onSuccess(found -> {
                    if (loaded.get() && !loading.get()) {
                        all = all.merged(ids, found);
                        total.set(all.rows().size());
                        refilter();
                    } else {
                        pendingIds.addAll(ids); // a full load started meanwhile: mergeNext reloads
                    }
                    mergeNext();
                })
                .onFailure(e -> {
                    merging = false;
                    load();
                }));
    }

    private void refilter() {
        if (running != null) {
            running.cancel();
        }
        String q = query.get() == null ? "" : query.get().trim();
        PlacementStatus s = status.get();
        KindFilter k = kind.get();
        Loaded source = all;
        running = executor.execute(BackgroundTask.of("slips-filter", ctx -> filter(source, q, s, k))
                .onSuccess(rows::setAll));
    }

    /**
     * The rows of {@code source} matching every search term of {@code q}, status {@code s} and kind
     * filter {@code k} (null: any).
     */
    static List<Row> filter(Loaded source, String q, PlacementStatus s, KindFilter k) {
        SearchKey.Query query = SearchKey.Query.parse(q);
        List<Row> out = new ArrayList<>();
        List<Row> rows = source.rows();
        List<SearchKey> keys = source.keys();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (s != null && r.status() != s) {
                continue;
            }
            if (k != null && !k.matches(r.kind())) {
                continue;
            }
            if (!query.isEmpty() && !keys.get(i).matches(query)) {
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
