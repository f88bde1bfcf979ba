package io.redesk.domain.security;

import io.redesk.domain.party.CreditGrade;
import io.redesk.domain.party.Organisation;
import io.redesk.domain.party.Rating;
import io.redesk.domain.party.RatingAgency;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 8 of DESIGN §2: a broker's or cedent's minimum acceptable rating for the reinsurers it invites
 * or accepts lines from, with a separate minimum for cross-border RMB business. The default is A- on
 * the S&amp;P scale or its equivalent on the others (A3 Moody's, A- AM Best and Fitch).
 *
 * <p>The check reads the <em>weakest</em> rating among the agencies the policy recognises, so a
 * reinsurer is not rated higher than any recognised agency rates it. A reinsurer with no recognised
 * rating is flagged as unrated. A flagged reinsurer can still be invited, but only with an explicit,
 * recorded {@link SecurityOverride} ({@link #clear}).
 */
public record SecurityPolicy(CreditGrade minimum, CreditGrade crossBorderRmbMinimum, Set<RatingAgency> recognisedAgencies) {

    /** The market default: A- (S&amp;P) or equivalent, every agency recognised, for both kinds of business. */
    public static final SecurityPolicy DEFAULT = new SecurityPolicy(CreditGrade.A_MINUS, CreditGrade.A_MINUS,
            EnumSet.allOf(RatingAgency.class));

    public SecurityPolicy {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(crossBorderRmbMinimum, "crossBorderRmbMinimum");
        Objects.requireNonNull(recognisedAgencies, "recognisedAgencies");
        if (recognisedAgencies.isEmpty()) {
            throw new IllegalArgumentException("a security policy must recognise at least one rating agency");
        }
        recognisedAgencies = Set.copyOf(recognisedAgencies);
    }

    public static SecurityPolicy defaults() {
        return DEFAULT;
    }

    /** A policy with one minimum for all business, taken from an agency's grade (e.g. Moody's "A3"). */
    public static SecurityPolicy withMinimum(Rating minimum) {
        CreditGrade g = minimum.commonGrade();
        return new SecurityPolicy(g, g, EnumSet.allOf(RatingAgency.class));
    }

    /** Checks a reinsurer for ordinary business. */
    public SecurityCheck check(Organisation reinsurer) {
        return check(reinsurer, false);
    }

    /** Checks a reinsurer; {@code crossBorderRmb} selects the minimum for cross-border RMB business. */
    public SecurityCheck check(Organisation reinsurer, boolean crossBorderRmb) {
        Objects.requireNonNull(reinsurer, "reinsurer");
        CreditGrade threshold = crossBorderRmb ? crossBorderRmbMinimum : minimum;
        Optional<Rating> weakest = reinsurer.ratings().stream()
                .filter(r -> recognisedAgencies.contains(r.agency()))
                .min(Rating::compareTo);
        SecurityVerdict verdict = weakest.isEmpty() ? SecurityVerdict.UNRATED
                : weakest.get().isAtLeast(threshold) ? SecurityVerdict.ACCEPTABLE : SecurityVerdict.BELOW_MINIMUM;
        return new SecurityCheck(reinsurer.id(), verdict, weakest, threshold);
    }

    /**
     * Clears a reinsurer for invitation or acceptance. An acceptable one needs nothing; a flagged one
     * needs an override made for that reinsurer.
     *
     * @param override the recorded override, or null if none was given
     * @throws SecurityPolicyException if the reinsurer is flagged and there is no matching override
     */
    public SecurityClearance clear(SecurityCheck check, SecurityOverride override) {
        Objects.requireNonNull(check, "check");
        if (!check.needsOverride()) {
            return new SecurityClearance(check, Optional.ofNullable(override));
        }
        if (override == null) {
            String why = check.verdict() == SecurityVerdict.UNRATED ? "has no recognised rating"
                    : "is rated " + check.ratingUsed().orElseThrow() + ", below the minimum " + check.minimum().symbol();
            throw new SecurityPolicyException("reinsurer " + check.reinsurerId() + " " + why
                    + "; inviting it needs an explicit, recorded override", check);
        }
        if (!override.reinsurerId().equals(check.reinsurerId())) {
            throw new SecurityPolicyException("the override is for reinsurer " + override.reinsurerId()
                    + ", not " + check.reinsurerId(), check);
        }
        return new SecurityClearance(check, Optional.of(override));
    }
}
