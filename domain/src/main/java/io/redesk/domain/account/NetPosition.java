package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import java.util.List;

/** What is left to pay or receive with one counterparty in one currency after netting. */
public record NetPosition(String counterpartyId, Money net, List<String> references) {

    public NetPosition {
        references = List.copyOf(references);
    }

    public boolean isReceivable() {
        return net.isPositive();
    }

    public boolean isPayable() {
        return net.isNegative();
    }
}
