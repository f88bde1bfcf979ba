package io.redesk.sdk.security;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.security.SecurityPolicy;
import io.redesk.sdk.model.security.SecurityPolicyRequest;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;

/** The caller organisation's minimum acceptable reinsurer rating ({@code /security-policy}). */
public final class SecurityPolicyService extends BaseService<SecurityPolicyService> {

    public SecurityPolicyService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected SecurityPolicyService copy(RequestOptions o) {
        return new SecurityPolicyService(executor, o);
    }

    public SecurityPolicy get() {
        return call(ApiRequest.get("security-policy"), SecurityPolicy.class);
    }

    /** Changes the policy; guarded by the version last read. */
    public SecurityPolicy put(SecurityPolicyRequest policy, long expectedVersion) {
        return callIfMatch(ApiRequest.put("security-policy").body(required("policy", policy)), expectedVersion,
                SecurityPolicy.class);
    }
}
