package io.redesk.domain.party;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One agency's rating of an organisation, e.g. S&amp;P "A-" or Moody's "A3". Ratings from different
 * agencies compare on one common order through {@link #rank()} (higher is stronger), see
 * {@link RatingScale}. The grade must exist on the agency's scale.
 *
 * @param asOf the date the rating was published or last affirmed; may be null when unknown
 */
public record Rating(RatingAgency agency, String grade, LocalDate asOf) implements Comparable<Rating> {

    public Rating {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(grade, "grade");
        grade = grade.trim();
        RatingScale.toCommon(agency, grade);
    }

    public Rating(RatingAgency agency, String grade) {
        this(agency, grade, null);
    }

    public static Rating of(RatingAgency agency, String grade) {
        return new Rating(agency, grade, null);
    }

    /** The grade on the common S&amp;P-style order. */
    public CreditGrade commonGrade() {
        return RatingScale.toCommon(agency, grade);
    }

    /** Position on the common order: AAA-equivalent = 22 … D-equivalent = 1. */
    public int rank() {
        return commonGrade().rank();
    }

    public boolean isAtLeast(CreditGrade minimum) {
        return commonGrade().isAtLeast(minimum);
    }

    /** Orders weaker before stronger; two ratings of equal rank compare as equal. */
    @Override
    public int compareTo(Rating other) {
        return Integer.compare(rank(), other.rank());
    }

    @Override
    public String toString() {
        return agency + " " + grade;
    }
}
