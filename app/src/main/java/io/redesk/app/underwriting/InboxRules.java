package io.redesk.app.underwriting;

import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;
import java.util.Optional;

/** Decides what an inbox entry asks of the underwriter, from the placement, their quote and their line. */
public final class InboxRules {

    private InboxRules() {
    }

    /**
     * The action for a placement given this reinsurer's own quote and line and its own change still in the
     * outbox: a waiting change is {@link DeskAction#SENDING} (the form does not come back, so nothing is
     * answered twice); a rejected one leaves the placement where the exchange has it, form and all.
     */
    public static DeskAction actionFor(Placement placement, Optional<Quote> quote, Optional<Line> line,
                                       Optional<PendingChange> pending) {
        if (pending.isPresent() && !pending.get().rejected()) {
            return DeskAction.SENDING;
        }
        return actionFor(placement, quote, line);
    }

    /** The action for a placement given this reinsurer's own quote and line. */
    public static DeskAction actionFor(Placement placement, Optional<Quote> quote, Optional<Line> line) {
        PlacementStatus status = placement.status();
        Optional<Line> active = line.filter(l -> l.status() != LineStatus.WITHDRAWN);
        if (active.isPresent()) {
            return active.get().status() == LineStatus.SIGNED || placement.signedAt() != null
                    ? DeskAction.SIGNED : DeskAction.LINE_WRITTEN;
        }
        boolean openForLines = status == PlacementStatus.FIRM_ORDER || status == PlacementStatus.SUBSCRIBING;
        // the exchange shows the lead terms only to reinsurers invited to follow
        if (openForLines && placement.firmOrder() != null) {
            return DeskAction.WRITE_LINE;
        }
        if (quote.isPresent() && status == PlacementStatus.INQUIRY) {
            QuoteStatus q = quote.get().status();
            if (q == QuoteStatus.REQUESTED || q == QuoteStatus.PREPARING) {
                return DeskAction.ANSWER_QUOTE;
            }
            if (q == QuoteStatus.QUOTED) {
                return DeskAction.AWAITING_BROKER;
            }
        }
        return DeskAction.CLOSED;
    }
}
