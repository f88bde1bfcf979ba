package io.redesk.sdk.paging;

import java.util.List;

/**
 * One batch of a change feed: the changes, the cursor just after the last one (present even when the
 * batch is empty, so the client can resume from it), and whether more changes are waiting right now.
 *
 * @param <T> change type
 */
public record FeedPage<T>(List<T> items, String nextCursor, boolean hasMore) {

    public FeedPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
