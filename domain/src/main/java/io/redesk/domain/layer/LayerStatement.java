package io.redesk.domain.layer;

import io.redesk.domain.money.Money;
import java.util.List;
import java.util.Objects;

/** The effect of a series of losses on a layer, loss by loss in date order, with totals. */
public record LayerStatement(List<LossRecovery> losses, Money totalRecovery, Money totalReinstatementPremium,
                             Money aggregateUsed, Money aggregateRemaining) {

    public LayerStatement {
        losses = List.copyOf(Objects.requireNonNull(losses, "losses"));
    }

    public LossRecovery loss(String lossId) {
        return losses.stream().filter(l -> l.lossId().equals(lossId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no loss " + lossId));
    }
}
