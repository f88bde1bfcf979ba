package io.redesk.app.ui.quoteboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.i18n.Language;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.testing.TestPlacements;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.model.quote.Quote;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reinsurer that declined the placement's quote, at firm order: the board names it with its reason,
 * leaves it out of the followers by default (it cannot write a line), and asks it anyway only when the
 * broker ticks the box. Against the in-process exchange.
 */
class QuoteBoardDeclinedTest {

    private ExchangeClient broker;
    private ExchangeClient chinaRe;
    private ExchangeClient pudong;
    private ExchangeClient thames;
    private final I18n i18n = new I18n(Language.ENGLISH);
    private QuoteBoardViewModel board;
    private UUID placement;

    @BeforeEach
    void market() {
        broker = TestPlacements.as("broker.alice");
        chinaRe = TestPlacements.as("uw.chinare");
        pudong = TestPlacements.as("uw.pudong");
        thames = TestPlacements.as("uw.thames");
        placement = TestPlacements.inInquiry(broker, "Declined before the firm order",
                List.of(DemoSeed.CHINA_RE, DemoSeed.PUDONG_RE, DemoSeed.THAMES_RE));
        TestPlacements.quote(chinaRe, placement, "1200000.00", "As per slip");
        Quote asked = TestPlacements.quoteOf(pudong, placement);
        pudong.quotes().decline(asked.id(), "No aviation capacity this year", asked.version());
        board = new QuoteBoardViewModel(new BrokerDesk(broker, null, Clock.systemUTC()), new CurrentThreadTaskExecutor(), i18n);
        board.load();
        board.placementProperty().set(board.placements().stream().filter(p -> p.id().equals(placement)).findFirst()
                .orElseThrow());
    }

    @AfterEach
    void close() {
        List.of(broker, chinaRe, pudong, thames).forEach(ExchangeClient::close);
    }

    @Test
    void aReinsurerThatDeclinedIsNamedWithItsReasonAndLeftOutOfTheFirmOrder() {
        assertThat(board.declined()).singleElement().satisfies(d -> {
            assertThat(d.reinsurer()).isEqualTo("Pudong Re");
            assertThat(d.reason()).isEqualTo("No aviation capacity this year");
        });
        assertThat(board.declinedWarningProperty().get()).isEqualTo("Declined this placement: Pudong Re (No aviation"
                + " capacity this year). The firm order leaves them out of the followers.");

        board.accept(leadRow());

        assertThat(board.outcomeProperty().get()).isEqualTo("Firm order placed with China Re Shanghai as leader."
                + " Not asked to write a line (declined this placement): Pudong Re.");
        assertThatThrownBy(() -> TestPlacements.writeLine(pudong, placement, "20", false))
                .as("not asked to follow").isInstanceOfSatisfying(ExchangeException.class,
                        e -> assertThat(e.code()).isEqualTo("NOT_INVITED"));
        TestPlacements.writeLine(thames, placement, "25", false);
        assertThat(broker.lines().listAll(placement).toList()).extracting(l -> l.reinsurerId())
                .containsExactly(DemoSeed.THAMES_RE);
    }

    @Test
    void theBrokerCanStillAskAReinsurerThatDeclinedOnlyByTickingTheBox() {
        board.includeDeclinedProperty().set(true);
        assertThat(board.declinedWarningProperty().get()).isEqualTo("Declined this placement: Pudong Re (No aviation"
                + " capacity this year). They will be asked to write a line anyway.");

        board.accept(leadRow());

        assertThat(board.outcomeProperty().get()).isEqualTo("Firm order placed with China Re Shanghai as leader.");
        TestPlacements.writeLine(pudong, placement, "20", false);
        assertThat(broker.lines().listAll(placement).toList()).extracting(l -> l.reinsurerId())
                .containsExactly(DemoSeed.PUDONG_RE);
    }

    private QuoteBoardViewModel.Row leadRow() {
        return board.rows().stream().filter(r -> r.reinsurerId().equals(DemoSeed.CHINA_RE)).findFirst().orElseThrow();
    }
}
