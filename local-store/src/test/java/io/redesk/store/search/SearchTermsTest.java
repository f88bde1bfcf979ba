package io.redesk.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
