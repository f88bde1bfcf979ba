package io.redesk.sdk.model.archfixture;

/** Architecture fixture: a client-sdk model type, which exchange-server may use. */
public record SdkModel(String id) {
}
