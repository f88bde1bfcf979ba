package io.redesk.app.underwriting;

import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import java.util.Objects;
import java.util.Optional;

/**
 * One placement in the underwriter's inbox: the placement as the exchange shows it to this
 * reinsurer, the reinsurer's own quote and line (never anyone else's), the user's own action still
 * waiting in the outbox (or rejected), and what it needs now.
 */
public record InboxEntry(Placement placement, Optional<Quote> myQuote, Optional<Line> myLine, DeskAction action,
                         Optional<PendingChange> pending) {

    public InboxEntry {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(myQuote, "myQuote");
        Objects.requireNonNull(myLine, "myLine");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(pending, "pending");
    }

    /** An entry with nothing waiting in the outbox. */
    public InboxEntry(Placement placement, Optional<Quote> myQuote, Optional<Line> myLine, DeskAction action) {
        this(placement, myQuote, myLine, action, Optional.empty());
    }

    /** Whether an action of the user waits to be sent (not rejected). */
    public boolean waiting() {
        return pending.isPresent() && !pending.get().rejected();
    }

    /** Whether the exchange refused the user's last action on this placement. */
    public boolean rejected() {
        return pending.isPresent() && pending.get().rejected();
    }
}
