package io.redesk.app.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.i18n.Language;
import io.redesk.app.sync.engine.SyncConfig;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.testing.TestPlacements;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.Vaults;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change the exchange rejects shows its reason and how to fix it, and can be discarded. */
class SyncIssuesViewModelTest {

    @TempDir
    Path home;

    private ExchangeClient broker;
    private ExchangeClient pudong;
    private Vault vault;
    private SyncEngine engine;

    @AfterEach
    void tearDown() {
        if (engine != null) {
            engine.close();
        }
        if (vault != null) {
            vault.close();
        }
        broker.close();
        pudong.close();
    }

    @Test
    void aRejectedQuoteShowsTheExchangesReasonAndCanBeDiscarded() {
        broker = TestPlacements.as("broker.alice");
        pudong = TestPlacements.as("uw.pudong");
        UUID placement = TestPlacements.inInquiry(broker, "Rejected offline quote", List.of(DemoSeed.PUDONG_RE));
        vault = Vaults.create(new VaultLocation(home, "pudong"), "a long passphrase".toCharArray(),
                CryptoSuite.INTERNATIONAL, TestExchange.fastVaults());
        engine = new SyncEngine(vault, pudong, SyncConfig.defaults());
        engine.runCycle();
        Quote q = TestPlacements.quoteOf(pudong, placement);
        // typed offline; the exchange refuses a capacity above 100%
        engine.changes().submitQuote(q.id().toString(), new QuoteTermsRequest(Money.of("1000.00", "CNY"), null, "150",
                null, null, Instant.now().plus(5, ChronoUnit.DAYS)));
        engine.runCycle();

        SyncIssuesViewModel model = new SyncIssuesViewModel(Optional.of(engine), new CurrentThreadTaskExecutor(),
                new I18n(Language.ENGLISH));
        model.refresh();

        assertThat(model.rejected()).hasSize(1);
        model.changeProperty().set(model.rejected().get(0));
        assertThat(model.reasonProperty().get()).isNotBlank();
        assertThat(model.hintProperty().get()).isNotBlank();
        assertThat(model.fixes()).extracting(SyncIssuesViewModel.FixField::field).contains("capacity");

        model.discard();

        assertThat(model.messageProperty().get()).isEqualTo("Your change was discarded.");
        assertThat(model.rejected()).isEmpty();
        assertThat(engine.refreshCounts().rejected()).isZero();
    }
}
