package io.redesk.app.ui.underwriting;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.i18n.Language;
import io.redesk.sdk.Backoff;
import io.redesk.app.sync.engine.SyncConfig;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.sync.fault.Fault;
import io.redesk.app.sync.fault.FaultProxy;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.task.TaskHandle;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.testing.TestPlacements;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.inbox.InboxViewModel;
import io.redesk.app.underwriting.DeskAction;
import io.redesk.app.underwriting.InboxEntry;
import io.redesk.app.underwriting.UnderwriterDesk;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.RetryBudget;
import io.redesk.sdk.model.audit.AuditEvent;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KdfParams;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The underwriter's answers offline, below the UI: the desk's sync engine talks to the real exchange
 * through a loopback proxy that can go offline. A quote or a line given while the exchange is away is
 * saved with its outbox row, shown as pending (in English and Chinese), and sent when the exchange is
 * back, where it is applied exactly once even though the first answer is lost on the way; one the
 * exchange refuses shows its reason and how to fix it.
 */
class OfflineUnderwritingViewModelTest {

    @TempDir
    Path dir;

    private FaultProxy proxy;
    private ExchangeClient broker;
    private ExchangeClient chinaRe;
    private ExchangeClient pudong;
    private Vault vault;
    private SyncEngine engine;
    private final UiThread ui = new UiThread();
    private final I18n i18n = new I18n(Language.ENGLISH);
    private InboxViewModel inbox;
    private UnderwritingViewModel desk;
    private UnderwriterDesk service;

    /**
     * The UI thread of these tests is the test thread: work asked for on it runs at once (as in the other
     * view-model tests); work the sync engine asks for from its own thread waits until {@link #drain()}.
     */
    private static final class UiThread implements TaskExecutor {
        private final Thread owner = Thread.currentThread();
        private final CurrentThreadTaskExecutor inline = new CurrentThreadTaskExecutor();
        private final ConcurrentLinkedQueue<BackgroundTask<?>> later = new ConcurrentLinkedQueue<>();

        @Override
        public <T> TaskHandle execute(BackgroundTask<T> task) {
            if (Thread.currentThread() == owner) {
                return inline.execute(task);
            }
            later.add(task);
            return new TaskHandle() {
                @Override
                public void cancel() {
                    later.remove(task);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }

                @Override
                public boolean isDone() {
                    return !later.contains(task);
                }
            };
        }

        void drain() {
            BackgroundTask<?> t;
            while ((t = later.poll()) != null) {
                inline.execute(t);
            }
        }

        @Override
        public void close() {
            inline.close();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        int port = URI.create(TestExchange.get().baseUrl()).getPort();
        proxy = FaultProxy.start(port, io.redesk.app.sync.fault.FaultPlan.none());
        broker = TestPlacements.as("broker.alice");
        chinaRe = TestPlacements.as("uw.chinare");
        pudong = ExchangeClient.create(ExchangeClientOptions.builder().baseUrl(proxy.baseUrl())
                .retryBudget(RetryBudget.NONE).connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(10)).callTimeout(Duration.ofSeconds(15)).build());
        pudong.auth().login("uw.pudong", DemoSeed.PASSWORD);
        vault = Vaults.create(new VaultLocation(dir, "pudong"), "offline desk".toCharArray(), CryptoSuite.INTERNATIONAL,
                new VaultOptions(Clock.systemUTC(), Duration.ofHours(1), new KdfParams(KdfParams.MIN_MEMORY_KIB, 1, 1)));
        engine = new SyncEngine(vault, pudong, SyncConfig.defaults()
                .withBackoff(new Backoff(Duration.ofMillis(5), Duration.ofMillis(50))));
        service = new UnderwriterDesk(pudong, DemoSeed.PUDONG_RE, Optional.of(engine));
        inbox = new InboxViewModel(Optional.of(service), ui, i18n);
        desk = new UnderwritingViewModel(service, ui, i18n, () -> { });
    }

    @AfterEach
    void tearDown() throws Exception {
        desk.close();
        engine.close();
        vault.close();
        pudong.close();
        broker.close();
        chinaRe.close();
        proxy.close();
    }

