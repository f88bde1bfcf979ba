package io.redesk.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferencesTest {

    @Test
    void tokensEndAtSpacesPunctuationAndChineseText() {
        assertThat(References.tokens("PAYMENT REF B0999HT2027008 Q1")).containsExactly("PAYMENT", "B0999HT2027008");
        assertThat(References.tokens("付款B0999HT2027008第一期")).containsExactly("B0999HT2027008");
        assertThat(References.tokens("REF:TA-2027-001.")).containsExactly("TA-2027-001");
        assertThat(References.tokens("ｂ０９９９ｈｔ２０２７００８")).containsExactly("B0999HT2027008");
    }

    @Test
    void aJoinedTokenAlsoYieldsItsParts() {
        assertThat(References.tokens("B0999HT2027008/Q1")).containsExactly("B0999HT2027008/Q1", "B0999HT2027008");
    }
}
