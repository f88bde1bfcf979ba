package io.redesk.domain.slip;

import io.redesk.domain.money.Share;
import java.util.List;

/** MRC section 6, broker remuneration and deductions, as % of premium. */
public record BrokerRemuneration(Share brokerage, List<Deduction> otherDeductions) {

    public BrokerRemuneration {
        otherDeductions = otherDeductions == null ? List.of() : List.copyOf(otherDeductions);
    }

    /** Brokerage plus every other deduction. */
    public Share totalDeductions() {
        Share total = brokerage == null ? Share.ZERO : brokerage;
        for (Deduction d : otherDeductions) {
            if (d != null && d.percent() != null) {
                total = total.plus(d.percent());
            }
        }
        return total;
    }
}
