package io.redesk.sdk.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeFeedIteratorTest {

    /** A feed of changes 1..n; cursor "k" means "after change k"; batches of 2. */
    private record Change(int seq) {
    }

    private final List<String> asked = new ArrayList<>();
    private int total = 5;

    private FeedPage<Change> fetch(String since) {
        asked.add(since);
        int after = since == null ? 0 : Integer.parseInt(since);
        List<Change> items = new ArrayList<>();
        for (int s = after + 1; s <= Math.min(total, after + 2); s++) {
            items.add(new Change(s));
        }
        int end = items.isEmpty() ? after : items.get(items.size() - 1).seq();
        return new FeedPage<>(items, String.valueOf(end), end < total);
    }

    private List<Integer> drain(ChangeFeedIterator<Change> it) {
        List<Integer> seen = new ArrayList<>();
        it.forEachRemaining(c -> seen.add(c.seq()));
        return seen;
    }

    @Test
    void readsEveryChangeInOrderAndEndsCaughtUp() {
        ChangeFeedIterator<Change> it = new ChangeFeedIterator<>(null, this::fetch, null);
        assertThat(drain(it)).containsExactly(1, 2, 3, 4, 5);
        assertThat(it.cursor()).isEqualTo("5");
        assertThat(it.caughtUp()).isTrue();
    }

    @Test
    void resumesFromTheCursorOfTheLastChangeHandedOut() {
        ChangeFeedIterator<Change> first = new ChangeFeedIterator<>(null, this::fetch, c -> String.valueOf(c.seq()));
        first.next();
        first.next();
        first.next(); // stop in the middle of the second batch
        String saved = first.cursor();
        assertThat(saved).isEqualTo("3");
        assertThat(drain(new ChangeFeedIterator<>(saved, this::fetch, c -> String.valueOf(c.seq()))))
                .containsExactly(4, 5);
    }

    @Test
    void withoutPerChangeCursorsTheCursorMovesAtBatchEnds() {
        ChangeFeedIterator<Change> it = new ChangeFeedIterator<>(null, this::fetch, null);
        it.next();
        assertThat(it.cursor()).isNull();
        it.next();
        assertThat(it.cursor()).isEqualTo("2");
    }

    @Test
    void pollingAgainPicksUpNewChanges() {
        ChangeFeedIterator<Change> it = new ChangeFeedIterator<>(null, this::fetch, null);
        drain(it);
        total = 6;
        assertThat(drain(it)).containsExactly(6);
        assertThat(it.cursor()).isEqualTo("6");
    }

    @Test
    void anEmptyBatchThatAdvancesTheCursorIsSkipped() {
        // the server filtered out changes the caller may not see, but moved the cursor past them
        ChangeFeedIterator<Change> it = new ChangeFeedIterator<>(null, since -> {
            asked.add(since);
            if (since == null) {
                return new FeedPage<>(List.of(), "10", true);
            }
            return "10".equals(since) ? new FeedPage<>(List.of(new Change(11)), "11", false)
                    : new FeedPage<>(List.of(), since, false);
        }, null);
        assertThat(drain(it)).containsExactly(11);
        assertThat(it.cursor()).isEqualTo("11");
    }
}
