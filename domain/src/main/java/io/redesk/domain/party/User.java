package io.redesk.domain.party;

import java.util.Objects;
import java.util.Set;

/** A person using ReDesk: belongs to exactly one organisation and holds one or more roles. */
public record User(String id, String displayName, String organisationId, Set<Role> roles) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(organisationId, "organisationId");
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
