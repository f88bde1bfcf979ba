package io.redesk.sdk.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PagingIteratorTest {

    private final List<String> asked = new ArrayList<>();
    private final Map<String, Page<Integer>> pages = Map.of(
            "start", new Page<>(List.of(1, 2), "c2"),
            "c2", new Page<>(List.of(), "c3"),
            "c3", new Page<>(List.of(3), null));

    private Page<Integer> fetch(String cursor) {
        asked.add(cursor);
        return pages.get(cursor == null ? "start" : cursor);
    }

    @Test
    void fetchesNothingUntilAskedAndThenOnePageAtATime() {
        PagingIterator<Integer> it = new PagingIterator<>(this::fetch);
        assertThat(asked).isEmpty();
        assertThat(it.next()).isEqualTo(1);
        assertThat(it.next()).isEqualTo(2);
        assertThat(asked).containsExactly((String) null);
        assertThat(it.next()).isEqualTo(3);
        assertThat(it.hasNext()).isFalse();
        assertThat(asked).containsExactly(null, "c2", "c3");
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void streamsLazily() {
        assertThat(PagingIterator.stream(this::fetch).limit(2).collect(Collectors.toList())).containsExactly(1, 2);
        assertThat(asked).hasSize(1);
    }

    @Test
    void anEmptyFirstPageEndsAtOnce() {
        PagingIterator<Integer> it = new PagingIterator<>(c -> new Page<>(List.of(), null));
        assertThat(it.hasNext()).isFalse();
        assertThat(it.pagesFetched()).isEqualTo(1);
    }

    @Test
    void aServerRepeatingTheCursorOnAnEmptyPageIsReportedNotLoopedOn() {
        PagingIterator<Integer> it = new PagingIterator<>(c -> c == null ? new Page<>(List.of(1), "x")
                : new Page<>(List.of(), "x"));
        it.next();
        assertThatThrownBy(it::hasNext).isInstanceOf(IllegalStateException.class).hasMessageContaining("same cursor");
    }
}
