package io.redesk.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    private static boolean matches(String query, String... texts) {
        return SearchTerms.forIndex(List.of(texts)).containsAll(SearchTerms.forQuery(query));
    }

    @Test
    void caseWidthAndAccentsDoNotMatter() {
        assertThat(matches("ZURICH", "Zürich Re")).isTrue();
        assertThat(matches("ｐａｃｉｆｉｃ", "Pacific Marine")).isTrue();
        assertThat(matches("HAUPTSTRASSE", "Hauptstraße Cargo")).isTrue();
    }

    @Test
    void latinTokensMatchByPrefixFromThreeCharacters() {
        assertThat(matches("pac", "Pacific Marine")).isTrue();
        assertThat(matches("pa", "Pacific Marine")).isFalse();
        assertThat(matches("cific", "Pacific Marine")).as("no infix search").isFalse();
    }

    @Test
    void aMarketReferenceIsFoundByItsSerial() {
        assertThat(matches("2027001", "B0999HT2027001")).isTrue();
        assertThat(matches("2027", "B0999HT2027001")).as("the serial, by prefix").isTrue();
        assertThat(matches("b0999ht", "B0999HT2027001")).as("the whole reference, by prefix, as before").isTrue();
        assertThat(matches("ht2027", "B0999HT2027001")).as("only the closing serial is a tail of its own").isFalse();
        assertThat(matches("027001", "B0999HT2027001")).as("still no infix search inside a run").isFalse();
        assertThat(matches("2027", "Marine 2027")).as("a token of digits only is its own serial").isTrue();
        assertThat(matches("01", "B0999HT2027001")).as("a short query still needs a whole token").isFalse();
        assertThat(SearchKey.of(List.of("B0999HT2027001")).matches(SearchKey.Query.parse("2027001"))).isTrue();
        assertThat(SearchKey.of(List.of("B0999HT2027001")).matches(SearchKey.Query.parse("027001"))).isFalse();
    }

    @Test
    void shortQueryTokensMatchWholeTokens() {
        assertThat(matches("qs", "Marine QS 2027")).isTrue();
    }

    @Test
    void referencesSplitOnPunctuationAndAllTermsMustMatch() {
        assertThat(matches("B0999ABC123-2027", "B0999ABC123/2027")).isTrue();
        assertThat(matches("b0999 2027", "B0999ABC123-2027")).isTrue();
        assertThat(matches("b0999 2026", "B0999ABC123-2027")).isFalse();
    }

    @Test
    void chineseMatchesBySubstringOfCharacterPairs() {
        assertThat(matches("再保险", "中国再保险集团")).isTrue();
        assertThat(matches("中国再保", "中国再保险集团")).isTrue();
        assertThat(matches("险", "中国再保险集团")).isTrue();
        assertThat(matches("人保", "中国再保险集团")).isFalse();
    }

    @Test
    void mixedScriptsSplitIntoSeparateTokens() {
        assertThat(matches("航运 cargo", "绿色航运Cargo Pool")).isTrue();
    }

    @Test
    void emptyOrPunctuationOnlyQueryHasNoTerms() {
        assertThat(SearchTerms.forQuery(" -/ ")).isEmpty();
        assertThat(SearchTerms.forQuery(null)).isEmpty();
    }

    /** Search re-checks hits with matchesAll; it must agree with the index terms exactly. */
    @Property(tries = 2000)
    void matchesAllAgreesWithTheIndexedTerms(@ForAll("texts") String text, @ForAll("texts") String other,
                                             @ForAll("texts") String query) {
        List<String> texts = java.util.Arrays.asList(text, null, other);
        Set<String> terms = SearchTerms.forQuery(query);
        assertThat(SearchTerms.matchesAll(texts, terms))
                .as("texts %s, query %s", texts, query)
                .isEqualTo(SearchTerms.forIndex(texts).containsAll(terms));
        // a query built from the text itself always matches it
        Set<String> own = SearchTerms.forQuery(text);
        assertThat(SearchTerms.matchesAll(texts, own)).isTrue();
    }

    @Provide
    Arbitrary<String> texts() {
        // Small alphabets so that prefixes, whole tokens and CJK pairs collide often.
        Arbitrary<Character> chars = Arbitraries.of('a', 'b', 'c', 'A', 'é', 'ß', '１', '2', ' ', '-', '/',
                '中', '国', '再', '保', 'ア', '한');
        return chars.list().ofMaxSize(30).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        });
    }

    @Property(tries = 1000)
    void asciiShortcutNormalisesLikeTheFullPath(@ForAll("ascii") String text) {
        String full = Normalizer.normalize(Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFD), Normalizer.Form.NFC);
        assertThat(SearchTerms.normalise(text)).isEqualTo(full);
    }

    @Provide
    Arbitrary<String> ascii() {
        return Arbitraries.strings().ascii().ofMaxLength(40);
    }
}