    private void open(UUID placement) throws Exception {
        engine.syncNow().get(60, TimeUnit.SECONDS);
        inbox.refresh();
        inbox.select(placement);
        desk.show(inbox.selectedProperty().get());
        assertThat(desk.entryProperty().get().placement().id()).isEqualTo(placement);
    }

    /** The exchange is back: the engine syncs until the change went out; the engine's news reach the UI. */
    private void backOnline() throws Exception {
        proxy.offline(false);
        for (int i = 0; i < 20 && engine.store().outbox().pendingCount() > 0; i++) {
            engine.syncNow().get(60, TimeUnit.SECONDS);
        }
        ui.drain();
    }

    /** The first write the exchange receives is applied, and its answer is lost: the engine must resend it. */
    private void loseTheFirstAnswer(String pathEnd) {
        AtomicBoolean dropped = new AtomicBoolean();
        proxy.plan((method, path) -> "POST".equals(method) && path.endsWith(pathEnd) && dropped.compareAndSet(false, true)
                ? Fault.DROP_AFTER_REQUEST : Fault.PASS);
    }

    private long auditCount(String action, UUID entity) {
        long n = 0;
        var it = pudong.audit().from(null);
        while (it.hasNext()) {
            AuditEvent e = it.next();
            if (!e.redacted() && action.equals(e.action()) && entity.toString().equals(e.entityId())) {
                n++;
            }
        }
        return n;
    }

    private void fillQuote() {
        desk.quote().premiumProperty().set("650,000.00");
        desk.quote().capacityProperty().set("40");
        desk.quote().conditionsProperty().set("Offline wording");
        desk.quote().validUntilProperty().set(LocalDate.now().plusDays(20));
    }

