package io.redesk.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/**
 * The in-memory key answers exactly like the blind index: for any texts and any query, a key matches
 * when (and only when) the index terms of the texts contain every term of the query.
 */
class SearchKeyTest {

    private static boolean indexSays(List<String> texts, String query) {
        return SearchTerms.forIndex(texts).containsAll(SearchTerms.forQuery(query));
    }

    private static boolean keySays(List<String> texts, String query) {
        return SearchKey.of(texts).matches(SearchKey.Query.parse(query));
    }

    @Property(tries = 1000)
    void aKeyMatchesExactlyWhenTheIndexWould(@ForAll("records") List<String> texts, @ForAll("queries") String query) {
        assertThat(keySays(texts, query)).as("texts %s, query '%s'", texts, query).isEqualTo(indexSays(texts, query));
    }

    @Property(tries = 1000)
    void queriesTakenFromTheTextAgreeToo(@ForAll("records") List<String> texts, @ForAll int from, @ForAll int len) {
        String all = String.join(" ", texts);
        if (all.isEmpty()) {
            return;
        }
        int a = Math.floorMod(from, all.length());
        int b = Math.min(all.length(), a + 1 + Math.floorMod(len, 12));
        String query = all.substring(a, b);
        assertThat(keySays(texts, query)).as("texts %s, query '%s'", texts, query).isEqualTo(indexSays(texts, query));
    }

    @Example
    void examplesFromTheSlipsList() {
        List<String> texts = List.of("Yangshan Port Stock 洋山港仓储 2027", "B0999BN00000042");
        assertThat(keySays(texts, "yang")).isTrue();
        assertThat(keySays(texts, "ya")).as("two letters must be a whole token").isFalse();
        assertThat(keySays(texts, "b0999bn0000004")).isTrue();
        assertThat(keySays(texts, "b0999bn00000043")).isFalse();
        assertThat(keySays(texts, "洋山港仓储")).isTrue();
        assertThat(keySays(texts, "港仓")).isTrue();
        assertThat(keySays(texts, "仓港")).isFalse();
        assertThat(keySays(texts, "ＹＡＮＧＳＨＡＮ port")).isTrue();
        assertThat(keySays(texts, "tock")).as("no infix").isFalse();
        assertThat(keySays(texts, " - ")).as("nothing searchable matches everything, as the index would").isTrue();
    }

    @Provide
    Arbitrary<List<String>> records() {
        return text().list().ofMinSize(0).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> queries() {
        return text();
    }

    private static Arbitrary<String> text() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcABCéÉß0123ｐａ").ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withChars("洋山港仓储中国再保").ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().withChars("ab洋山1").ofMinLength(1).ofMaxLength(5),
                Arbitraries.strings().withChars("abcdefghij").ofLength(26));
        Arbitrary<String> sep = Arbitraries.of(" ", "-", "/", "", "  ", "，");
        return Combinators.combine(word.list().ofMaxSize(4), sep).as((ws, s) -> {
            List<String> parts = new ArrayList<>(ws);
            return String.join(s.isEmpty() ? " " : s, parts);
        });
    }
}
