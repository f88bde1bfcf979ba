package io.redesk.sdk.transport;

/**
 * A request body already serialised as JSON (a batch checks its size against the contract's limit
 * before sending, so it serialises once itself); sent as it is.
 */
public record JsonBytes(byte[] bytes) {
}
