package io.redesk.sdk.model.placement;

/**
 * Facultative or treaty; proportional or non-proportional. Wire values of {@code ContractKind} in
 * openapi.yaml.
 */
public enum ContractKind {
    FAC_PROPORTIONAL,
    FAC_EXCESS_OF_LOSS,
    QUOTA_SHARE,
    SURPLUS,
    PER_RISK_EXCESS_OF_LOSS,
    CAT_EXCESS_OF_LOSS,
    STOP_LOSS
}
