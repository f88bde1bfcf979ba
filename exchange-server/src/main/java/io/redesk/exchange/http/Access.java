package io.redesk.exchange.http;

import io.redesk.domain.party.Role;
import io.redesk.exchange.auth.Caller;
import java.util.UUID;

/** Authorization checks shared by the routes. Each throws the problem the contract names. */
public final class Access {
    private Access() {
    }

    public static void requireRole(Caller caller, Role role, String action) {
        if (!caller.has(role)) {
            throw ApiProblem.forbidden("only a user with role " + role + " may " + action);
        }
    }

    public static void requirePlacingRole(Caller caller, String action) {
        if (!caller.isPlacingSide() || !caller.has(Role.BROKER)) {
            throw ApiProblem.forbidden("only a broker or cedent user with role BROKER may " + action);
        }
    }

    public static void requireUnderwriter(Caller caller, UUID organisationId, String action) {
        if (!caller.isCapacitySide() || !caller.organisationId().equals(organisationId) || !caller.has(Role.UNDERWRITER)) {
            throw ApiProblem.forbidden("only an underwriter of the reinsurer concerned may " + action);
        }
    }

    public static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound();
        }
    }
}
