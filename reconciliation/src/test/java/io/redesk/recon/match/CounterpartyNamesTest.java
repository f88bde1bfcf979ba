package io.redesk.recon.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CounterpartyNamesTest {

    @Test
    void foldsCaseWidthPunctuationAndCompanySuffixes() {
        assertThat(CounterpartyNames.normalise("Swiss Re Co., Ltd.")).isEqualTo("swiss");
        assertThat(CounterpartyNames.normalise("ＳＷＩＳＳ　ＲＥ")).isEqualTo("swiss");
        assertThat(CounterpartyNames.normalise("Swiss Reinsurance Company Limited")).isEqualTo("swiss");
        assertThat(CounterpartyNames.normalise("太平再保险股份有限公司")).isEqualTo("太平再保险");
        assertThat(CounterpartyNames.normalise("太平再保险有限公司")).isEqualTo("太平再保险");
        assertThat(CounterpartyNames.normalise("中国再保险（集团）股份有限公司")).isEqualTo("中国再保险集团");
        assertThat(CounterpartyNames.normalise("Lloyd's of London")).isEqualTo("lloydsoflondon");
    }

    @Test
    void neverDropsTheLastWord() {
        assertThat(CounterpartyNames.normalise("Re")).isEqualTo("re");
        assertThat(CounterpartyNames.normalise("公司")).isEqualTo("公司");
    }

    @Test
    void refusesAnAliasThatNamesTwoParties() {
        assertThatThrownBy(() -> CounterpartyNames.withAliases(Map.of("China Re", "A", "CHINA RE LTD", "B")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
