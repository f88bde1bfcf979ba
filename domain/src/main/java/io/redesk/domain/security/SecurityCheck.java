package io.redesk.domain.security;

import io.redesk.domain.party.CreditGrade;
import io.redesk.domain.party.Rating;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link SecurityPolicy#check}: the verdict, the rating it rests on (the weakest
 * recognised one) and the minimum it was compared with. A flagged reinsurer is shown as such and can
 * only be invited or accepted with a {@link SecurityOverride}.
 */
public record SecurityCheck(String reinsurerId, SecurityVerdict verdict, Optional<Rating> ratingUsed,
                            CreditGrade minimum) {

    public SecurityCheck {
        Objects.requireNonNull(reinsurerId, "reinsurerId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(ratingUsed, "ratingUsed");
        Objects.requireNonNull(minimum, "minimum");
    }

    /** Whether the reinsurer must be visibly flagged. */
    public boolean isFlagged() {
        return verdict != SecurityVerdict.ACCEPTABLE;
    }

    /** Whether inviting or accepting a line from the reinsurer needs an explicit, recorded override. */
    public boolean needsOverride() {
        return isFlagged();
    }
}
