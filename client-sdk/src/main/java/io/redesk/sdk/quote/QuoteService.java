package io.redesk.sdk.quote;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.ReasonRequest;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuotePage;
import io.redesk.sdk.model.quote.QuoteStatus;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.sdk.paging.Page;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Quotes ({@code /quotes}): the reinsurer prepares, quotes or declines; the broker accepts one, and the
 * others become not taken up. A quote exists only for the placing side and the quoting reinsurer;
 * anyone else gets {@link io.redesk.sdk.error.NotFoundException}.
 */
public final class QuoteService extends BaseService<QuoteService> {

    public QuoteService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected QuoteService copy(RequestOptions o) {
        return new QuoteService(executor, o);
    }

    /** The caller's visible quotes; {@code status} null for all. */
    public Page<Quote> list(QuoteStatus status, String cursor, Integer limit) {
        QuotePage p = call(ApiRequest.get("quotes").query("status", status).query("cursor", cursor)
                .query("limit", limit(limit, 200)), QuotePage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<Quote> listAll(QuoteStatus status) {
        return all(c -> list(status, c, null));
    }

    /** The quotes of one placement the caller may see (a reinsurer: only its own). */
    public Page<Quote> forPlacement(UUID placementId, String cursor, Integer limit) {
        QuotePage p = call(ApiRequest.get("placements", id("placementId", placementId), "quotes")
                .query("cursor", cursor).query("limit", limit(limit, 200)), QuotePage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<Quote> allForPlacement(UUID placementId) {
        return all(c -> forPlacement(placementId, c, null));
    }

    public Quote get(UUID quoteId) {
        return call(ApiRequest.get("quotes", id("quoteId", quoteId)), Quote.class);
    }

    /** Reinsurer: starts working on the request (REQUESTED to PREPARING). */
    public Quote prepare(UUID quoteId, long expectedVersion) {
        return callIfMatch(ApiRequest.post("quotes", id("quoteId", quoteId), "prepare"), expectedVersion, Quote.class);
    }

    /** Reinsurer: quotes terms. */
    public Quote submit(UUID quoteId, QuoteTermsRequest terms, long expectedVersion) {
        return callIfMatch(ApiRequest.post("quotes", id("quoteId", quoteId), "quote").body(required("terms", terms)),
                expectedVersion, Quote.class);
    }

    /** Reinsurer: declines, with a reason. */
    public Quote decline(UUID quoteId, String reason, long expectedVersion) {
        return callIfMatch(ApiRequest.post("quotes", id("quoteId", quoteId), "decline")
                .body(new ReasonRequest(required("reason", reason))), expectedVersion, Quote.class);
    }

    /** Broker: accepts this quote; the placement's other open quotes become NOT_TAKEN_UP. */
    public Quote accept(UUID quoteId, long expectedVersion) {
        return callIfMatch(ApiRequest.post("quotes", id("quoteId", quoteId), "accept"), expectedVersion, Quote.class);
    }
}
