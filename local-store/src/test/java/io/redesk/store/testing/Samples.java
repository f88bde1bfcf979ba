package io.redesk.store.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.domain.line.LineStatus;
import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.domain.quote.QuoteStatus;
import io.redesk.store.doc.Json;
import io.redesk.store.line.LineRecord;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.SlipVersionRecord;
import io.redesk.store.quote.QuoteRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Realistic records with distinctive text, so leak tests can look for it in raw files. */
public final class Samples {

    public static final String SLIP_TEXT = "Yangtze Delta Cargo Quota Share, war and strikes excluded";
    public static final String INSURED = "Zhoushan Hengrui Shipping Holdings";
    public static final String AMOUNT = "8765432.10";

    private Samples() {
    }

    public static PlacementRecord placement(String id, String title, String umr) {
        return new PlacementRecord(id, umr, title, PlacementStatus.DRAFT, "org-cedent", "org-broker",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 1);
    }

    public static SlipVersionRecord slip(String id, String placementId, int version) {
        ObjectNode slip = Json.mapper().createObjectNode();
        ObjectNode risk = slip.putObject("riskDetails");
        risk.put("insured", INSURED);
        risk.put("interest", SLIP_TEXT);
        risk.put("limit", AMOUNT);
        risk.put("currency", "CNY");
        return new SlipVersionRecord(id, placementId, version, LocalDate.of(2027, 1, 1), "initial", slip);
    }

    public static QuoteRecord quote(String id, String placementId) {
        return new QuoteRecord(id, placementId, "org-reinsurer", QuoteStatus.QUOTED, Money.of(AMOUNT, "CNY"),
                new BigDecimal("2.5000"), Share.of("25"), "LSW 1001", List.of("survey by 2027-02-01"),
                LocalDate.of(2027, 1, 15));
    }

    public static LineRecord line(String id, String placementId) {
        return new LineRecord(id, placementId, "org-reinsurer", LineStatus.WRITTEN, Share.of("18.75"), false, null,
                "UW-77", "as slip", List.of(), Instant.parse("2026-11-27T08:00:00Z"));
    }
}
