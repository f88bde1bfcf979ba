package io.redesk.domain.stats;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;

/**
 * DESIGN §3: a published statistics cell with fewer than {@value #MINIMUM_CONTRIBUTORS} contributing
 * organisations is suppressed, so no single participant's figures can be read off or inferred.
 */
public final class CellSuppression {

    public static final int MINIMUM_CONTRIBUTORS = 3;

    private CellSuppression() {
    }

    /** Whether a cell built from these contributing organisation ids must be suppressed. */
    public static boolean mustSuppress(Collection<String> contributingOrganisationIds) {
        Objects.requireNonNull(contributingOrganisationIds, "contributingOrganisationIds");
        return new HashSet<>(contributingOrganisationIds).size() < MINIMUM_CONTRIBUTORS;
    }
}
