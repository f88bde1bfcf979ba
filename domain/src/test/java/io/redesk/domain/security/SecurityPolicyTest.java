package io.redesk.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.party.CreditGrade;
import io.redesk.domain.party.OrgType;
import io.redesk.domain.party.Organisation;
import io.redesk.domain.party.Rating;
import io.redesk.domain.party.RatingAgency;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityPolicyTest {

    private static Organisation reinsurer(String id, Rating... ratings) {
        return new Organisation(id, "Re " + id, OrgType.REINSURER, "DE", List.of(ratings));
    }

    @Test
    void defaultMinimumIsAMinusOnSpOrA3OnMoodys() {
        SecurityPolicy p = SecurityPolicy.defaults();
        assertThat(p.minimum()).isEqualTo(CreditGrade.A_MINUS);
        assertThat(p.crossBorderRmbMinimum()).isEqualTo(CreditGrade.A_MINUS);
        assertThat(p.check(reinsurer("sp", Rating.of(RatingAgency.SP, "A-"))).verdict()).isEqualTo(SecurityVerdict.ACCEPTABLE);
        assertThat(p.check(reinsurer("m", Rating.of(RatingAgency.MOODYS, "A3"))).verdict()).isEqualTo(SecurityVerdict.ACCEPTABLE);
        assertThat(p.check(reinsurer("f", Rating.of(RatingAgency.FITCH, "A-"))).verdict()).isEqualTo(SecurityVerdict.ACCEPTABLE);
        assertThat(p.check(reinsurer("b", Rating.of(RatingAgency.AM_BEST, "A-"))).verdict()).isEqualTo(SecurityVerdict.ACCEPTABLE);
        assertThat(p.check(reinsurer("sp2", Rating.of(RatingAgency.SP, "BBB+"))).verdict()).isEqualTo(SecurityVerdict.BELOW_MINIMUM);
        assertThat(p.check(reinsurer("m2", Rating.of(RatingAgency.MOODYS, "Baa1"))).verdict()).isEqualTo(SecurityVerdict.BELOW_MINIMUM);
        assertThat(p.check(reinsurer("b2", Rating.of(RatingAgency.AM_BEST, "B++"))).verdict()).isEqualTo(SecurityVerdict.BELOW_MINIMUM);
        assertThat(SecurityPolicy.withMinimum(Rating.of(RatingAgency.MOODYS, "A3"))).isEqualTo(p);
    }

    @Test
    void readsTheWeakestRecognisedRating() {
        SecurityCheck c = SecurityPolicy.defaults().check(reinsurer("x",
                Rating.of(RatingAgency.SP, "AA"), Rating.of(RatingAgency.MOODYS, "Baa2")));
        assertThat(c.isFlagged()).isTrue();
        assertThat(c.ratingUsed()).contains(Rating.of(RatingAgency.MOODYS, "Baa2"));

        SecurityPolicy spOnly = new SecurityPolicy(CreditGrade.A_MINUS, CreditGrade.A_MINUS, EnumSet.of(RatingAgency.SP));
        assertThat(spOnly.check(reinsurer("x", Rating.of(RatingAgency.SP, "AA"), Rating.of(RatingAgency.MOODYS, "Baa2")))
                .isFlagged()).isFalse();
    }

    @Test
    void flagsAnUnratedReinsurer() {
        SecurityCheck c = SecurityPolicy.defaults().check(reinsurer("u"));
        assertThat(c.verdict()).isEqualTo(SecurityVerdict.UNRATED);
        assertThat(c.needsOverride()).isTrue();
    }

    @Test
    void appliesTheCrossBorderRmbMinimumToThatBusiness() {
        SecurityPolicy p = new SecurityPolicy(CreditGrade.BBB, CreditGrade.A, EnumSet.allOf(RatingAgency.class));
        Organisation re = reinsurer("r", Rating.of(RatingAgency.SP, "A-"));
        assertThat(p.check(re, false).isFlagged()).isFalse();
        assertThat(p.check(re, true).isFlagged()).isTrue();
    }

    @Test
    void invitingAFlaggedReinsurerNeedsARecordedOverride() {
        SecurityPolicy p = SecurityPolicy.defaults();
        SecurityCheck c = p.check(reinsurer("low", Rating.of(RatingAgency.SP, "BBB")));
        assertThatThrownBy(() -> p.clear(c, null)).isInstanceOf(SecurityPolicyException.class)
                .hasMessageContaining("reinsurer low is rated SP BBB, below the minimum A-");
        SecurityOverride o = new SecurityOverride("low", "u-7", "only market for this aviation risk", Instant.parse("2026-11-27T08:00:00Z"));
        SecurityClearance cleared = p.clear(c, o);
        assertThat(cleared.isOverridden()).isTrue();
        assertThat(cleared.override()).contains(o);
        assertThatThrownBy(() -> p.clear(c, new SecurityOverride("other", "u-7", "x", Instant.EPOCH)))
                .hasMessageContaining("override is for reinsurer other, not low");
        assertThatThrownBy(() -> new SecurityOverride("low", "u-7", " ", Instant.EPOCH)).hasMessageContaining("needs a reason");
    }

    @Test
    void anAcceptableReinsurerNeedsNoOverride() {
        SecurityPolicy p = SecurityPolicy.defaults();
        SecurityClearance c = p.clear(p.check(reinsurer("ok", Rating.of(RatingAgency.SP, "AA-"))), null);
        assertThat(c.isOverridden()).isFalse();
    }
}
