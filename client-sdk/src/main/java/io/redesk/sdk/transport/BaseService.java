package io.redesk.sdk.transport;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.paging.Page;
import io.redesk.sdk.paging.PageFetcher;
import io.redesk.sdk.paging.PagingIterator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Common plumbing of the resource services: the executor, per-service {@link RequestOptions} (set with
 * {@link #with(RequestOptions)}, e.g. an outbox's idempotency key), and argument checks that fail before
 * anything is sent.
 *
 * @param <S> the concrete service type
 */
public abstract class BaseService<S extends BaseService<S>> {

    protected final RequestExecutor executor;
    protected final RequestOptions options;

    protected BaseService(RequestExecutor executor, RequestOptions options) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.options = options == null ? RequestOptions.none() : options;
    }

    /** This service with per-call options, e.g. {@code placements().with(RequestOptions.idempotencyKey(k))}. */
    public final S with(RequestOptions requestOptions) {
        return copy(requestOptions);
    }

    protected abstract S copy(RequestOptions requestOptions);

    protected final <T> T call(ApiRequest.Builder request, Class<T> type) {
        return executor.execute(request.options(options).build(), type).body();
    }

    /** A guarded update: sends {@code If-Match: "expectedVersion"}. */
    protected final <T> T callIfMatch(ApiRequest.Builder request, long expectedVersion, Class<T> type) {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must not be negative, was " + expectedVersion);
        }
        return executor.execute(request.options(options.withIfMatch(expectedVersion)).build(), type).body();
    }

    protected static String id(String name, UUID id) {
        return Objects.requireNonNull(id, name).toString();
    }

    protected static <T> T required(String name, T value) {
        return Objects.requireNonNull(value, name);
    }

    /** Checks an optional page size against the contract's bounds. */
    protected static Integer limit(Integer limit, int max) {
        if (limit != null && (limit < 1 || limit > max)) {
            throw new IllegalArgumentException("limit must be between 1 and " + max + ", was " + limit);
        }
        return limit;
    }

    protected static <T> Page<T> page(List<T> items, String nextCursor) {
        return new Page<>(items, nextCursor);
    }

    protected static <T> Stream<T> all(PageFetcher<T> fetcher) {
        return PagingIterator.stream(fetcher);
    }
}
