package io.redesk.domain.signing;

/**
 * What the broker decided for an under-subscribed placement (written lines below 100% of the order);
 * without one it cannot be signed.
 */
public enum BrokerDecision {
    /**
     * Close at what was written: the order shrinks to the written total and each line keeps its share
     * of the whole risk, re-expressed as a share of the smaller order.
     */
    REDUCE_ORDER,
    /** Do not close; keep the placement open for more lines. */
    KEEP_OPEN
}
