package io.redesk.sdk.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Iterates over every item of a cursor-paged list, fetching a page only when the previous one is used
 * up (nothing is fetched before the first {@link #hasNext()}). Not thread-safe. An empty page with a
 * next cursor is skipped rather than ending the iteration early.
 *
 * @param <T> item type
 */
public final class PagingIterator<T> implements Iterator<T> {

    /** Guards against a server that keeps returning empty pages with cursors. */
    private static final int MAX_EMPTY_PAGES_IN_A_ROW = 100;

    private final PageFetcher<T> fetcher;
    private Iterator<T> current = java.util.Collections.emptyIterator();
    private String nextCursor;
    private boolean started;
    private boolean exhausted;
    private int pagesFetched;

    public PagingIterator(PageFetcher<T> fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /** A lazy, sequential stream over all items. */
    public static <T> Stream<T> stream(PageFetcher<T> fetcher) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new PagingIterator<>(fetcher),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** An Iterable whose every iterator starts over from the first page. */
    public static <T> Iterable<T> iterable(PageFetcher<T> fetcher) {
        return () -> new PagingIterator<>(fetcher);
    }

    @Override
    public boolean hasNext() {
        int empty = 0;
        while (!current.hasNext()) {
            if (exhausted) {
                return false;
            }
            if (started && (nextCursor == null || nextCursor.isEmpty())) {
                exhausted = true;
                return false;
            }
            Page<T> page = fetcher.fetch(started ? nextCursor : null);
            started = true;
            pagesFetched++;
            if (!page.last() && Objects.equals(page.nextCursor(), nextCursor) && page.items().isEmpty()) {
                throw new IllegalStateException("server returned the same cursor for an empty page: " + nextCursor);
            }
            nextCursor = page.nextCursor();
            current = page.items().iterator();
            if (page.items().isEmpty() && ++empty > MAX_EMPTY_PAGES_IN_A_ROW) {
                throw new IllegalStateException("more than " + MAX_EMPTY_PAGES_IN_A_ROW + " empty pages in a row");
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** How many pages were requested so far. */
    public int pagesFetched() {
        return pagesFetched;
    }
}
