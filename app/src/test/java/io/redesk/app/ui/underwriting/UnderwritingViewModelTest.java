package io.redesk.app.ui.underwriting;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.i18n.Language;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.testing.TestPlacements;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.inbox.InboxViewModel;
import io.redesk.app.underwriting.DeskAction;
import io.redesk.app.underwriting.Disclosure;
import io.redesk.app.underwriting.InboxEntry;
import io.redesk.app.underwriting.UnderwriterDesk;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.quote.Quote;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The underwriter's desk logic against the real exchange, without a toolkit. */
class UnderwritingViewModelTest {

    private ExchangeClient broker;
    private ExchangeClient pudong;
    private ExchangeClient chinaRe;
    private final I18n i18n = new I18n(Language.ENGLISH);
    private InboxViewModel inbox;
    private UnderwritingViewModel desk;
    private int changes;

    @BeforeEach
    void setUp() {
        broker = TestPlacements.as("broker.alice");
        pudong = TestPlacements.as("uw.pudong");
        chinaRe = TestPlacements.as("uw.chinare");
        UnderwriterDesk service = new UnderwriterDesk(pudong, DemoSeed.PUDONG_RE);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        inbox = new InboxViewModel(Optional.of(service), executor, i18n);
        desk = new UnderwritingViewModel(service, executor, i18n, () -> changes++);
    }

    @AfterEach
    void tearDown() {
        broker.close();
        pudong.close();
        chinaRe.close();
    }

    private InboxEntry open(UUID placement) {
        inbox.refresh();
        inbox.select(placement);
        desk.show(inbox.selectedProperty().get());
        return desk.entryProperty().get();
    }

    @Test
    void aQuoteRequestIsInTheInboxFirstAndItsSlipCanBeReviewed() {
        UUID placement = TestPlacements.inInquiry(broker, "Inbox first", List.of(DemoSeed.PUDONG_RE, DemoSeed.CHINA_RE));

        inbox.refresh();

        assertThat(inbox.entries().get(0).action()).isEqualTo(DeskAction.ANSWER_QUOTE);
        InboxEntry entry = open(placement);
        assertThat(entry.action()).isEqualTo(DeskAction.ANSWER_QUOTE);
        assertThat(desk.canQuote().get()).isTrue();
        assertThat(desk.slip()).extracting(r -> r.value()).contains("Eastern Sky Airlines", "PRC law");
    }

    @Test
    void quoteFormProblemsAreShownBesideTheirFieldsInTheUsersLanguage() {
        UUID placement = TestPlacements.inInquiry(broker, "Form problems", List.of(DemoSeed.PUDONG_RE));
        open(placement);
        i18n.setLanguage(Language.CHINESE);
        desk.quote().premiumProperty().set("abc");
        desk.quote().capacityProperty().set("150");

        desk.submitQuote();

        assertThat(desk.quote().premiumErrorProperty().get()).isEqualTo("“abc”不是数字。");
        assertThat(desk.quote().capacityErrorProperty().get()).isEqualTo("必须大于 0% 且不超过 100%。");
        assertThat(desk.quote().validUntilErrorProperty().get()).isEqualTo("必填。");
        assertThat(TestPlacements.quoteOf(pudong, placement).status().name()).isEqualTo("REQUESTED");
    }

