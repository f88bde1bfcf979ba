package io.redesk.app.underwriting;

import io.redesk.app.sync.engine.Delivery;
import io.redesk.app.sync.engine.SyncState;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The port the underwriter's placement view-model works through (issue 18): read one placement, answer
 * it, and follow the sync engine. {@link UnderwriterDesk} is the real one (exchange and outbox); the
 * view-model's tests use a small in-memory fake. Every method but {@link #onSync} may block.
 */
public interface PlacementActions {

    /** The current state of one placement, with my quote, line and waiting action. */
    InboxEntry open(UUID placementId);

    /** Quotes {@code quote} with {@code terms}. */
    Delivery submitQuote(Quote quote, QuoteTermsRequest terms);

    /** Declines {@code quote} with a reason the broker sees. */
    Delivery decline(Quote quote, String reason);

    /** Writes this reinsurer's line on {@code placement}. */
    Delivery writeLine(Placement placement, LineWriteRequest request);

    /** Where the queued change stands now. */
    Delivery outcome(PendingChange change);

    /** Calls {@code listener} whenever the engine's state changes; close to stop. */
    AutoCloseable onSync(Consumer<SyncState> listener);

    /** Asks for a sync cycle now; no-op without an engine. */
    void syncSoon();
}
