package io.redesk.recon.match;

import io.redesk.recon.model.Entry;
import io.redesk.recon.model.MinorUnits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Shared test entries: CNY unless said, dates as day offsets from 2027-03-01. */
final class Fixtures {

    static final LocalDate DAY0 = LocalDate.of(2027, 3, 1);
    static final Currency CNY = Currency.getInstance("CNY");
    static final MatchSettings SETTINGS = MatchSettings.defaults(LocalDate.of(2027, 6, 30));

    private Fixtures() {
    }

    static Entry e(String id, int day, String counterparty, String amount, String reference, String description) {
        return new Entry(id, DAY0.plusDays(day), counterparty, CNY, MinorUnits.toMinor(new BigDecimal(amount), CNY),
                reference, description);
    }

    static ReconciliationResult run(List<Entry> ledger, List<Entry> statement) {
        return new Matcher(SETTINGS).reconcile(ledger, statement);
    }

    /** The one group holding ledger item {@code id}. */
    static MatchGroup groupOfLedger(ReconciliationResult r, String id) {
        return r.groups().stream().filter(g -> g.ledgerIds().contains(id)).findFirst().orElseThrow();
    }

    static MatchGroup groupOfStatement(ReconciliationResult r, String id) {
        return r.groups().stream().filter(g -> g.statementIds().contains(id)).findFirst().orElseThrow();
    }
}
