package io.redesk.sdk.model.placement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * Wire form of the {@code RiskDetails} schema of openapi.yaml; required: {@code type}, {@code
 * reinsured}, {@code periodStart}, {@code periodEnd}, {@code timeZone}, {@code interest}, {@code
 * limit}, {@code premium}. {@code cededShare} (a proportional cover's ceded share, percent) is
 * optional and absent from slips stored before it existed.
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
        String cededShare) {
    /** Copies lists so instances stay immutable. */
    public RiskDetails {
        conditions = conditions == null ? null : List.copyOf(conditions);
        exclusions = exclusions == null ? null : List.copyOf(exclusions);
        subjectivities = subjectivities == null ? null : List.copyOf(subjectivities);
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
