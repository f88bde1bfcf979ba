package io.redesk.app.underwriting;

import io.redesk.app.underwriting.Disclosure.Item;
import io.redesk.sdk.model.placement.FirmOrder;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the underwriter may see of the market on a placement: the lead terms once invited to follow
 * (the exchange sends them only then), and, always masked, the competitors' quotes and the other
 * followers' lines and private conditions. Built only from what the exchange returned to this
 * reinsurer: a masked row is a statement that something exists and is not theirs to see.
 */
public final class MarketView {

    private static final Set<PlacementStatus> AFTER_FIRM_ORDER = EnumSet.of(PlacementStatus.FIRM_ORDER,
            PlacementStatus.SUBSCRIBING, PlacementStatus.SIGNED, PlacementStatus.BOUND, PlacementStatus.REGISTERED);

    private MarketView() {
    }

    /** The market panel's rows for {@code placement}; money is formatted by {@code money}. */
    public static List<Disclosure> of(Placement placement, java.util.function.Function<io.redesk.sdk.model.Money, String> money) {
        List<Disclosure> rows = new ArrayList<>();
        FirmOrder lead = placement.firmOrder();
        boolean firm = AFTER_FIRM_ORDER.contains(placement.status());
        if (lead != null) {
            rows.add(lead.premium() == null ? Disclosure.masked(Item.LEAD_PREMIUM)
                    : Disclosure.shown(Item.LEAD_PREMIUM, money.apply(lead.premium())));
            rows.add(lead.rate() == null || lead.rate().isBlank() ? Disclosure.notYet(Item.LEAD_RATE)
                    : Disclosure.shown(Item.LEAD_RATE, lead.rate() + "%"));
            rows.add(lead.conditions() == null || lead.conditions().isBlank() ? Disclosure.notYet(Item.LEAD_CONDITIONS)
                    : Disclosure.shown(Item.LEAD_CONDITIONS, lead.conditions()));
            rows.add(Disclosure.shown(Item.ORDER_SHARE, lead.orderShare() + "%"));
        } else if (firm) {
            // a firm order exists but this reinsurer was not invited to follow: the lead terms are not theirs
            rows.add(Disclosure.masked(Item.LEAD_PREMIUM));
            rows.add(Disclosure.masked(Item.LEAD_RATE));
            rows.add(Disclosure.masked(Item.LEAD_CONDITIONS));
            rows.add(Disclosure.masked(Item.ORDER_SHARE));
        } else {
            rows.add(Disclosure.notYet(Item.LEAD_PREMIUM));
            rows.add(Disclosure.notYet(Item.LEAD_RATE));
            rows.add(Disclosure.notYet(Item.LEAD_CONDITIONS));
            rows.add(Disclosure.notYet(Item.ORDER_SHARE));
        }
        rows.add(Disclosure.masked(Item.COMPETITOR_QUOTES));
        rows.add(firm ? Disclosure.masked(Item.OTHER_LINES) : Disclosure.notYet(Item.OTHER_LINES));
        return List.copyOf(rows);
    }
}
