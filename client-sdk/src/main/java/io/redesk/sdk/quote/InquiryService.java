package io.redesk.sdk.quote;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.quote.Inquiry;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.UUID;

/**
 * Sends a placement out for quotes: one quote request per invited reinsurer
 * ({@code POST /placements/{id}/inquiries}). Inviting a reinsurer below the caller's security policy
 * needs an explicit override with a reason, which the exchange records.
 */
public final class InquiryService extends BaseService<InquiryService> {

    public InquiryService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected InquiryService copy(RequestOptions o) {
        return new InquiryService(executor, o);
    }

    public Inquiry create(UUID placementId, InquiryRequest request) {
        return call(ApiRequest.post("placements", id("placementId", placementId), "inquiries")
                .body(required("request", request)), Inquiry.class);
    }
}
