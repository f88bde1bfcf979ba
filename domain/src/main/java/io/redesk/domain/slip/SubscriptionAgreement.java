package io.redesk.domain.slip;

import java.util.List;

/**
 * MRC section 4, subscription agreement: the slip leader, the parties who agree contract changes,
 * how claims are agreed and who administers them.
 *
 * @param slipLeaderId the reinsurer whose terms the followers subscribe to (must have a line)
 */
public record SubscriptionAgreement(String slipLeaderId, List<String> agreementParties,
                                    ClaimsAgreementBasis claimsAgreementBasis, String claimsAdministration) {

    public SubscriptionAgreement {
        agreementParties = agreementParties == null ? List.of() : List.copyOf(agreementParties);
    }
}
