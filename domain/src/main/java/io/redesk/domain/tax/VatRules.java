package io.redesk.domain.tax;

import io.redesk.domain.money.Money;
import io.redesk.domain.party.Organisation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Rule 7 of DESIGN §2, VAT on reinsurance premium at the 6% rate for financial services.
 * <ul>
 *   <li>Domestic reinsurer → overseas cedent, consumed wholly abroad: exempt (财税〔2016〕68号).</li>
 *   <li>Domestic cedent → overseas reinsurer: the cedent withholds gross ÷ 1.06 × 0.06.</li>
 *   <li>Domestic reinsurer otherwise: taxable, VAT of gross ÷ 1.06 × 0.06 charged by the reinsurer.</li>
 *   <li>Overseas to overseas: out of scope.</li>
 * </ul>
 * VAT is computed from the VAT-inclusive gross in one step and rounded half-up to the cent.
 * Local surcharges on withheld VAT are not modelled here.
 */
public final class VatRules {

    /** The VAT rate on financial services, reinsurance included. */
    public static final BigDecimal RATE = new BigDecimal("0.06");

    /** Exemption for reinsurance services consumed wholly abroad. */
    public static final String CROSS_BORDER_EXEMPTION = "财税〔2016〕68号";

    private VatRules() {
    }

    /** VAT contained in a VAT-inclusive amount: amount ÷ (1 + 6%) × 6%. */
    public static Money vatIncluded(Money gross) {
        Objects.requireNonNull(gross, "gross");
        BigDecimal vat = gross.amount().multiply(RATE).divide(BigDecimal.ONE.add(RATE), MathContext.DECIMAL128);
        return Money.rounded(vat, gross.currency(), RoundingMode.HALF_UP);
    }

    /**
     * @param reinsurer           the party providing the reinsurance (receives the premium)
     * @param cedent              the party buying it (pays the premium)
     * @param gross               the VAT-inclusive premium
     * @param consumedWhollyAbroad whether the reinsured risk and its use are wholly outside China
     */
    public static VatTreatment assess(Organisation reinsurer, Organisation cedent, Money gross,
                                      boolean consumedWhollyAbroad) {
        Objects.requireNonNull(reinsurer, "reinsurer");
        Objects.requireNonNull(cedent, "cedent");
        Objects.requireNonNull(gross, "gross");
        if (reinsurer.isDomestic() && !cedent.isDomestic() && consumedWhollyAbroad) {
            return new VatTreatment.Exempt(gross, CROSS_BORDER_EXEMPTION);
        }
        if (!reinsurer.isDomestic() && cedent.isDomestic()) {
            Money withheld = vatIncluded(gross);
            return new VatTreatment.Withheld(gross, withheld, gross.minus(withheld));
        }
        if (reinsurer.isDomestic()) {
            return new VatTreatment.ChargedByProvider(gross, vatIncluded(gross));
        }
        return new VatTreatment.OutOfScope(gross);
    }
}
