package io.redesk.domain.party;

/**
 * The rating agencies whose grades ReDesk understands. Each has its own scale; {@link RatingScale}
 * maps them onto one comparable order ({@link CreditGrade}).
 */
public enum RatingAgency {
    /** S&amp;P Global financial-strength / issuer credit ratings: AAA … D. */
    SP,
    /** AM Best financial-strength ratings (A++ … F) or long-term issuer credit ratings (aaa … d). */
    AM_BEST,
    /** Fitch insurer financial-strength ratings: AAA … D. */
    FITCH,
    /** Moody's insurance financial-strength ratings: Aaa … C. */
    MOODYS,
    /** The exchange's own credit rating of participants, on an AAA … D letter scale. */
    EXCHANGE
}
