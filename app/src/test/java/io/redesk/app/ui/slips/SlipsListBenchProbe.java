package io.redesk.app.ui.slips;

import io.redesk.app.desk.SlipCatalog;
import io.redesk.domain.placement.PlacementStatus;

import java.util.List;

/** Lets the benchmark call the list's package-private filter: the same code a keystroke runs. */
public final class SlipsListBenchProbe {

    private SlipsListBenchProbe() {
    }

    public static List<SlipCatalog.Row> filter(SlipCatalog catalog, List<SlipCatalog.Row> rows, String q, PlacementStatus s) {
        return SlipsListViewModel.filter(catalog, rows, q, s);
    }

    public static List<SlipCatalog.Row> filter(SlipCatalog catalog, List<SlipCatalog.Row> rows, String q, PlacementStatus s,
                                               io.redesk.app.desk.KindFilter k) {
        return SlipsListViewModel.filter(catalog, rows, q, s, k);
    }
}
