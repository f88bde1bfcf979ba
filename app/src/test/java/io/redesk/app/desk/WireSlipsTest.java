package io.redesk.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.sdk.model.placement.Slip;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The editor's form and the exchange's wire slip line up both ways, so a slip opened from the exchange can go back. */
class WireSlipsTest {

    @Test
    void aSlipFromTheExchangeOpensInTheFormAndGoesBackUnchanged() {
        SlipForm typed = DeskFixture.completeSlip("B0999WIRE00001").with(SlipField.INFORMATION, "Loss record attached.");
        Slip wire = WireSlips.toWire(typed.parse().slip());

        SlipForm opened = WireSlipForms.toForm(io.redesk.sdk.model.WireJson.newMapper().valueToTree(wire));

        assertThat(opened.get(SlipField.UMR)).isEqualTo("B0999WIRE00001");
        assertThat(opened.get(SlipField.INSURED)).isEqualTo("Yangshan Port Logistics");
        assertThat(opened.get(SlipField.LIMIT_PER_RISK)).isEqualTo(wire.riskDetails().limit().amount());
        assertThat(opened.get(SlipField.INFORMATION)).isEqualTo("Loss record attached.");
        assertThat(opened.get(SlipField.INCEPTION)).isEqualTo(LocalDate.of(2027, 1, 1).toString());
        assertThat(WireSlips.toWire(opened.parse().slip())).isEqualTo(wire);
        assertThat(SlipOutbox.sendable(opened)).as("the opened slip can be sent back as it is").isEmpty();
    }

    @Test
    void subjectivityDeadlinesSurviveTheRoundTripThroughTheExchange() {
        SlipForm typed = DeskFixture.completeSlip("B0999WIRE00003")
                .with(SlipField.SUBJECTIVITIES, "Survey report | 2027-01-31\nLoss history five years | 2026-12-15");
        Slip wire = WireSlips.toWire(typed.parse().slip());

        SlipForm opened = WireSlipForms.toForm(io.redesk.sdk.model.WireJson.newMapper().valueToTree(wire));

        assertThat(opened.parse().slip().riskDetails().subjectivities())
                .extracting(io.redesk.domain.line.Subjectivity::deadline)
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2026, 12, 15));
        assertThat(opened.validate(io.redesk.domain.slip.SlipStage.SUBMISSION)).as("fetched back, it can be submitted").isEmpty();
    }

    @Test
    void aFieldEditedInTheOpenedFormIsTheOnlyChangeOnTheWire() {
        Slip wire = WireSlips.toWire(DeskFixture.completeSlip("B0999WIRE00002").parse().slip());

        Slip edited = WireSlips.toWire(WireSlipForms.toForm(io.redesk.sdk.model.WireJson.newMapper().valueToTree(wire)).with(SlipField.INSURED, "Yangshan Port Logistics Group")
                .parse().slip());

        assertThat(edited.riskDetails().insured()).isEqualTo("Yangshan Port Logistics Group");
        assertThat(edited).usingRecursiveComparison().ignoringFields("riskDetails.insured").isEqualTo(wire);
    }

    @Test
    void aProportionalSlipFromTheExchangeOpensWithItsCededShare() {
        SlipForm typed = DeskFixture.completeSlip("B0999WIRE00003").with(SlipField.CEDED_SHARE, "35.5");
        Slip wire = WireSlips.toWire(typed.parse().slip());
        assertThat(wire.riskDetails().cededShare()).isEqualTo("35.5000");

        SlipForm opened = WireSlipForms.toForm(io.redesk.sdk.model.WireJson.newMapper().valueToTree(wire));

        assertThat(opened.get(SlipField.CEDED_SHARE)).isEqualTo("35.5000");
        assertThat(opened.validate(io.redesk.domain.slip.SlipStage.SUBMISSION))
                .noneMatch(e -> e.field().endsWith("cededShare"));
        assertThat(WireSlips.toWire(opened.parse().slip())).isEqualTo(wire);
    }

    @Test
    void aSlipStoredBeforeTheContractCarriedTheCededShareStillOpensWithThatFieldEmpty() throws Exception {
        var mapper = io.redesk.sdk.model.WireJson.newMapper();
        com.fasterxml.jackson.databind.node.ObjectNode old = mapper.valueToTree(
                WireSlips.toWire(DeskFixture.completeSlip("B0999WIRE00004").parse().slip()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) old.get("riskDetails")).remove("cededShare");

        Slip read = mapper.treeToValue(old, Slip.class);
        SlipForm opened = WireSlipForms.toForm(old);

        assertThat(read.riskDetails().cededShare()).isNull();
        assertThat(opened.get(SlipField.CEDED_SHARE)).isEmpty();
        assertThat(opened.get(SlipField.INSURED)).isEqualTo("Yangshan Port Logistics");
        assertThat(SlipOutbox.sendable(opened)).as("it can still go back as a draft").isEmpty();
    }
}
