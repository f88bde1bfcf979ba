package io.redesk.sdk.paging;

import java.util.List;
import java.util.Optional;

/**
 * One page of a cursor-paged list: its items and the opaque cursor of the next page (null on the
 * last page).
 *
 * @param <T> item type
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }

    public boolean last() {
        return nextCursor == null || nextCursor.isEmpty();
    }
}
