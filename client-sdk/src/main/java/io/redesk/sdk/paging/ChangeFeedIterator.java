package io.redesk.sdk.paging;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a change feed from a {@code since} cursor, in commit order, batch by batch, and always knows the
 * cursor to resume from: {@link #cursor()} is the position just after the last change handed out by
 * {@link #next()}. A sync loop applies each change and stores {@code cursor()} in the same local
 * transaction; after a crash it starts a new iterator from the stored cursor and sees no change twice
 * and none missed.
 *
 * <p>The iterator ends when the exchange says nothing newer is waiting (the feed does not block); a later
 * {@link #hasNext()} asks again, so one iterator can also be used to poll.
 *
 * @param <T> change type
 */
public final class ChangeFeedIterator<T> implements Iterator<T> {

    /** Fetches the batch after a cursor (null = from the beginning). */
    @FunctionalInterface
    public interface Fetcher<T> {
        FeedPage<T> fetch(String since);
    }

    private final Fetcher<T> fetcher;
    private final Function<T, String> cursorOfChange;
    private Iterator<T> current = Collections.emptyIterator();
    private String batchEnd;
    private String cursor;
    private boolean caughtUp;
    private long batches;

    /**
     * @param since          the cursor to start after; null for the beginning
     * @param fetcher        fetches the changes after a cursor
     * @param cursorOfChange the resume cursor carried by one change, or null when changes do not carry
     *                       their own (then the cursor advances at batch ends)
     */
    public ChangeFeedIterator(String since, Fetcher<T> fetcher, Function<T, String> cursorOfChange) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.cursorOfChange = cursorOfChange;
        this.cursor = since;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (batchEnd != null) {
                cursor = batchEnd; // the batch is consumed: its end is the resume point
            }
            String asked = cursor;
            FeedPage<T> page = fetcher.fetch(asked);
            batches++;
            if (page.nextCursor() != null && !page.nextCursor().isEmpty()) {
                batchEnd = page.nextCursor();
            }
            current = page.items().iterator();
            caughtUp = !page.hasMore();
            if (!current.hasNext()) {
                if (batchEnd != null) {
                    cursor = batchEnd;
                }
                // an empty batch that still moved the cursor (changes the caller may not see) is skipped
                if (caughtUp || Objects.equals(asked, cursor)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T change = current.next();
        String own = cursorOfChange == null ? null : cursorOfChange.apply(change);
        if (own != null) {
            cursor = own;
        } else if (!current.hasNext() && batchEnd != null) {
            cursor = batchEnd;
        }
        return change;
    }

    /** Where to resume: just after the last change returned by {@link #next()} (the start cursor before any). */
    public String cursor() {
        return cursor;
    }

    /** Whether the last batch said nothing newer is waiting, and all of it has been handed out. */
    public boolean caughtUp() {
        return caughtUp && !current.hasNext();
    }

    /** How many batches were fetched. */
    public long batches() {
        return batches;
    }
}
