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
import io.redesk.sdk.model.quote.QuoteStatus;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.store.quote.QuoteRepository;
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
        // listed as what the user did, on which placement (UMR and title), and when: no op codes, no UUIDs
        var entry = model.rejected().get(0);
        assertThat(model.describe(entry))
                .startsWith("Quote sent · " + broker.placements().get(placement).umr() + " — Rejected offline quote · ")
                .doesNotContain("SUBMIT_QUOTE", entry.aggregateId(), "ref ");
        // a placement the vault does not know (yet) is named by a short reference
        assertThat(model.describe(entry.op(), "0a1b2c3d-0000-0000-0000-000000000000", entry.createdAt()))
                .endsWith(" · ref 0a1b2c3d");
        assertThat(new SyncIssuesViewModel(Optional.of(engine), new CurrentThreadTaskExecutor(), new I18n(Language.CHINESE))
                .describe(entry.op(), entry.aggregateId(), entry.createdAt())).startsWith("发出报价 · ");
        model.changeProperty().set(model.rejected().get(0));
        assertThat(model.reasonProperty().get()).isNotBlank();
        assertThat(model.hintProperty().get()).isNotBlank();
        assertThat(model.fixes()).extracting(SyncIssuesViewModel.FixField::field).contains("capacity");

        model.discard();

        assertThat(model.messageProperty().get()).isEqualTo("Your change was discarded.");
        assertThat(model.rejected()).isEmpty();
        assertThat(engine.refreshCounts().rejected()).isZero();
    }

    @Test
    void discardingARejectedChangeRemovesOnlyItAndLosesNothingElse() {
        broker = TestPlacements.as("broker.alice");
        pudong = TestPlacements.as("uw.pudong");
        UUID first = TestPlacements.inInquiry(broker, "Discarded change", List.of(DemoSeed.PUDONG_RE));
        UUID second = TestPlacements.inInquiry(broker, "Kept rejected change", List.of(DemoSeed.PUDONG_RE));
        UUID third = TestPlacements.inInquiry(broker, "Accepted change", List.of(DemoSeed.PUDONG_RE));
        vault = Vaults.create(new VaultLocation(home, "pudong"), "a long passphrase".toCharArray(),
                CryptoSuite.INTERNATIONAL, TestExchange.fastVaults());
        engine = new SyncEngine(vault, pudong, SyncConfig.defaults());
        engine.runCycle();
        Quote discarded = TestPlacements.quoteOf(pudong, first);
        Quote kept = TestPlacements.quoteOf(pudong, second);
        Quote accepted = TestPlacements.quoteOf(pudong, third);
        Instant valid = Instant.now().plus(5, ChronoUnit.DAYS);
        engine.changes().submitQuote(discarded.id().toString(), new QuoteTermsRequest(Money.of("1000.00", "CNY"), null,
                "150", null, null, valid));
        engine.changes().submitQuote(kept.id().toString(), new QuoteTermsRequest(Money.of("2000.00", "CNY"), null,
                "180", "kept wording", null, valid));
        engine.changes().submitQuote(accepted.id().toString(), new QuoteTermsRequest(Money.of("3000.00", "CNY"), null,
                "40", "accepted wording", null, valid));
        engine.runCycle();

        SyncIssuesViewModel model = new SyncIssuesViewModel(Optional.of(engine), new CurrentThreadTaskExecutor(),
                new I18n(Language.ENGLISH));
        model.refresh();
        assertThat(model.rejected()).extracting(e -> e.aggregateId())
                .containsExactlyInAnyOrder(discarded.id().toString(), kept.id().toString());
        model.changeProperty().set(model.rejected().stream()
                .filter(e -> e.aggregateId().equals(discarded.id().toString())).findFirst().orElseThrow());

        model.discard();

        assertThat(model.messageProperty().get()).isEqualTo("Your change was discarded.");
        assertThat(model.rejected()).as("only the discarded change left the list").singleElement().satisfies(e -> {
            assertThat(e.aggregateId()).isEqualTo(kept.id().toString());
            assertThat(e.payload().toString()).contains("180", "kept wording");
            assertThat(e.lastError()).contains("capacity");
        });
        assertThat(engine.refreshCounts().rejected()).isEqualTo(1);
        assertThat(pudong.quotes().get(discarded.id()).status()).as("nothing of it reached the exchange")
                .isEqualTo(QuoteStatus.REQUESTED);
        Quote stillThere = pudong.quotes().get(accepted.id());
        assertThat(stillThere.status()).isEqualTo(QuoteStatus.QUOTED);
        assertThat(stillThere.conditions()).isEqualTo("accepted wording");
        QuoteRepository quotes = new QuoteRepository(vault);
        assertThat(quotes.find(discarded.id().toString()).orElseThrow().value().status())
                .as("the vault shows the exchange's state of the discarded one again").isEqualTo(
                        io.redesk.domain.quote.QuoteStatus.REQUESTED);
        assertThat(quotes.find(accepted.id().toString()).orElseThrow().value().conditions()).isEqualTo("accepted wording");

        // the kept one can still be fixed and resent afterwards
        model.changeProperty().set(model.rejected().get(0));
        model.fixes().stream().filter(f -> f.field().equals("capacity")).findFirst().orElseThrow().value().set("60");
        model.resendFixed();
        engine.runCycle();
        model.refresh();
        assertThat(model.rejected()).isEmpty();
        assertThat(pudong.quotes().get(kept.id()).conditions()).isEqualTo("kept wording");
    }
}
