package io.redesk.domain.party;

/**
 * The one common order every agency's grade maps onto: the 22 steps of the S&amp;P letter scale, from
 * strongest to weakest. {@link #rank()} is higher for stronger credit (AAA = 22, D = 1), so "at least
 * A-" is {@code rank() >= A_MINUS.rank()}.
 */
public enum CreditGrade {
    AAA("AAA"), AA_PLUS("AA+"), AA("AA"), AA_MINUS("AA-"),
    A_PLUS("A+"), A("A"), A_MINUS("A-"),
    BBB_PLUS("BBB+"), BBB("BBB"), BBB_MINUS("BBB-"),
    BB_PLUS("BB+"), BB("BB"), BB_MINUS("BB-"),
    B_PLUS("B+"), B("B"), B_MINUS("B-"),
    CCC_PLUS("CCC+"), CCC("CCC"), CCC_MINUS("CCC-"),
    CC("CC"), C("C"), D("D");

    private final String symbol;

    CreditGrade(String symbol) {
        this.symbol = symbol;
    }

    /** The S&amp;P-style symbol, e.g. {@code "A-"}. */
    public String symbol() {
        return symbol;
    }

    /** Higher is stronger: AAA = 22 … D = 1. */
    public int rank() {
        return values().length - ordinal();
    }

    public boolean isAtLeast(CreditGrade other) {
        return rank() >= other.rank();
    }

    public static CreditGrade ofSymbol(String symbol) {
        for (CreditGrade g : values()) {
            if (g.symbol.equals(symbol)) {
                return g;
            }
        }
        throw new IllegalArgumentException("not a grade on the common scale: '" + symbol + "'");
    }
}
