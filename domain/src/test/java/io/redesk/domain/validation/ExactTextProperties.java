package io.redesk.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Codes and numbers are exact: surrounded by any space or carrying a line break, they are refused. */
class ExactTextProperties {

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.of(" ", "\t", "\n", "\r\n", "\u00A0", "\u3000", "\u2003", "\uFEFF");
    }

    @Property
    void visibleTokensAreExact(@ForAll("tokens") String token) {
        assertThat(ExactText.refusal(token)).isEmpty();
    }

    @Property
    void aBlankAtEitherEndIsRefused(@ForAll("tokens") String token, @ForAll("blanks") String blank) {
        assertThat(ExactText.refusal(token + blank)).isPresent();
        assertThat(ExactText.refusal(blank + token)).isPresent();
    }

    @Property
    void aLineBreakInsideIsRefused(@ForAll("tokens") String a, @ForAll("tokens") String b) {
        assertThat(ExactText.refusal(a + "\n" + b)).contains("must not contain a line break");
        assertThat(ExactText.refusal(a + "\u0000" + b)).contains("must not contain control characters");
    }

    @Test
    void innerSpacesOfAReferenceAreItsOwnBusinessAndTheErrorNamesTheField() {
        assertThat(ExactText.isExact("Asia/Shanghai")).isTrue();
        assertThat(ExactText.isExact("中国 再保险")).isTrue();
        assertThat(ExactText.check("slip.umr", "B0999HT2027008\n"))
                .hasValueSatisfying(e -> assertThat(e.field()).isEqualTo("slip.umr"));
    }
}
