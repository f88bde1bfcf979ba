package io.redesk.sdk.registration;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.registration.ContractRegistrationRequest;
import io.redesk.sdk.model.registration.RegistrationReceipt;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.UUID;

/**
 * Contract registration with the exchange ("necessary, minimal, operable"): the request re-states only
 * the registration standard's fields, which the client shows the user before sending; the receipt
 * (registration number and time) is kept.
 */
public final class RegistrationService extends BaseService<RegistrationService> {

    public RegistrationService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected RegistrationService copy(RequestOptions o) {
        return new RegistrationService(executor, o);
    }

    public RegistrationReceipt register(UUID placementId, ContractRegistrationRequest request, long expectedVersion) {
        return callIfMatch(ApiRequest.post("placements", id("placementId", placementId), "registration")
                .body(required("request", request)), expectedVersion, RegistrationReceipt.class);
    }

    public RegistrationReceipt receipt(UUID placementId) {
        return call(ApiRequest.get("placements", id("placementId", placementId), "registration"),
                RegistrationReceipt.class);
    }
}
