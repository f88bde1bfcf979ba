package io.redesk.sdk.model.placement;

/**
 * Wire values of {@code PlacementStatus} in openapi.yaml.
 */
public enum PlacementStatus {
    DRAFT,
    SUBMITTED,
    INQUIRY,
    FIRM_ORDER,
    SUBSCRIBING,
    SIGNED,
    BOUND,
    REGISTERED,
    NOT_TAKEN_UP,
    CANCELLED,
    EXPIRED
}
