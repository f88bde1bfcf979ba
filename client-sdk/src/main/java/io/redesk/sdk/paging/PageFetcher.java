package io.redesk.sdk.paging;

/**
 * Fetches the page that starts at {@code cursor} (null for the first page).
 *
 * @param <T> item type
 */
@FunctionalInterface
public interface PageFetcher<T> {
    Page<T> fetch(String cursor);
}
