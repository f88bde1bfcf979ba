package io.redesk.app.ui.slips;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.KindFilter;
import io.redesk.app.desk.SlipCatalog;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KdfParams;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slips list's contract-kind filter and its empty states, over a real vault, without a toolkit. */
class SlipsListViewModelTest {

    @TempDir
    Path dir;
    Vault vault;
    SlipsListViewModel list;

    @BeforeEach
    void open() {
        vault = Vaults.create(new VaultLocation(dir, "t"), "pw pw pw pw".toCharArray(), CryptoSuite.INTERNATIONAL,
                VaultOptions.defaults().withKdf(new KdfParams(256, 1, 1)));
        PlacementRepository placements = new PlacementRepository(vault);
        placements.save(placement("p-qs", "Yangtze motor quota share", PlacementStatus.BOUND, "QUOTA_SHARE"));
        placements.save(placement("p-cat", "Yangtze typhoon cat XL", PlacementStatus.INQUIRY, "CAT_EXCESS_OF_LOSS"));
        placements.save(placement("p-fac", "Pudong airport cargo terminal", PlacementStatus.BOUND, "FAC_PROPORTIONAL"));
        placements.save(placement("p-facxl", "Lingang wafer fab", PlacementStatus.DRAFT, "FAC_EXCESS_OF_LOSS"));
        placements.save(placement("p-old", "Draft saved before kinds were kept", PlacementStatus.DRAFT, null));
        list = new SlipsListViewModel(new SlipCatalog(vault), new CurrentThreadTaskExecutor());
        list.load();
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private static PlacementRecord placement(String id, String title, PlacementStatus status, String kind) {
        return new PlacementRecord(id, null, title, status, null, null, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), 1, kind);
    }

    @Test
    void filtersByContractFormTreatyOrFacultative() {
        assertThat(list.rows()).hasSize(5);
        list.kindProperty().set(KindFilter.TREATY);
        assertThat(list.rows()).extracting(SlipCatalog.Row::id).containsExactlyInAnyOrder("p-qs", "p-cat");
        list.kindProperty().set(KindFilter.FACULTATIVE);
        assertThat(list.rows()).extracting(SlipCatalog.Row::id).containsExactlyInAnyOrder("p-fac", "p-facxl");
    }

    @Test
    void filtersByFamilyAndBySingleKind() {
        list.kindProperty().set(KindFilter.PROPORTIONAL);
        assertThat(list.rows()).extracting(SlipCatalog.Row::id).containsExactlyInAnyOrder("p-qs", "p-fac");
        list.kindProperty().set(KindFilter.NON_PROPORTIONAL);
        assertThat(list.rows()).extracting(SlipCatalog.Row::id).containsExactlyInAnyOrder("p-cat", "p-facxl");
        list.kindProperty().set(KindFilter.CAT_EXCESS_OF_LOSS);
        assertThat(list.rows()).extracting(SlipCatalog.Row::id).containsExactly("p-cat");
        list.kindProperty().set(KindFilter.STOP_LOSS);
        assertThat(list.rows()).isEmpty();
    }

    @Test
    void kindCombinesWithSearchAndStatusAndAPlacementOfUnknownKindShowsOnlyUnderAllKinds() {
        list.kindProperty().set(KindFilter.TREATY);
        list.queryProperty().set("yangtze");
        list.statusProperty().set(PlacementStatus.BOUND);
        assertThat(list.rows()).extracting(SlipCatalog.Row::id).containsExactly("p-qs");
        list.statusProperty().set(null);
        list.queryProperty().set("");
        list.kindProperty().set(null);
        assertThat(list.rows()).extracting(SlipCatalog.Row::id).contains("p-old");
        list.kindProperty().set(KindFilter.FACULTATIVE);
        assertThat(list.rows()).extracting(SlipCatalog.Row::id).doesNotContain("p-old");
    }

    @Test
    void anEmptyResultUnderFiltersIsANoMatchThatClearingUndoes() {
        assertThat(list.loadedProperty().get()).isTrue();
        assertThat(list.isFiltered()).isFalse();
        list.kindProperty().set(KindFilter.STOP_LOSS);
        list.queryProperty().set("wafer");
        assertThat(list.rows()).isEmpty();
        assertThat(list.isFiltered()).isTrue();
        list.clearFilters();
        assertThat(list.isFiltered()).isFalse();
        assertThat(list.rows()).hasSize(5);
    }

    @Test
    void aFailedLoadIsReportedNotShownAsAnEmptyBook() {
        SlipsListViewModel locked = new SlipsListViewModel(new SlipCatalog(vault), new CurrentThreadTaskExecutor());
        vault.close();
        locked.load();
        assertThat(locked.loadedProperty().get()).isFalse();
        assertThat(locked.problemProperty().get()).isNotEmpty();
        assertThat(locked.loadingProperty().get()).isFalse();
    }

    @Test
    void aChangedSlipIsMergedIntoTheListWithoutReloadingIt() {
        PlacementRepository placements = new PlacementRepository(vault);
        // retitled, new, and deleted in the vault; only these ids are read again
        placements.save(placement("p-fac", "Pudong airport cargo terminal phase 2", PlacementStatus.BOUND, "FAC_PROPORTIONAL"));
        placements.save(placement("p-new", "Lingang battery plant", PlacementStatus.DRAFT, "FAC_PROPORTIONAL"));
        placements.delete("p-old");
        list.changed(java.util.List.of("p-fac", "p-new", "p-old"));

        assertThat(list.totalProperty().get()).isEqualTo(5);
        assertThat(list.rows()).extracting(SlipCatalog.Row::id).containsExactlyInAnyOrder("p-qs", "p-cat", "p-fac", "p-facxl", "p-new");
        assertThat(list.rows().subList(0, 2)).extracting(SlipCatalog.Row::id).as("the changed rows first")
                .containsExactlyInAnyOrder("p-fac", "p-new");
        list.queryProperty().set("phase 2");
        assertThat(list.rows()).as("searched by its new title").extracting(SlipCatalog.Row::id).containsExactly("p-fac");
        list.queryProperty().set("battery");
        assertThat(list.rows()).extracting(SlipCatalog.Row::id).containsExactly("p-new");
        list.queryProperty().set("yangtze");
        assertThat(list.rows()).as("the other rows keep their search keys").extracting(SlipCatalog.Row::id)
                .containsExactlyInAnyOrder("p-qs", "p-cat");
    }
}
