package io.redesk.app.ui.underwriting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.app.i18n.Language;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.underwriting.FieldProblem;
import io.redesk.app.underwriting.LineForm;
import io.redesk.app.underwriting.QuoteForm;
import org.junit.jupiter.api.Test;

/** The quote and line forms on their own: no exchange, no vault, no toolkit. */
class FormViewModelsTest {

    private final I18n i18n = new I18n(Language.ENGLISH);
    private final QuoteFormViewModel quote = new QuoteFormViewModel(i18n);
    private final LineFormViewModel line = new LineFormViewModel(i18n);

    @Test
    void aRefusedFieldIsMatchedByNameNotByPrefixOfAnotherName() {
        assertThat(quote.showRefused("premium.amount", "bad premium")).isTrue();
        assertThat(quote.premiumErrorProperty().get()).isEqualTo("bad premium");
        assertThat(quote.showRefused("premiumCurrency", "other")).isFalse();
        assertThat(quote.showRefused("writtenShare", "x")).isFalse();
        assertThat(line.showRefused("writtenShare", "too much")).isTrue();
        assertThat(line.writtenErrorProperty().get()).isEqualTo("too much");
    }

    @Test
    void anUnreadableValidUntilIsNamedInsteadOfRequired() {
        quote.validUntilTyped("31.02.2027");
        QuoteForm.Result r = quote.check("USD");
        r.problems().forEach(quote::show);
        assertThat(quote.validUntilErrorProperty().get()).contains("31.02.2027");
    }

    @Test
    void problemsOfTheOtherFormAreNotShownHere() {
        assertThat(quote.show(new FieldProblem(LineForm.WRITTEN, "required", ""))).isFalse();
        assertThat(line.show(new FieldProblem(QuoteForm.PREMIUM, "required", ""))).isFalse();
    }

    @Test
    void aRejectedLineRefillsTheFormAsTheUserWouldTypeIt() {
        ObjectNode body = new ObjectMapper().createObjectNode();
        body.put("writtenShare", "30.0000").put("toStand", true).put("conditions", "LSW").put("underwriterReference", "R1");
        body.putArray("subjectivities").addObject().put("text", "survey").put("deadline", "2027-01-31");
        line.refill(body);
        assertThat(line.writtenShareProperty().get()).isEqualTo("30");
        assertThat(line.toStandProperty().get()).isTrue();
        assertThat(line.lineSubjectivitiesProperty().get()).isEqualTo("survey | 2027-01-31");
        line.clear();
        assertThat(line.writtenShareProperty().get()).isEmpty();
        assertThat(line.toStandProperty().get()).isFalse();
    }
}
