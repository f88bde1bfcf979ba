package io.redesk.app.ui.slips;

import io.redesk.app.desk.SlipCatalog;
import io.redesk.domain.placement.PlacementStatus;

import java.util.List;

/** Lets the benchmark run the list's package-private load and filter: the same code a keystroke runs. */
public final class SlipsListBenchProbe {

    private SlipsListBenchProbe() {
    }

    /** The loaded list as the view model holds it (rows plus their search keys). */
    public static final class Loaded {
        private final SlipsListViewModel.Loaded loaded;

        private Loaded(SlipsListViewModel.Loaded loaded) {
            this.loaded = loaded;
        }

        public int size() {
            return loaded.rows().size();
        }
    }

    /** What the view model does once the whole list has been read: builds every row's search key. */
    public static Loaded load(List<SlipCatalog.Row> rows) {
        return new Loaded(SlipsListViewModel.Loaded.of(rows));
    }

    public static List<SlipCatalog.Row> filter(Loaded rows, String q, PlacementStatus s) {
        return SlipsListViewModel.filter(rows.loaded, q, s, null);
    }

    public static List<SlipCatalog.Row> filter(Loaded rows, String q, PlacementStatus s, io.redesk.app.desk.KindFilter k) {
        return SlipsListViewModel.filter(rows.loaded, q, s, k);
    }

    /** What the view model does when slips {@code ids} changed: reads their rows and merges them in. */
    public static Loaded merge(Loaded rows, java.util.Set<String> ids, SlipCatalog catalog) {
        return new Loaded(rows.loaded.merged(ids, catalog.rows(ids)));
    }
}
