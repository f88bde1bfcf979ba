package io.redesk.domain.slip;

import io.redesk.domain.line.Subjectivity;
import io.redesk.domain.money.Money;
import java.util.List;

/**
 * MRC section 1, risk details: what is reinsured, for whom, when, where, on what terms and at what
 * price. A draft may leave any field empty; {@link SlipValidator} says what each stage requires.
 *
 * @param umr          unique market reference, e.g. {@code B1234RD2027QS01}
 * @param reinsured    the cedent (organisation id or name as on the slip)
 * @param insured      the original insured; required for facultative business
 * @param interest     what is covered (class of business, subject matter)
 * @param sumInsured   the sum insured of the risk (facultative) or null
 * @param cover        limit / excess / retention / share terms, shaped by contract type
 * @param taxes        taxes payable by the cedent on the premium, as worded
 */
public record RiskDetails(String umr, ContractKind kind, String reinsured, String insured, Period period, String interest,
                          Money sumInsured, Cover cover, String territorialScope, List<String> conditions,
                          List<String> exclusions, String choiceOfLaw, String jurisdiction, Money premium,
                          String paymentTerms, String taxes, List<Subjectivity> subjectivities) {

    public RiskDetails {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        subjectivities = subjectivities == null ? List.of() : List.copyOf(subjectivities);
    }
}
