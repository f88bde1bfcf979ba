package io.redesk.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.notify.Notice;
import io.redesk.app.notify.NoticeRules;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.feed.ChangeEntityType;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoticeRulesTest {

    private final UUID me = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final UUID placement = UUID.randomUUID();

    private Change quoteChange(String action, UUID reinsurer) {
        Quote q = new Quote(UUID.randomUUID(), placement, UUID.randomUUID(), reinsurer, QuoteStatus.QUOTED,
                Money.of("500.00", "CNY"), null, "40", null, null, Instant.now(), null, null, null, null, 2);
        return new Change("c1", ChangeEntityType.QUOTE, q.id(), placement, action, Instant.now(), null, q, null);
    }

    private Change lineChange(String action, UUID reinsurer, LineStatus status, String signed) {
        Line l = new Line(UUID.randomUUID(), placement, reinsurer, status, "30.0000", false, signed, null, null, null,
                null, Instant.now(), null, 2);
        return new Change("c2", ChangeEntityType.LINE, l.id(), placement, action, Instant.now(), null, null, l);
    }

    @Test
    void aQuoteRequestToMeIsNews() {
        assertThat(NoticeRules.noticeFor(quoteChange("QUOTE_REQUESTED", me), me)).get()
                .extracting(Notice::kind).isEqualTo(Notice.Kind.QUOTE_REQUESTED);
        assertThat(NoticeRules.noticeFor(quoteChange("QUOTE_REQUESTED", other), me)).isEmpty();
    }

    @Test
    void aQuoteFromAnotherReinsurerIsNewsForTheBrokerButMyOwnIsNot() {
        assertThat(NoticeRules.noticeFor(quoteChange("QUOTE_SUBMITTED", other), me)).get()
                .extracting(Notice::detail).isEqualTo("CNY 500.00");
        assertThat(NoticeRules.noticeFor(quoteChange("QUOTE_SUBMITTED", me), me)).isEmpty();
    }

    @Test
    void mySignedLineIsNewsWithItsSignedShare() {
        assertThat(NoticeRules.noticeFor(lineChange("LINE_SIGNED", me, LineStatus.SIGNED, "22.5000"), me)).get()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(Notice.Kind.LINE_SIGNED);
                    assertThat(n.detail()).isEqualTo("22.5000");
                });
        assertThat(NoticeRules.noticeFor(lineChange("LINE_SIGNED", other, LineStatus.SIGNED, "22.5000"), me)).isEmpty();
    }

    @Test
    void aLineWrittenByAnotherIsNewsForThePlacingBroker() {
        assertThat(NoticeRules.noticeFor(lineChange("LINE_WRITTEN", other, LineStatus.WRITTEN, null), me)).get()
                .extracting(Notice::kind).isEqualTo(Notice.Kind.LINE_WRITTEN);
    }

    @Test
    void unknownActionsAreNotNews() {
        assertThat(NoticeRules.noticeFor(quoteChange("SOMETHING_ELSE", me), me)).isEmpty();
    }
}
