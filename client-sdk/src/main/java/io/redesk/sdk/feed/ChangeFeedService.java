package io.redesk.sdk.feed;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.feed.ChangePage;
import io.redesk.sdk.paging.ChangeFeedIterator;
import io.redesk.sdk.paging.FeedPage;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;

/**
 * The change feed ({@code GET /changes}): every change visible to the caller, in commit order. Sync
 * pulls only this. Use {@link #from(String)} and store {@link ChangeFeedIterator#cursor()} together with
 * the applied changes.
 */
public final class ChangeFeedService extends BaseService<ChangeFeedService> {

    /** The contract's maximum batch; fewer round trips for a bulk pull. */
    public static final int MAX_BATCH = 1000;

    private final int batchSize;

    public ChangeFeedService(RequestExecutor executor, RequestOptions options) {
        this(executor, options, MAX_BATCH);
    }

    private ChangeFeedService(RequestExecutor executor, RequestOptions options, int batchSize) {
        super(executor, options);
        this.batchSize = batchSize;
    }

    @Override
    protected ChangeFeedService copy(RequestOptions o) {
        return new ChangeFeedService(executor, o, batchSize);
    }

    /** This service fetching {@code size} changes per request (1..1000). */
    public ChangeFeedService batchSize(int size) {
        limit(size, MAX_BATCH);
        return new ChangeFeedService(executor, options, size);
    }

    /** One batch after {@code since} (null: from the beginning). */
    public ChangePage page(String since, Integer limit) {
        return call(ApiRequest.get("changes").query("since", since).query("limit", limit(limit, MAX_BATCH)),
                ChangePage.class);
    }

    /** A lazy iterator over every change after {@code since}; ends when caught up. */
    public ChangeFeedIterator<Change> from(String since) {
        return new ChangeFeedIterator<>(since, s -> {
            ChangePage p = page(s, batchSize);
            return new FeedPage<>(p.items(), p.nextCursor(), p.hasMore());
        }, Change::cursor);
    }
}
