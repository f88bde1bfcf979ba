package io.redesk.app.sync.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.Subjectivity;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.RiskDetails;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.store.line.LineRecord;
import io.redesk.store.line.LineRepository;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRecord;
import io.redesk.store.placement.SlipVersionRepository;
import io.redesk.store.quote.QuoteRecord;
import io.redesk.store.quote.QuoteRepository;
import io.redesk.store.vault.Vault;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes what the screens read: the vault's typed repositories (placements with their current slip
 * version, quotes, lines), from the exchange's wire documents. Wire enums map to the domain's by name
 * (the contract uses the domain's names).
 */
public final class Projections {

    private final PlacementRepository placements;
    private final SlipVersionRepository slips;
    private final QuoteRepository quotes;
    private final LineRepository lines;
    private final ObjectMapper wire;

    public Projections(Vault vault, ObjectMapper wire) {
        this.placements = new PlacementRepository(vault);
        this.slips = new SlipVersionRepository(vault);
        this.quotes = new QuoteRepository(vault);
        this.lines = new LineRepository(vault);
        this.wire = wire;
    }

    public PlacementRepository placements() {
        return placements;
    }

    public SlipVersionRepository slips() {
        return slips;
    }

    public QuoteRepository quotes() {
        return quotes;
    }

    public LineRepository lines() {
        return lines;
    }

    public static String slipVersionId(String placementId, long n) {
        return placementId + "#" + n;
    }

    public void placement(Placement p) {
        placements.save(placementRecord(p));
        SlipVersionRecord theirs = slipRecord(p);
        // the placement document carries no effective date or note: keep those an endorsement made here
        var known = slips.find(theirs.id()).map(s -> s.value());
        slips.save(known.isEmpty() ? theirs : new SlipVersionRecord(theirs.id(), theirs.placementId(), theirs.slipVersion(),
                known.get().effectiveDate(), known.get().changeNote(), theirs.slip()));
    }

    /** The slip version record of the exchange's current slip of {@code p}. */
    public SlipVersionRecord slipRecord(Placement p) {
        return slipRecord(p, wire.valueToTree(p.slip()));
    }

    /** {@link #slipRecord(Placement)} with the slip already converted to a tree (the server copy's member). */
    static SlipVersionRecord slipRecord(Placement p, com.fasterxml.jackson.databind.JsonNode slip) {
        return new SlipVersionRecord(slipVersionId(p.id().toString(), p.slipVersion()), p.id().toString(),
                (int) p.slipVersion(), null, null, slip);
    }

    public static PlacementRecord placementRecord(Placement p) {
        RiskDetails r = p.slip() == null ? null : p.slip().riskDetails();
        LocalDate start = r == null ? null : r.periodStart();
        LocalDate end = r == null ? null : r.periodEnd();
        return new PlacementRecord(p.id().toString(), p.umr(), p.title(),
                io.redesk.domain.placement.PlacementStatus.valueOf(p.status().name()), str(p.cedentId()),
                str(p.brokerId()), start, end, (int) p.slipVersion(),
                p.contractKind() == null ? null : p.contractKind().name());
    }

    /** Projects a quote if its placement is already projected (foreign key); returns whether it did. */
    public boolean quote(Quote q) {
        if (placements.find(q.placementId().toString()).isEmpty()) {
            return false;
        }
        quotes.save(quoteRecord(q));
        return true;
    }

    public static QuoteRecord quoteRecord(Quote q) {
        Money premium = q.premium() == null ? null : Money.of(q.premium().amount(), q.premium().currency());
        BigDecimal rate = q.rate() == null ? null : new BigDecimal(q.rate());
        Share capacity = q.capacity() == null ? null : Share.of(q.capacity());
        LocalDate valid = q.validUntil() == null ? null : LocalDate.ofInstant(q.validUntil(), ZoneOffset.UTC);
        return new QuoteRecord(q.id().toString(), q.placementId().toString(), str(q.reinsurerId()),
                io.redesk.domain.quote.QuoteStatus.valueOf(q.status().name()), premium, rate, capacity, q.conditions(),
                q.subjectivities(), valid);
    }

    /** Projects a line if its placement is already projected (foreign key); returns whether it did. */
    public boolean line(Line l) {
        if (placements.find(l.placementId().toString()).isEmpty()) {
            return false;
        }
        lines.save(lineRecord(l));
        return true;
    }

    public static LineRecord lineRecord(Line l) {
        List<String> subjectivities = l.subjectivities() == null ? List.of()
                : l.subjectivities().stream().map(Subjectivity::text).toList();
        return new LineRecord(l.id().toString(), l.placementId().toString(), str(l.reinsurerId()),
                io.redesk.domain.line.LineStatus.valueOf(l.status().name()), Share.of(l.writtenShare()), l.toStand(),
                l.signedShare() == null ? null : Share.of(l.signedShare()), l.underwriterReference(), l.conditions(),
                subjectivities, l.writtenAt());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
