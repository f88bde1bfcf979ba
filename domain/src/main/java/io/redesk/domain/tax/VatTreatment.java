package io.redesk.domain.tax;

import io.redesk.domain.money.Money;
import java.util.Objects;

/**
 * How VAT applies to one reinsurance payment (rule 7). Amounts are VAT-inclusive gross amounts.
 */
public sealed interface VatTreatment {

    /** The gross amount the treatment was computed for. */
    Money gross();

    /**
     * Domestic reinsurer, overseas cedent, service consumed wholly abroad: exempt (财税〔2016〕68号).
     * The invoice for it goes to {@link InvoiceStatus#EXEMPT}.
     */
    record Exempt(Money gross, String legalBasis) implements VatTreatment {
        public Exempt {
            Objects.requireNonNull(gross, "gross");
            Objects.requireNonNull(legalBasis, "legalBasis");
        }
    }

    /**
     * Domestic cedent paying an overseas reinsurer: the cedent withholds VAT of
     * gross ÷ (1 + rate) × rate and pays the reinsurer the rest.
     */
    record Withheld(Money gross, Money withheld, Money netPaid) implements VatTreatment {
        public Withheld {
            Objects.requireNonNull(gross, "gross");
            Objects.requireNonNull(withheld, "withheld");
            Objects.requireNonNull(netPaid, "netPaid");
        }
    }

    /** A domestic reinsurer's taxable service: it invoices and accounts for the VAT itself. */
    record ChargedByProvider(Money gross, Money vat) implements VatTreatment {
        public ChargedByProvider {
            Objects.requireNonNull(gross, "gross");
            Objects.requireNonNull(vat, "vat");
        }
    }

    /** Overseas cedent and overseas reinsurer: outside Chinese VAT. */
    record OutOfScope(Money gross) implements VatTreatment {
        public OutOfScope {
            Objects.requireNonNull(gross, "gross");
        }
    }
}
