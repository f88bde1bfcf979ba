package io.redesk.domain.party;

import static io.redesk.domain.party.CreditGrade.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps each agency's grades onto the common {@link CreditGrade} order.
 *
 * <p>S&amp;P, Fitch and the exchange's own scale use the same letters and map one to one (S&amp;P's
 * "SD"/"R" and Fitch's "RD" sit with D/C). Moody's maps by the usual equivalence (Aaa = AAA, Aa1 = AA+,
 * …, A3 = A-, Baa1 = BBB+, …, Caa3 = CCC-, Ca = CC, C = C). AM Best financial-strength ratings cover
 * wider bands than the letter scales, so each maps to the <em>weakest</em> letter grade of its band
 * (A++ = AA+, A+ = AA-, A = A, A- = A-, B++ = BBB, B+ = BBB-, B = BB, B- = BB-, C++ = B, C+ = B-,
 * C = CCC, C- = CCC-, D = CC, E = C, F = D): a security check must never rate a reinsurer higher than
 * its agency did. AM Best's issuer credit ratings (lower case, aaa … d) map one to one. See
 * docs/decisions/0101-rating-scale-mapping.md.
 */
public final class RatingScale {

    private static final Map<RatingAgency, Map<String, CreditGrade>> SCALES = new EnumMap<>(RatingAgency.class);

    static {
        Map<String, CreditGrade> letters = new LinkedHashMap<>();
        for (CreditGrade g : CreditGrade.values()) {
            letters.put(g.symbol(), g);
        }
        Map<String, CreditGrade> sp = new LinkedHashMap<>(letters);
        sp.put("SD", D);
        sp.put("R", C);
        Map<String, CreditGrade> fitch = new LinkedHashMap<>(letters);
        fitch.put("RD", D);

        Map<String, CreditGrade> moodys = new LinkedHashMap<>();
        List<String> m = List.of("Aaa", "Aa1", "Aa2", "Aa3", "A1", "A2", "A3", "Baa1", "Baa2", "Baa3",
                "Ba1", "Ba2", "Ba3", "B1", "B2", "B3", "Caa1", "Caa2", "Caa3", "Ca", "C");
        for (int i = 0; i < m.size(); i++) {
            moodys.put(m.get(i), CreditGrade.values()[i]);
        }

        Map<String, CreditGrade> best = new LinkedHashMap<>();
        best.put("A++", AA_PLUS);
        best.put("A+", AA_MINUS);
        best.put("A", A);
        best.put("A-", A_MINUS);
        best.put("B++", BBB);
        best.put("B+", BBB_MINUS);
        best.put("B", BB);
        best.put("B-", BB_MINUS);
        best.put("C++", B);
        best.put("C+", B_MINUS);
        best.put("C", CCC);
        best.put("C-", CCC_MINUS);
        best.put("D", CC);
        best.put("E", C);
        best.put("F", D);
        for (CreditGrade g : CreditGrade.values()) {
            best.put(g.symbol().toLowerCase(java.util.Locale.ROOT), g);
        }

        SCALES.put(RatingAgency.SP, Collections.unmodifiableMap(sp));
        SCALES.put(RatingAgency.FITCH, Collections.unmodifiableMap(fitch));
        SCALES.put(RatingAgency.EXCHANGE, Collections.unmodifiableMap(new LinkedHashMap<>(letters)));
        SCALES.put(RatingAgency.MOODYS, Collections.unmodifiableMap(moodys));
        SCALES.put(RatingAgency.AM_BEST, Collections.unmodifiableMap(best));
    }

    private RatingScale() {
    }

    /** The common grade of an agency's grade, or empty if the agency has no such grade. */
    public static Optional<CreditGrade> lookup(RatingAgency agency, String grade) {
        Objects.requireNonNull(agency, "agency");
        if (grade == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(SCALES.get(agency).get(grade.trim()));
    }

    /** The common grade, or an error naming the agency and the grades it accepts. */
    public static CreditGrade toCommon(RatingAgency agency, String grade) {
        return lookup(agency, grade).orElseThrow(() -> new IllegalArgumentException(
                "'" + grade + "' is not a " + agency + " grade; expected one of " + grades(agency)));
    }

    /** Every grade the agency uses, strongest first (for pick lists). */
    public static List<String> grades(RatingAgency agency) {
        return List.copyOf(SCALES.get(agency).keySet());
    }
}
