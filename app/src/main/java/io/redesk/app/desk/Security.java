package io.redesk.app.desk;

import io.redesk.domain.party.OrgType;
import io.redesk.domain.party.Organisation;
import io.redesk.domain.party.Rating;
import io.redesk.domain.party.RatingAgency;
import io.redesk.domain.security.SecurityCheck;
import io.redesk.domain.security.SecurityPolicy;
import io.redesk.sdk.model.security.Reinsurer;

import java.util.List;

/**
 * One candidate for an inquiry as the broker sees it: the reinsurer or pool, its ratings, and the
 * domain's verdict under the broker's security policy ({@link SecurityPolicy#check}).
 */
public record Security(String id, String name, boolean pool, List<Rating> ratings, SecurityCheck check) {

    /** Whether inviting this candidate needs a recorded override. */
    public boolean needsOverride() {
        return check.needsOverride();
    }

    /** The ratings as shown ("S&P AA-, AM Best A+"), or empty when unrated. */
    public String ratingsText() {
        return String.join(", ", ratings.stream().map(Rating::toString).toList());
    }

    /** Checks {@code r} under {@code policy}, through the domain. */
    public static Security of(Reinsurer r, SecurityPolicy policy, boolean crossBorderRmb) {
        List<Rating> ratings = r.ratings() == null ? List.of()
                : r.ratings().stream().map(x -> Rating.of(RatingAgency.valueOf(x.agency().name()), x.grade())).toList();
        Organisation org = new Organisation(r.organisation().id().toString(), r.organisation().name(),
                OrgType.valueOf(r.organisation().type().name()), r.organisation().country(), ratings);
        return new Security(org.id(), org.name(), org.type() == OrgType.POOL, ratings, policy.check(org, crossBorderRmb));
    }

    /** The broker's policy as the exchange holds it, as the domain's policy. */
    public static SecurityPolicy policyOf(io.redesk.sdk.model.security.SecurityPolicy wire) {
        if (wire == null || wire.minimumRating() == null) {
            return SecurityPolicy.defaults();
        }
        return SecurityPolicy.withMinimum(Rating.of(RatingAgency.valueOf(wire.minimumRating().agency().name()),
                wire.minimumRating().grade()));
    }
}
