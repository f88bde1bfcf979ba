package io.redesk.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.Agenda.Item;
import io.redesk.app.desk.Agenda.Step;
import io.redesk.app.underwriting.DeskAction;
import io.redesk.app.underwriting.InboxEntry;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.sdk.model.placement.Placement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgendaTest {

    private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");

    private static SlipCatalog.Row row(String umr, PlacementStatus status, int minutes) {
        return new SlipCatalog.Row("id-" + umr, umr, "Title " + umr, status, "FAC_PROP", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), T0.plusSeconds(60L * minutes));
    }

    @Test
    void aBrokerSeesTheNextStepOfEveryPlacementThatIsTheirTurnMostUrgentFirst() {
        List<SlipCatalog.Row> book = new ArrayList<>();
        for (PlacementStatus s : PlacementStatus.values()) {
            book.add(row("B0999HT2027" + (100 + s.ordinal()), s, s.ordinal()));
        }

        List<Item> agenda = Agenda.forBroker(book);

        assertThat(agenda).extracting(Item::step).containsExactly(Step.FINISH_SLIP, Step.SEND_INQUIRY,
                Step.COMPARE_QUOTES, Step.COLLECT_LINES, Step.COLLECT_LINES, Step.BIND, Step.REGISTER);
        assertThat(agenda.get(0).umr()).isEqualTo("B0999HT2027" + (100 + PlacementStatus.DRAFT.ordinal()));
        // finished business (registered, not taken up, cancelled, expired) is no one's next step
        assertThat(agenda).extracting(Item::umr).doesNotContain(
                "B0999HT2027" + (100 + PlacementStatus.REGISTERED.ordinal()),
                "B0999HT2027" + (100 + PlacementStatus.NOT_TAKEN_UP.ordinal()),
                "B0999HT2027" + (100 + PlacementStatus.CANCELLED.ordinal()),
                "B0999HT2027" + (100 + PlacementStatus.EXPIRED.ordinal()));
    }

    @Test
    void withinOneStepTheOldestChangeComesFirst() {
        List<Item> agenda = Agenda.forBroker(List.of(row("B2", PlacementStatus.SUBMITTED, 30),
                row("B1", PlacementStatus.SUBMITTED, 10), row("B3", PlacementStatus.DRAFT, 50)));

        assertThat(agenda).extracting(Item::umr).containsExactly("B3", "B1", "B2");
    }

    private static InboxEntry entry(String umr, DeskAction action) {
        Placement p = new Placement(UUID.randomUUID(), umr, "Fleet " + umr,
                io.redesk.sdk.model.placement.PlacementStatus.INQUIRY, UUID.randomUUID(), UUID.randomUUID(), null,
                "CNY", 1, null, null, null, null, T0, T0, 1);
        return new InboxEntry(p, Optional.empty(), Optional.empty(), action);
    }

    @Test
    void anUnderwriterSeesQuoteRequestsThenFirmOrdersAndNothingThatWaitsOnOthers() {
        List<Item> agenda = Agenda.forUnderwriter(List.of(entry("U1", DeskAction.AWAITING_BROKER),
                entry("U2", DeskAction.WRITE_LINE), entry("U3", DeskAction.ANSWER_QUOTE),
                entry("U4", DeskAction.SIGNED), entry("U5", DeskAction.SENDING), entry("U6", DeskAction.CLOSED)));

        assertThat(agenda).extracting(Item::umr).containsExactly("U3", "U2");
        assertThat(agenda).extracting(Item::step).containsExactly(Step.ANSWER_QUOTE, Step.WRITE_LINE);
    }
}
