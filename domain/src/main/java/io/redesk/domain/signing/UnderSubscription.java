package io.redesk.domain.signing;

/** What signing did about under-subscription. */
public enum UnderSubscription {
    /** Written lines reached 100% of the order (exactly, or over and signed down). */
    NONE,
    /** Under-subscribed and no broker decision given: nothing was signed. */
    DECISION_REQUIRED,
    /** Under-subscribed; the broker reduced the order to the written total. */
    ORDER_REDUCED,
    /** Under-subscribed; the broker keeps the placement open: nothing was signed. */
    KEPT_OPEN
}
