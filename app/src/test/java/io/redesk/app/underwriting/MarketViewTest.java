package io.redesk.app.underwriting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.app.underwriting.Disclosure.Item;
import io.redesk.app.underwriting.Disclosure.State;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.placement.FirmOrder;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MarketViewTest {

    private static Placement placement(PlacementStatus status, FirmOrder lead) {
        return new Placement(UUID.randomUUID(), "B0999XX2027001", "Fleet", status, UUID.randomUUID(), UUID.randomUUID(),
                null, "CNY", 1, null, lead, null, null, Instant.now(), Instant.now(), 1);
    }

    private static Disclosure row(java.util.List<Disclosure> rows, Item item) {
        return rows.stream().filter(d -> d.item() == item).findFirst().orElseThrow();
    }

    @Test
    void aFollowerSeesTheLeadTermsButNeverCompetitorsOrOtherLines() {
        FirmOrder lead = new FirmOrder(UUID.randomUUID(), UUID.randomUUID(), "80", Money.of("1200000.00", "CNY"), "0.24",
                "30 days notice", Instant.now());

        var rows = MarketView.of(placement(PlacementStatus.SUBSCRIBING, lead), m -> m.currency() + " " + m.amount());

        assertThat(row(rows, Item.LEAD_PREMIUM).value()).contains("CNY 1200000.00");
        assertThat(row(rows, Item.LEAD_CONDITIONS).value()).contains("30 days notice");
        assertThat(row(rows, Item.ORDER_SHARE).value()).contains("80%");
        assertThat(row(rows, Item.COMPETITOR_QUOTES).state()).isEqualTo(State.MASKED);
        assertThat(row(rows, Item.OTHER_LINES).state()).isEqualTo(State.MASKED);
    }

    @Test
    void aReinsurerNotInvitedToFollowSeesTheLeadTermsMasked() {
        var rows = MarketView.of(placement(PlacementStatus.SUBSCRIBING, null), m -> m.amount());

        assertThat(rows).filteredOn(d -> d.item() != Item.OTHER_LINES).extracting(Disclosure::state)
                .containsOnly(State.MASKED);
    }

    @Test
    void duringTheInquiryTheLeadTermsDoNotExistYetButCompetitorsAreMasked() {
        var rows = MarketView.of(placement(PlacementStatus.INQUIRY, null), m -> m.amount());

        assertThat(row(rows, Item.LEAD_PREMIUM).state()).isEqualTo(State.NOT_YET);
        assertThat(row(rows, Item.COMPETITOR_QUOTES).state()).isEqualTo(State.MASKED);
        assertThat(row(rows, Item.OTHER_LINES).state()).isEqualTo(State.NOT_YET);
    }

    @Test
    void aMaskedFactCannotCarryItsValue() {
        assertThatThrownBy(() -> new Disclosure(Item.COMPETITOR_QUOTES, State.MASKED, Optional.of("CNY 1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
