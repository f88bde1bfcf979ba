package io.redesk.sdk.account;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.ClaimAdviceRequest;
import io.redesk.sdk.model.account.ClaimPage;
import io.redesk.sdk.model.account.ClaimPaymentRequest;
import io.redesk.sdk.paging.Page;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Claims ({@code /claims}): the placing broker advises a claim and requests payments, each matched to
 * a claims-paid or cash-loss item of an issued technical account. Claims follow the placement's
 * visibility.
 */
public final class ClaimService extends BaseService<ClaimService> {

    public ClaimService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected ClaimService copy(RequestOptions o) {
        return new ClaimService(executor, o);
    }

    public Page<Claim> list(UUID placementId, String cursor, Integer limit) {
        ClaimPage p = call(ApiRequest.get("claims").query("placementId", placementId).query("cursor", cursor)
                .query("limit", limit(limit, 200)), ClaimPage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<Claim> listAll(UUID placementId) {
        return all(c -> list(placementId, c, null));
    }

    public Claim get(UUID claimId) {
        return call(ApiRequest.get("claims", id("claimId", claimId)), Claim.class);
    }

    public Claim advise(ClaimAdviceRequest request) {
        return call(ApiRequest.post("claims").body(required("request", request)), Claim.class);
    }

    public Claim requestPayment(UUID claimId, ClaimPaymentRequest request, long expectedVersion) {
        return callIfMatch(ApiRequest.post("claims", id("claimId", claimId), "payments").body(required("request", request)),
                expectedVersion, Claim.class);
    }
}
