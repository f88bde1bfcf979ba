package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * Wire form of the {@code RiskDetails} schema of openapi.yaml; required: {@code reinsured}, {@code
 * periodStart}, {@code periodEnd}, {@code timeZone}, {@code interest}, {@code premium}. The cover's own
 * terms ({@code cededShare}, {@code lines}, {@code reinstatementRates}, {@code aggregateLimit}, {@code
 * stopLossAttachment}, {@code stopLossLimit}) are optional and absent from slips stored before they
 * existed; {@code type} and {@code limit} are optional too (a draft may not have them yet).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RiskDetails(
        String type,
        String reinsured,
        String insured,
        LocalDate periodStart,
        LocalDate periodEnd,
        String timeZone,
        String interest,
        Money limit,
        Money sumInsured,
        Money excess,
        Money retention,
        Money deductible,
        String territorialScope,
        List<String> conditions,
        List<String> exclusions,
        String choiceOfLaw,
        String jurisdiction,
        Money premium,
        String paymentTerms,
        String taxes,
        List<String> subjectivities,
        String cededShare,
        Integer lines,
        List<String> reinstatementRates,
        Money aggregateLimit,
        String stopLossAttachment,
        String stopLossLimit) {
    /** Copies lists so instances stay immutable. */
    public RiskDetails {
        conditions = conditions == null ? null : List.copyOf(conditions);
        exclusions = exclusions == null ? null : List.copyOf(exclusions);
        subjectivities = subjectivities == null ? null : List.copyOf(subjectivities);
        reinstatementRates = reinstatementRates == null ? null : List.copyOf(reinstatementRates);
    }

    /** Risk details with a ceded share and none of the other cover terms. */
    public RiskDetails(String type, String reinsured, String insured, LocalDate periodStart, LocalDate periodEnd,
            String timeZone, String interest, Money limit, Money sumInsured, Money excess, Money retention,
            Money deductible, String territorialScope, List<String> conditions, List<String> exclusions,
            String choiceOfLaw, String jurisdiction, Money premium, String paymentTerms, String taxes,
            List<String> subjectivities, String cededShare) {
        this(type, reinsured, insured, periodStart, periodEnd, timeZone, interest, limit, sumInsured, excess, retention,
                deductible, territorialScope, conditions, exclusions, choiceOfLaw, jurisdiction, premium, paymentTerms,
                taxes, subjectivities, cededShare, null, null, null, null, null);
    }

    /** Risk details without a ceded share (not a proportional cover, or not known). */
    public RiskDetails(String type, String reinsured, String insured, LocalDate periodStart, LocalDate periodEnd,
            String timeZone, String interest, Money limit, Money sumInsured, Money excess, Money retention,
            Money deductible, String territorialScope, List<String> conditions, List<String> exclusions,
            String choiceOfLaw, String jurisdiction, Money premium, String paymentTerms, String taxes,
            List<String> subjectivities) {
        this(type, reinsured, insured, periodStart, periodEnd, timeZone, interest, limit, sumInsured, excess, retention,
                deductible, territorialScope, conditions, exclusions, choiceOfLaw, jurisdiction, premium, paymentTerms,
                taxes, subjectivities, null);
    }
}
