package io.redesk.sdk.signing;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.signing.SigningCloseRequest;
import io.redesk.sdk.model.signing.SigningResult;
import io.redesk.sdk.model.signing.UnderSubscriptionDecision;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.UUID;

/**
 * Signing down: preview what closing would sign, then close (the placement becomes SIGNED and the
 * signed lines are fixed). Under-subscribed placements close only with an explicit decision.
 */
public final class SigningService extends BaseService<SigningService> {

    public SigningService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected SigningService copy(RequestOptions o) {
        return new SigningService(executor, o);
    }

    public SigningResult preview(UUID placementId) {
        return call(ApiRequest.get("placements", id("placementId", placementId), "signing", "preview"),
                SigningResult.class);
    }

    /** Closes; {@code underSubscription} null unless the broker decided to reduce the order. */
    public SigningResult close(UUID placementId, UnderSubscriptionDecision underSubscription, long expectedVersion) {
        return callIfMatch(ApiRequest.post("placements", id("placementId", placementId), "signing", "close")
                .body(new SigningCloseRequest(underSubscription)), expectedVersion, SigningResult.class);
    }
}
