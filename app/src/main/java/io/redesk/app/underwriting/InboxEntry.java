package io.redesk.app.underwriting;

import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import java.util.Objects;
import java.util.Optional;

/**
 * One placement in the underwriter's inbox: the placement as the exchange shows it to this
 * reinsurer, the reinsurer's own quote and line (never anyone else's), and what it needs now.
 */
public record InboxEntry(Placement placement, Optional<Quote> myQuote, Optional<Line> myLine, DeskAction action) {

    public InboxEntry {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(myQuote, "myQuote");
        Objects.requireNonNull(myLine, "myLine");
        Objects.requireNonNull(action, "action");
    }
}
