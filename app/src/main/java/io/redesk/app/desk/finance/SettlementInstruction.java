package io.redesk.app.desk.finance;

import io.redesk.domain.money.FxRate;
import java.util.Objects;
import java.util.UUID;

/**
 * A settlement to instruct for the agreed, unsettled amounts with one counterparty in one currency.
 *
 * @param counterpartyId     the other party
 * @param currency           the accounts' currency (ISO 4217)
 * @param settlementCurrency the currency paid in (CNY first), or null for the accounts' currency
 * @param fxRate             the rate from the accounts' currency to the settlement currency with its source
 *                           and date; required when they differ, absent otherwise
 * @param crossBorderRmb     ask for cross-border RMB settlement (the exchange checks eligibility and refuses
 *                           with the reason where it does not apply)
 */
public record SettlementInstruction(UUID counterpartyId, String currency, String settlementCurrency, FxRate fxRate,
                                    boolean crossBorderRmb) {

    public SettlementInstruction {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(currency, "currency");
    }
}
