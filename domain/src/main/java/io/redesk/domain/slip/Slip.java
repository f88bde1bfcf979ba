package io.redesk.domain.slip;

import io.redesk.domain.validation.FieldError;
import java.util.List;

/**
 * A Market Reform Contract slip: its six sections. A slip is a plain value that may be incomplete
 * (drafts are saved as they are, offline too); {@link #validate(SlipStage)} lists every problem for a
 * stage, naming the field, instead of failing on the first.
 */
public record Slip(RiskDetails riskDetails, Information information, SecurityDetails securityDetails,
                   SubscriptionAgreement subscriptionAgreement, FiscalAndRegulatory fiscalAndRegulatory,
                   BrokerRemuneration brokerRemuneration) {

    /** Every problem that stops this slip from passing the given stage; empty when it passes. */
    public List<FieldError> validate(SlipStage stage) {
        return SlipValidator.validate(this, stage);
    }
}
