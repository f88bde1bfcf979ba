package io.redesk.domain.layer;

import io.redesk.domain.money.Money;

/**
 * What one loss does to a layer.
 *
 * @param toLayer                 the part of the loss inside the layer (above the excess, up to the limit)
 * @param recovery                what the reinsurers pay: {@code toLayer} capped by the aggregate left
 * @param reinstated              cover reinstated after the loss (capped by the reinstatements left)
 * @param reinstatementPremium    premium due for that reinstatement
 * @param aggregateUsed           recoveries so far, this loss included
 * @param aggregateRemaining      aggregate limit left after this loss
 * @param reinstatementRemaining  reinstatement capacity left after this loss
 */
public record LossRecovery(String lossId, Money toLayer, Money recovery, Money reinstated, Money reinstatementPremium,
                           Money aggregateUsed, Money aggregateRemaining, Money reinstatementRemaining) {
}
