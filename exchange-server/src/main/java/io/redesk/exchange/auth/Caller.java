package io.redesk.exchange.auth;

import io.redesk.domain.party.OrgType;
import io.redesk.domain.party.Role;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated user behind a request: who, for which organisation (and its type), with which
 * roles, and the session the token belongs to. Every authorization decision reads this.
 */
public record Caller(UUID userId, UUID organisationId, OrgType organisationType, Set<Role> roles, UUID sessionId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isExchange() {
        return organisationType == OrgType.EXCHANGE;
    }

    /** A broker or cedent organisation: the placing side of the market. */
    public boolean isPlacingSide() {
        return organisationType == OrgType.BROKER || organisationType == OrgType.CEDENT;
    }

    /** A reinsurer or pool organisation: the capacity side. */
    public boolean isCapacitySide() {
        return organisationType == OrgType.REINSURER || organisationType == OrgType.POOL;
    }
}
