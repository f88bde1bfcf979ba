package io.redesk.app.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.i18n.Language;
import io.redesk.app.i18n.Localization;
import org.junit.jupiter.api.Test;

/** The sync issues page names fields as the editor and the underwriter's forms do, in the user's language. */
class FieldLabelsTest {

    private final Localization en = Localization.of(Language.ENGLISH);
    private final Localization zh = Localization.of(Language.CHINESE);

    @Test
    void slipPathsAreTheEditorsLabels() {
        assertThat(FieldLabels.label("riskDetails.premium.amount", en::text)).isEqualTo("Premium");
        assertThat(FieldLabels.label("riskDetails.premium.currency", en::text)).isEqualTo("Premium · Currency");
        assertThat(FieldLabels.label("riskDetails.periodStart", en::text)).isEqualTo("Period from");
        assertThat(FieldLabels.label("slip.riskDetails.insured", en::text)).as("an endorsement's slip").isEqualTo("Insured");
        assertThat(FieldLabels.label("riskDetails.subjectivities.1", en::text)).isEqualTo("Subjectivities #2");
        assertThat(FieldLabels.label("riskDetails.insured", zh::text)).isEqualTo(zh.text("slip.field.insured")).matches(".*\\p{IsHan}.*");
    }

    @Test
    void requestFieldsAreTheFormsLabels() {
        assertThat(FieldLabels.label("writtenShare", en::text)).isEqualTo("Written line % of the order");
        assertThat(FieldLabels.label("validUntil", en::text)).isEqualTo("Valid until");
        assertThat(FieldLabels.label("status", zh::text)).matches(".*\\p{IsHan}.*");
    }

    @Test
    void aPathNobodyNamedKeepsItsWireName() {
        assertThat(FieldLabels.label("riskDetails.somethingNew", en::text)).isEqualTo("riskDetails.somethingNew");
        assertThat(FieldLabels.label("somethingNew.amount", en::text)).isEqualTo("somethingNew.amount");
    }
}