    @Test
    void quotingThenWritingALineThenBeingSignedDown() {
        UUID placement = TestPlacements.inInquiry(broker, "Whole flow", List.of(DemoSeed.PUDONG_RE, DemoSeed.CHINA_RE));
        open(placement);
        desk.quote().premiumProperty().set("800,000.00");
        desk.quote().capacityProperty().set("60");
        desk.quote().conditionsProperty().set("Pudong wording");
        desk.quote().validUntilProperty().set(LocalDate.now().plusDays(20));

        desk.submitQuote();

        assertThat(desk.errorProperty().get()).isEmpty();
        assertThat(desk.messageProperty().get()).isEqualTo("Quote sent to the broker.");
        assertThat(desk.myQuoteProperty().get()).contains("Quoted");
        assertThat(changes).isEqualTo(1);

        Quote mine = broker.quotes().allForPlacement(placement)
                .filter(q -> q.reinsurerId().equals(DemoSeed.PUDONG_RE)).findFirst().orElseThrow();
        TestPlacements.firmOrder(broker, placement, mine, List.of(DemoSeed.CHINA_RE));
        desk.reload();
        assertThat(desk.canWriteLine().get()).isTrue();
        assertThat(desk.market()).filteredOn(d -> d.item() == Disclosure.Item.LEAD_CONDITIONS)
                .extracting(d -> d.value().orElse("")).containsExactly("Pudong wording");

        desk.line().writtenShareProperty().set("60");
        desk.writeLine();
        assertThat(desk.errorProperty().get()).isEmpty();
        assertThat(desk.entryProperty().get().action()).isEqualTo(DeskAction.LINE_WRITTEN);

        TestPlacements.writeLine(chinaRe, placement, "60", true);
        TestPlacements.close(broker, placement);
        desk.reload();

        assertThat(desk.entryProperty().get().action()).isEqualTo(DeskAction.SIGNED);
        assertThat(desk.entryProperty().get().myLine().orElseThrow().signedShare()).isEqualTo("40.0000");
        assertThat(desk.myLineProperty().get()).startsWith("Your line:").contains("signed");
    }

    @Test
    void aRefreshFetchedBeforeTheFirmOrderNeverTakesTheDeskBackNorClearsWhatIsTyped() {
        UUID placement = TestPlacements.inInquiry(broker, "Stale refresh", List.of(DemoSeed.CHINA_RE, DemoSeed.PUDONG_RE));
        InboxEntry beforeFirmOrder = open(placement);
        Quote lead = TestPlacements.quote(chinaRe, placement, "900000.00", "China Re lead");
        TestPlacements.firmOrder(broker, placement, lead, List.of(DemoSeed.PUDONG_RE));
        desk.reload();
        assertThat(desk.canWriteLine().get()).isTrue();
        desk.line().writtenShareProperty().set("6");

        // a list load that started before the firm order lands now
        desk.update(beforeFirmOrder);
        desk.show(beforeFirmOrder);

        assertThat(desk.canWriteLine().get()).isTrue();
        assertThat(desk.entryProperty().get().action()).isEqualTo(DeskAction.WRITE_LINE);
        assertThat(desk.line().writtenShareProperty().get()).isEqualTo("6");
    }

    @Test
    void theExchangesRefusalIsShownWithItsReason() {
        UUID placement = TestPlacements.inInquiry(broker, "Refused", List.of(DemoSeed.PUDONG_RE));
        open(placement);
        // the broker withdraws the placement while the underwriter is typing
        var p = broker.placements().get(placement);
        broker.placements().transition(placement, io.redesk.sdk.model.placement.PlacementStatus.NOT_TAKEN_UP, "withdrawn",
                p.version());
        desk.quote().premiumProperty().set("1000");
        desk.quote().capacityProperty().set("10");
        desk.quote().validUntilProperty().set(LocalDate.now().plusDays(5));

        desk.submitQuote();

        assertThat(desk.errorProperty().get()).startsWith("The exchange refused:").contains("Ctrl+R");
        assertThat(desk.messageProperty().get()).isEmpty();
    }

    @Test
    void aCompetitorsQuoteIsMaskedAndNeverShown() {
        UUID placement = TestPlacements.inInquiry(broker, "Masked", List.of(DemoSeed.PUDONG_RE, DemoSeed.CHINA_RE));
        TestPlacements.quote(chinaRe, placement, "4321987.65", "CHINA-SECRET-WORDING");

        open(placement);

        assertThat(desk.market()).filteredOn(d -> d.item() == Disclosure.Item.COMPETITOR_QUOTES)
                .extracting(Disclosure::state).containsExactly(Disclosure.State.MASKED);
        assertThat(desk.market()).allSatisfy(d -> assertThat(d.value().orElse(""))
                .doesNotContain("4321987", "4,321,987", "CHINA-SECRET"));
        assertThat(desk.myQuoteProperty().get()).doesNotContain("4,321,987", "CHINA-SECRET");
    }
}
