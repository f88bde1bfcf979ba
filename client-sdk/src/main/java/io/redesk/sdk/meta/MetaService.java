package io.redesk.sdk.meta;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.Health;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;

/** The exchange's health and its own copy of the contract ({@code /health}, {@code /openapi.yaml}). */
public final class MetaService extends BaseService<MetaService> {

    public MetaService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected MetaService copy(RequestOptions o) {
        return new MetaService(executor, o);
    }

    public Health health() {
        return call(ApiRequest.get("health").anonymous(), Health.class);
    }

    /**
     * Readiness: 200 while this exchange instance and its database answer; a {@code ServerException}
     * ({@code 503 UNAVAILABLE}) when the database does not.
     */
    public Health readiness() {
        return call(ApiRequest.get("ready").anonymous(), Health.class);
    }

    /** The OpenAPI document the exchange serves, as text. */
    public String openApiYaml() {
        return call(ApiRequest.get("openapi.yaml").anonymous(), String.class);
    }
}
