package io.redesk.sdk.security;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.security.Rating;
import io.redesk.sdk.model.security.Reinsurer;
import io.redesk.sdk.model.security.ReinsurerPage;
import io.redesk.sdk.paging.Page;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Reinsurers with their ratings and, for the caller, whether each is below its security policy's
 * minimum ({@code /reinsurers}).
 */
public final class ReinsurerService extends BaseService<ReinsurerService> {

    public ReinsurerService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected ReinsurerService copy(RequestOptions o) {
        return new ReinsurerService(executor, o);
    }

    public Page<Reinsurer> list(String cursor, Integer limit) {
        ReinsurerPage p = call(ApiRequest.get("reinsurers").query("cursor", cursor).query("limit", limit(limit, 200)),
                ReinsurerPage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<Reinsurer> listAll() {
        return all(c -> list(c, null));
    }

    public Reinsurer get(UUID organisationId) {
        return call(ApiRequest.get("reinsurers", id("organisationId", organisationId)), Reinsurer.class);
    }

    /** Records a rating (one per agency; the exchange operator only). */
    public Reinsurer putRating(UUID organisationId, Rating rating) {
        return call(ApiRequest.put("reinsurers", id("organisationId", organisationId), "ratings")
                .body(required("rating", rating)), Reinsurer.class);
    }
}
