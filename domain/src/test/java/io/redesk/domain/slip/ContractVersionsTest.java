package io.redesk.domain.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.line.Line;
import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractVersionsTest {

    private static Slip withPremiumAndLines(Slip s, Money premium, List<Line> lines) {
        RiskDetails r = s.riskDetails();
        RiskDetails changed = new RiskDetails(r.umr(), r.kind(), r.reinsured(), r.insured(), r.period(), r.interest(),
                r.sumInsured(), r.cover(), r.territorialScope(), r.conditions(), r.exclusions(), r.choiceOfLaw(),
                r.jurisdiction(), premium, r.paymentTerms(), r.taxes(), r.subjectivities());
        SecurityDetails d = s.securityDetails();
        return new Slip(changed, s.information(), new SecurityDetails(d.orderHereon(), d.basisOfWrittenLines(),
                d.signingProvisions(), lines), s.subscriptionAgreement(), s.fiscalAndRegulatory(), s.brokerRemuneration());
    }

    @Test
    void endorsementsAddNumberedVersionsAndKeepEveryEarlierOne() {
        Slip bound = Slips.treatyQuotaShare();
        Slip endorsed = withPremiumAndLines(bound, Money.cny("1200000"), bound.securityDetails().lines());
        ContractVersions v = ContractVersions.bound(bound, LocalDate.of(2027, 1, 1))
                .endorse(endorsed, LocalDate.of(2027, 7, 1), "premium adjustment");
        assertThat(v.versions()).extracting(SlipVersion::number).containsExactly(0, 1);
        assertThat(v.version(0).slip()).isEqualTo(bound);
        assertThat(v.current().effectiveDate()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(v.compare(0, 1)).containsExactly(
                new FieldChange("riskDetails.premium", Money.cny("1000000"), Money.cny("1200000")));
    }

    @Test
    void comparesListsElementByElement() {
        Slip a = Slips.treatyQuotaShare();
        List<Line> lines = a.securityDetails().lines();
        Line moved = Line.written("L2", "re-follow", Share.of("55"), false, "UW-2", lines.get(1).writtenAt());
        Slip b = withPremiumAndLines(a, a.riskDetails().premium(), List.of(lines.get(0), moved,
                Line.written("L3", "re-new", Share.of("5"), false, "UW-3", Slips.T0)));
        List<FieldChange> changes = SlipDiff.compare(a, b);
        assertThat(changes).extracting(FieldChange::field)
                .containsExactly("securityDetails.lines[1].written", "securityDetails.lines[2]");
        assertThat(changes.get(0).before()).isEqualTo(Share.of("60"));
        assertThat(changes.get(0).after()).isEqualTo(Share.of("55"));
    }

    @Test
    void refusesEndorsementsThatChangeNothingOrPrecedeTheCurrentVersion() {
        Slip bound = Slips.treatyQuotaShare();
        ContractVersions v = ContractVersions.bound(bound, LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> v.endorse(bound, LocalDate.of(2027, 2, 1), "nothing")).hasMessageContaining("changes nothing");
        Slip changed = withPremiumAndLines(bound, Money.cny("1"), bound.securityDetails().lines());
        assertThatThrownBy(() -> v.endorse(changed, LocalDate.of(2026, 12, 1), "backdated"))
                .hasMessageContaining("cannot precede version 0");
        assertThatThrownBy(() -> v.version(3)).hasMessageContaining("no version 3");
    }
}
