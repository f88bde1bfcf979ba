package io.redesk.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingTest {

    @Test
    void mapsEveryAgencyOntoOneCommonOrder() {
        Rating sp = Rating.of(RatingAgency.SP, "A-");
        Rating fitch = Rating.of(RatingAgency.FITCH, "A-");
        Rating moodys = Rating.of(RatingAgency.MOODYS, "A3");
        Rating best = Rating.of(RatingAgency.AM_BEST, "A-");
        Rating bestIcr = Rating.of(RatingAgency.AM_BEST, "a-");
        assertThat(sp.rank()).isEqualTo(fitch.rank()).isEqualTo(moodys.rank()).isEqualTo(best.rank())
                .isEqualTo(bestIcr.rank()).isEqualTo(CreditGrade.A_MINUS.rank());
        assertThat(Rating.of(RatingAgency.MOODYS, "Aaa").commonGrade()).isEqualTo(CreditGrade.AAA);
        assertThat(Rating.of(RatingAgency.MOODYS, "Baa1").commonGrade()).isEqualTo(CreditGrade.BBB_PLUS);
        assertThat(Rating.of(RatingAgency.EXCHANGE, "AA").commonGrade()).isEqualTo(CreditGrade.AA);
    }

    @Test
    void mapsAmBestBandsToTheWeakestEquivalentGrade() {
        assertThat(Rating.of(RatingAgency.AM_BEST, "A++").commonGrade()).isEqualTo(CreditGrade.AA_PLUS);
        assertThat(Rating.of(RatingAgency.AM_BEST, "A+").commonGrade()).isEqualTo(CreditGrade.AA_MINUS);
        assertThat(Rating.of(RatingAgency.AM_BEST, "A").commonGrade()).isEqualTo(CreditGrade.A);
        assertThat(Rating.of(RatingAgency.AM_BEST, "B++").commonGrade()).isEqualTo(CreditGrade.BBB);
    }

    @Test
    void higherRankIsStrongerCredit() {
        assertThat(CreditGrade.AAA.rank()).isEqualTo(22);
        assertThat(CreditGrade.D.rank()).isEqualTo(1);
        assertThat(Rating.of(RatingAgency.SP, "AA")).isGreaterThan(Rating.of(RatingAgency.MOODYS, "A1"));
        assertThat(Rating.of(RatingAgency.MOODYS, "Baa3").isAtLeast(CreditGrade.A_MINUS)).isFalse();
    }

    @Test
    void rejectsAGradeTheAgencyDoesNotUse() {
        assertThatThrownBy(() -> Rating.of(RatingAgency.MOODYS, "A-"))
                .hasMessageContaining("'A-' is not a MOODYS grade").hasMessageContaining("A3");
        assertThatThrownBy(() -> Rating.of(RatingAgency.SP, "A3")).hasMessageContaining("not a SP grade");
    }

    @Test
    void organisationReportsItsWeakestRating() {
        Organisation re = new Organisation("r1", "Re One", OrgType.REINSURER, "cn",
                java.util.List.of(Rating.of(RatingAgency.SP, "AA-"), Rating.of(RatingAgency.MOODYS, "A2")));
        assertThat(re.countryCode()).isEqualTo("CN");
        assertThat(re.isDomestic()).isTrue();
        assertThat(re.lowestRating()).contains(Rating.of(RatingAgency.MOODYS, "A2"));
        assertThatThrownBy(() -> new Organisation("x", "X", OrgType.CEDENT, "ZZ")).hasMessageContaining("ISO 3166");
    }
}
