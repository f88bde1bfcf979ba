package io.redesk.store.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.placement.PlacementStatus;
import io.redesk.store.StaleVersionException;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.ConstraintViolationException;
import io.redesk.store.doc.Stored;
import io.redesk.store.line.LineRepository;
import io.redesk.store.quote.QuoteRecord;
import io.redesk.store.quote.QuoteRepository;
import io.redesk.store.testing.Samples;
import io.redesk.store.testing.TestVaults;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacementRepositoryTest {

    @TempDir
    Path appData;
    Vault vault;
    PlacementRepository placements;

    @BeforeEach
    void open() {
        vault = TestVaults.create(appData, CryptoSuite.INTERNATIONAL);
        placements = new PlacementRepository(vault);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void insertedPlacementReadsBackEqualAtVersionOne() {
        PlacementRecord p = Samples.placement("p-1", "Pacific Marine Cargo", "B0999ABC123");
        placements.insert(p);
        Stored<PlacementRecord> back = placements.find("p-1").orElseThrow();
        assertThat(back.value()).isEqualTo(p);
        assertThat(back.version()).isEqualTo(1);
    }

    @Test
    void updateBumpsTheVersionAndRefusesAStaleOne() {
        PlacementRecord p = Samples.placement("p-1", "Pacific", "B1");
        placements.insert(p);
        Stored<PlacementRecord> v2 = placements.update(p.withStatus(PlacementStatus.SUBMITTED), 1);
        assertThat(v2.version()).isEqualTo(2);
        assertThatThrownBy(() -> placements.update(p.withStatus(PlacementStatus.CANCELLED), 1))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).currentVersion()).isEqualTo(2));
        assertThat(placements.find("p-1").orElseThrow().value().status()).isEqualTo(PlacementStatus.SUBMITTED);
    }

    @Test
    void listsByStatus() {
        placements.insert(Samples.placement("p-1", "One", "B1"));
        placements.insert(Samples.placement("p-2", "Two", "B2").withStatus(PlacementStatus.BOUND));
        assertThat(placements.byStatus(PlacementStatus.BOUND)).extracting(Stored::id).containsExactly("p-2");
    }

    @Test
    void searchFindsByTitlePrefixAndReferenceAndFollowsUpdates() {
        placements.insert(Samples.placement("p-1", "Pacific Marine Cargo", "B0999ABC123"));
        placements.insert(Samples.placement("p-2", "Atlantic Hull", "B0777XYZ"));
        placements.insert(Samples.placement("p-3", "中国再保险 航运 Pool", "B0555"));
        assertThat(placements.search("pacif carg")).extracting(Stored::id).containsExactly("p-1");
        assertThat(placements.search("b0777xyz")).extracting(Stored::id).containsExactly("p-2");
        assertThat(placements.search("再保险")).extracting(Stored::id).containsExactly("p-3");
        assertThat(placements.search("marine hull")).isEmpty();
        PlacementRecord renamed = new PlacementRecord("p-1", "B0999ABC123", "Indian Ocean Energy", PlacementStatus.DRAFT,
                "c", "b", null, null, 1);
        placements.update(renamed, 1);
        assertThat(placements.search("pacific")).isEmpty();
        assertThat(placements.search("energy")).extracting(Stored::id).containsExactly("p-1");
    }

    @Test
    void childrenNeedAnExistingPlacementAndGoWithIt() {
        assertThatThrownBy(() -> new QuoteRepository(vault).insert(Samples.quote("q-1", "missing")))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("does not exist");
        placements.insert(Samples.placement("p-1", "Pacific", "B1"));
        QuoteRepository quotes = new QuoteRepository(vault);
        quotes.insert(Samples.quote("q-1", "p-1"));
        new LineRepository(vault).insert(Samples.line("l-1", "p-1"));
        new SlipVersionRepository(vault).insert(Samples.slip("s-1", "p-1", 1));
        assertThat(quotes.forPlacement("p-1")).extracting(s -> s.value().premium().amount().toPlainString())
                .containsExactly(Samples.AMOUNT);
        placements.delete("p-1");
        assertThat(quotes.count()).isZero();
        assertThat(new LineRepository(vault).count()).isZero();
        assertThat(new SlipVersionRepository(vault).count()).isZero();
    }

    @Test
    void slipVersionsAreKeptInOrder() {
        placements.insert(Samples.placement("p-1", "Pacific", "B1"));
        SlipVersionRepository slips = new SlipVersionRepository(vault);
        slips.insert(Samples.slip("s-2", "p-1", 2));
        slips.insert(Samples.slip("s-1", "p-1", 1));
        assertThat(slips.versionsOf("p-1")).extracting(s -> s.value().slipVersion()).containsExactly(1, 2);
        assertThat(slips.latestOf("p-1").orElseThrow().id()).isEqualTo("s-2");
        assertThatThrownBy(() -> slips.insert(Samples.slip("s-dup", "p-1", 2)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("already exists");
    }

    @Test
    void aFailedBatchWritesNothing() {
        List<PlacementRecord> batch = List.of(Samples.placement("p-1", "One", "B1"), Samples.placement("p-1", "Dup", "B2"));
        assertThatThrownBy(() -> placements.insertAll(batch)).isInstanceOf(ConstraintViolationException.class);
        assertThat(placements.count()).isZero();
    }

    @Test
    void aBatchAfterAFailedOneWritesOnlyItsOwnRows() {
        // Statements are reused: rows queued by the failed batch must not ride along with the next one.
        List<PlacementRecord> bad = List.of(Samples.placement("p-1", "One", "B1"), Samples.placement("p-1", "Dup", "B2"));
        assertThatThrownBy(() -> placements.insertAll(bad)).isInstanceOf(ConstraintViolationException.class);
        placements.insertAll(List.of(Samples.placement("p-2", "Two", "B3")));
        assertThat(placements.ids()).containsExactly("p-2");
        assertThat(placements.search("one")).isEmpty();
        assertThat(placements.search("two")).extracting(Stored::id).containsExactly("p-2");
    }

    @Test
    void searchReturnsTheFirstPageInListOrder() {
        for (int i = 0; i < 5; i++) {
            placements.insert(Samples.placement("p-" + i, "Pacific Marine " + i, "B" + i));
        }
        assertThat(placements.search("pacific", 2)).hasSize(2);
        assertThat(placements.search("pacific", 10)).hasSize(5);
        assertThat(placements.search("pacific")).extracting(Stored::id)
                .containsExactlyElementsOf(placements.all().stream().map(Stored::id).toList());
        assertThatThrownBy(() -> placements.search("pacific", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lockingClosesTheReusedStatementsAndUnlockingPreparesThemAgain() {
        placements.insert(Samples.placement("p-1", "Pacific", "B1"));
        assertThat(placements.find("p-1")).isPresent();
        vault.lock();
        vault.unlock(TestVaults.PASSPHRASE.toCharArray());
        assertThat(placements.find("p-1")).isPresent();
        assertThat(placements.search("pacific")).hasSize(1);
    }

    @Test
    void transactionCommitsAllOrNothing() {
        QuoteRepository quotes = new QuoteRepository(vault);
        assertThatThrownBy(() -> vault.transaction(() -> {
            placements.insert(Samples.placement("p-1", "Pacific", "B1"));
            quotes.insert(Samples.quote("q-1", "p-1"));
            throw new IllegalStateException("user cancelled");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(placements.count()).isZero();
        assertThat(quotes.count()).isZero();
    }

    @Test
    void quoteMoneyKeepsItsScaleAndCurrency() {
        placements.insert(Samples.placement("p-1", "Pacific", "B1"));
        QuoteRecord q = Samples.quote("q-1", "p-1");
        new QuoteRepository(vault).insert(q);
        assertThat(new QuoteRepository(vault).find("q-1").orElseThrow().value()).isEqualTo(q);
    }
}
