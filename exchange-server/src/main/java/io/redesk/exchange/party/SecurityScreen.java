package io.redesk.exchange.party;

import io.redesk.domain.security.SecurityCheck;
import io.redesk.domain.security.SecurityClearance;
import io.redesk.domain.security.SecurityOverride;
import io.redesk.domain.security.SecurityPolicyException;
import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.sdk.model.placement.Placement;
import org.jdbi.v3.core.Handle;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Clears reinsurers for a placing caller's invitation through {@code domain}'s security policy: a
 * reinsurer below the caller's minimum (the cross-border RMB minimum for RMB business with an overseas
 * reinsurer) needs an explicit override with a reason, which is returned to be recorded.
 */
public final class SecurityScreen {
    private final Directory dir;

    public SecurityScreen(Directory dir) {
        this.dir = dir;
    }

    public static Map<UUID, String> overrides(List<io.redesk.sdk.model.security.SecurityOverride> list) {
        Map<UUID, String> out = new HashMap<>();
        if (list != null) {
            for (var o : list) {
                out.put(o.reinsurerId(), o.reason());
            }
        }
        return out;
    }

    /**
     * @return the override reason used, or null when the reinsurer meets the policy
     * @throws ApiProblem 422 NOT_A_REINSURER or SECURITY_OVERRIDE_REQUIRED naming {@code field}
     */
    public String clear(Handle h, Caller caller, Placement p, UUID reinsurerId, Map<UUID, String> overrides, String field,
                        Instant now) {
        var org = dir.domainOrganisation(h, reinsurerId).orElse(null);
        if (org == null || (org.type() != io.redesk.domain.party.OrgType.REINSURER && org.type() != io.redesk.domain.party.OrgType.POOL)) {
            throw ApiProblem.rule("NOT_A_REINSURER", field, "no such reinsurer or pool");
        }
        boolean crossBorderRmb = "CNY".equals(p.currency()) && !org.isDomestic();
        SecurityCheck check = dir.policy(h, caller.organisationId()).toDomain().check(org, crossBorderRmb);
        String reason = overrides.get(reinsurerId);
        SecurityOverride override = reason == null ? null
                : new SecurityOverride(reinsurerId.toString(), caller.userId().toString(), reason, now);
        try {
            SecurityClearance clearance = dir.policy(h, caller.organisationId()).toDomain().clear(check, override);
            return clearance.isOverridden() && check.needsOverride() ? reason : null;
        } catch (SecurityPolicyException e) {
            throw ApiProblem.rule("SECURITY_OVERRIDE_REQUIRED", field, e.getMessage());
        }
    }
}
