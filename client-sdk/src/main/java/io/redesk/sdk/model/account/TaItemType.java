package io.redesk.sdk.model.account;

/**
 * Wire values of {@code TaItemType} in openapi.yaml.
 */
public enum TaItemType {
    PREMIUM,
    CEDING_COMMISSION,
    BROKERAGE,
    TAXES,
    CLAIMS_PAID,
    PREMIUM_RESERVE_RETAINED,
    PREMIUM_RESERVE_RELEASED,
    LOSS_RESERVE_RETAINED,
    LOSS_RESERVE_RELEASED,
    INTEREST_ON_RESERVES,
    REINSTATEMENT_PREMIUM,
    PROFIT_COMMISSION,
    CASH_LOSS,
    OUTSTANDING_LOSS_RESERVE,
    IBNR
}
