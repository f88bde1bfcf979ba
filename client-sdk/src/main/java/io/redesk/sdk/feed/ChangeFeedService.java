package io.redesk.sdk.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.feed.ChangePage;
import io.redesk.sdk.paging.ChangeFeedIterator;
import io.redesk.sdk.paging.FeedPage;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The change feed ({@code GET /changes}): every change visible to the caller, in commit order. Sync
 * pulls only this. Use {@link #from(String)} and store {@link ChangeFeedIterator#cursor()} together with
 * the applied changes.
 *
 * <p>{@link #from(String)} pipelines a bulk pull: as soon as a batch has arrived, its {@code nextCursor}
 * is read from the raw body (a token scan, no object binding) and the next batch is requested in the
 * background while this one is decoded and consumed, so the exchange's work and the client's overlap.
 * Order and cursors are unchanged; a failed prefetch surfaces when that batch is asked for.
 */
public final class ChangeFeedService extends BaseService<ChangeFeedService> {

    /** The contract's maximum batch; fewer round trips for a bulk pull. */
    public static final int MAX_BATCH = 1000;

    private static final ExecutorService PREFETCH = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "redesk-feed-prefetch");
        t.setDaemon(true);
        return t;
    });

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
        return call(request(since, limit(limit, MAX_BATCH)), ChangePage.class);
    }

    /** A lazy iterator over every change after {@code since}; ends when caught up. */
    public ChangeFeedIterator<Change> from(String since) {
        Pipeline pipeline = new Pipeline();
        return new ChangeFeedIterator<>(since, pipeline::batch, Change::cursor);
    }

    private ApiRequest.Builder request(String since, Integer limit) {
        return ApiRequest.get("changes").query("since", since).query("limit", limit);
    }

    private byte[] raw(String since) {
        return call(request(since, batchSize), byte[].class);
    }

    /** One iterator's fetch-ahead state. */
    private final class Pipeline {
        private String aheadCursor;
        private CompletableFuture<byte[]> ahead;

        FeedPage<Change> batch(String since) {
            byte[] body = ahead != null && java.util.Objects.equals(aheadCursor, since) ? join(ahead) : raw(since);
            ahead = null;
            String[] tail = tail(body);
            if (tail != null && "true".equals(tail[1]) && tail[0] != null) {
                String next = tail[0];
                aheadCursor = next;
                ahead = CompletableFuture.supplyAsync(() -> raw(next), PREFETCH);
            }
            ChangePage page;
            try {
                page = executor.mapper().readValue(body, ChangePage.class);
            } catch (IOException e) {
                throw new ExchangeException(200, "INVALID_RESPONSE", null, null,
                        "GET /changes returned a body that is not a ChangePage: " + e.getClass().getSimpleName(), e);
            }
            return new FeedPage<>(page.items(), page.nextCursor(), page.hasMore());
        }

        private byte[] join(CompletableFuture<byte[]> f) {
            try {
                return f.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
    }

    /** {nextCursor, hasMore} of a raw page, read by skipping over the items; null if unreadable. */
    private String[] tail(byte[] body) {
        try (JsonParser p = executor.mapper().getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String next = null;
            String more = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("nextCursor".equals(name)) {
                    next = p.getValueAsString();
                } else if ("hasMore".equals(name)) {
                    more = String.valueOf(value == JsonToken.VALUE_TRUE);
                } else {
                    p.skipChildren();
                }
            }
            return new String[] {next, more};
        } catch (IOException e) {
            return null; // the full decode reports it
        }
    }
}
