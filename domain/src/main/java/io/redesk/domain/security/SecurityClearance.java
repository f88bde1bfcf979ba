package io.redesk.domain.security;

import java.util.Objects;
import java.util.Optional;

/**
 * Permission to invite or accept a line from a reinsurer: the check, plus the override that allowed
 * it when the check flagged the reinsurer. Obtained only through {@link SecurityPolicy#clear}.
 */
public record SecurityClearance(SecurityCheck check, Optional<SecurityOverride> override) {

    public SecurityClearance {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(override, "override");
    }

    public boolean isOverridden() {
        return override.isPresent();
    }
}