    @Test
    void aQuoteGivenOfflineIsPendingThenSentExactlyOnceWhenTheExchangeIsBack() throws Exception {
        UUID placement = TestPlacements.inInquiry(broker, "Offline quote", List.of(DemoSeed.PUDONG_RE));
        open(placement);
        Quote requested = TestPlacements.quoteOf(pudong, placement);
        proxy.offline(true);
        fillQuote();

        desk.submitQuote();

        assertThat(desk.errorProperty().get()).isEmpty();
        assertThat(desk.messageProperty().get())
                .isEqualTo("Quote saved — pending, will be sent when the exchange is back.");
        assertThat(desk.entryProperty().get().action()).isEqualTo(DeskAction.SENDING);
        assertThat(desk.canQuote().get()).as("the form does not come back while the answer waits").isFalse();
        assertThat(engine.store().outbox().unfinished()).extracting(OutboxEntry::op, OutboxEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SUBMIT_QUOTE", OutboxEntry.Status.PENDING));
        i18n.setLanguage(Language.CHINESE);
        assertThat(desk.messageProperty().get()).isEqualTo("报价已保存 — 待发送，交易中心恢复后自动发送。");
        i18n.setLanguage(Language.ENGLISH);
        // the inbox still works offline, from the vault, and shows the answer waiting
        inbox.refresh();
        assertThat(inbox.offlineProperty().get()).isTrue();
        assertThat(inbox.entries()).filteredOn(e -> e.placement().id().equals(placement))
                .extracting(InboxEntry::action).containsExactly(DeskAction.SENDING);
        assertThat(broker.quotes().get(requested.id()).status()).isEqualTo(QuoteStatus.REQUESTED);

        loseTheFirstAnswer("/quote");
        backOnline();

        assertThat(engine.store().outbox().withStatus(OutboxEntry.Status.DONE)).extracting(OutboxEntry::op)
                .containsExactly("SUBMIT_QUOTE");
        assertThat(desk.messageProperty().get()).isEqualTo("Quote sent to the broker.");
        assertThat(desk.entryProperty().get().action()).isEqualTo(DeskAction.AWAITING_BROKER);
        Quote atBroker = broker.quotes().get(requested.id());
        assertThat(atBroker.status()).isEqualTo(QuoteStatus.QUOTED);
        assertThat(atBroker.premium().amount()).isEqualTo("650000.00");
        assertThat(atBroker.version()).as("applied once: one version step").isEqualTo(requested.version() + 1);
        assertThat(auditCount("QUOTE_SUBMITTED", requested.id())).isEqualTo(1);
        inbox.refresh();
        assertThat(inbox.offlineProperty().get()).isFalse();
    }

    @Test
    void aLineWrittenOfflineIsPendingThenWrittenExactlyOnceWhenTheExchangeIsBack() throws Exception {
        UUID placement = TestPlacements.inInquiry(broker, "Offline line", List.of(DemoSeed.CHINA_RE, DemoSeed.PUDONG_RE));
        Quote lead = TestPlacements.quote(chinaRe, placement, "900000.00", "China Re lead");
        TestPlacements.firmOrder(broker, placement, lead, List.of(DemoSeed.PUDONG_RE));
        open(placement);
        assertThat(desk.canWriteLine().get()).isTrue();
        proxy.offline(true);
        desk.line().writtenShareProperty().set("25");
        desk.line().lineConditionsProperty().set("Offline line wording");

        desk.writeLine();

        assertThat(desk.errorProperty().get()).isEmpty();
        assertThat(desk.messageProperty().get())
                .isEqualTo("Line saved — pending, will be sent when the exchange is back.");
        assertThat(desk.canWriteLine().get()).isFalse();
        assertThat(engine.store().projections().lines().all()).extracting(s -> s.value().placementId())
                .contains(placement.toString());
        i18n.setLanguage(Language.CHINESE);
        assertThat(desk.messageProperty().get()).isEqualTo("份额已保存 — 待发送，交易中心恢复后自动发送。");
        i18n.setLanguage(Language.ENGLISH);
        assertThat(broker.lines().listAll(placement).toList()).isEmpty();

        loseTheFirstAnswer("/lines");
        backOnline();

        assertThat(desk.messageProperty().get()).isEqualTo("Line written.");
        assertThat(desk.entryProperty().get().action()).isEqualTo(DeskAction.LINE_WRITTEN);
        List<Line> lines = broker.lines().listAll(placement).toList();
        assertThat(lines).as("written once, although the first answer was lost").hasSize(1);
        assertThat(lines.get(0).writtenShare()).isEqualTo("25.0000");
        assertThat(lines.get(0).reinsurerId()).isEqualTo(DemoSeed.PUDONG_RE);
        assertThat(auditCount("LINE_WRITTEN", lines.get(0).id())).isEqualTo(1);
    }

    @Test
    void aLineTheExchangeRefusesShowsItsReasonAndHowToFixItWithTheFormRefilled() throws Exception {
        UUID placement = TestPlacements.inInquiry(broker, "Refused line", List.of(DemoSeed.CHINA_RE, DemoSeed.PUDONG_RE));
        Quote lead = TestPlacements.quote(chinaRe, placement, "900000.00", "China Re lead");
        TestPlacements.firmOrder(broker, placement, lead, List.of(DemoSeed.PUDONG_RE));
        open(placement);
        proxy.offline(true);
        desk.line().writtenShareProperty().set("30");
        desk.line().lineConditionsProperty().set("Too late");
        desk.writeLine();
        assertThat(desk.messageProperty().get()).startsWith("Line saved — pending");
        // meanwhile the broker gives up on the placement
        var p = broker.placements().get(placement);
        broker.placements().transition(placement, PlacementStatus.CANCELLED, "cedent withdrew", p.version());

        backOnline();

        assertThat(engine.store().outbox().withStatus(OutboxEntry.Status.FAILED)).hasSize(1);
        assertThat(desk.messageProperty().get()).isEmpty();
        assertThat(desk.errorProperty().get()).startsWith("The exchange refused it: HTTP 4")
                .contains("Your answer is back in the form");
        assertThat(desk.line().writtenShareProperty().get()).isEqualTo("30");
        assertThat(desk.line().lineConditionsProperty().get()).isEqualTo("Too late");
        assertThat(broker.lines().listAll(placement).toList()).isEmpty();
    }
}
