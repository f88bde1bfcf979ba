package io.redesk.app.underwriting;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.redesk.app.sync.engine.ServerCopy;
import io.redesk.app.sync.engine.SyncStore;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.store.doc.Stored;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The underwriter's market as the vault last saw it: the exchange's own documents (placements, quotes,
 * lines) that the sync engine keeps as copies, read back into the wire model. Only what the exchange
 * sent this user is there, so masking holds offline exactly as online.
 */
final class LocalMarket {

    private static final Logger LOG = LoggerFactory.getLogger(LocalMarket.class);

    private final SyncStore store;
    private final UUID myOrganisation;

    LocalMarket(SyncStore store, UUID myOrganisation) {
        this.store = store;
        this.myOrganisation = myOrganisation;
    }

    List<InboxEntry> inbox(Map<UUID, PendingChange> pending) {
        Map<UUID, Quote> quotes = new HashMap<>();
        all("QUOTE", Quote.class).stream().filter(q -> myOrganisation.equals(q.reinsurerId()))
                .sorted(Comparator.comparing(q -> q.requestedAt() == null ? Instant.EPOCH : q.requestedAt()))
                .forEach(q -> quotes.put(q.placementId(), q));
        Map<UUID, Line> lines = new HashMap<>();
        all("LINE", Line.class).stream().filter(l -> myOrganisation.equals(l.reinsurerId()))
                .sorted(Comparator.comparing(l -> l.writtenAt() == null ? Instant.EPOCH : l.writtenAt()))
                .forEach(l -> lines.put(l.placementId(), l));
        List<InboxEntry> entries = new ArrayList<>();
        for (Placement p : all("PLACEMENT", Placement.class)) {
            entries.add(UnderwriterDesk.entry(p, Optional.ofNullable(quotes.get(p.id())),
                    Optional.ofNullable(lines.get(p.id())), pending));
        }
        entries.sort(Comparator.comparing(InboxEntry::action)
                .thenComparing(e -> e.placement().updatedAt(), Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    Optional<InboxEntry> open(UUID placementId, Map<UUID, PendingChange> pending) {
        return inbox(pending).stream().filter(e -> e.placement().id().equals(placementId)).findFirst();
    }

    private <T> List<T> all(String type, Class<T> wireType) {
        List<T> out = new ArrayList<>();
        for (Stored<ServerCopy> s : store.copies().ofType(type)) {
            try {
                out.add(store.wire().treeToValue(s.value().doc(), wireType));
            } catch (JsonProcessingException e) {
                // one unreadable copy must not hide the rest of the book; the next sync replaces it
                LOG.warn("the vault's copy {} is not a valid {}", s.value().id(), wireType.getSimpleName());
            }
        }
        return out;
    }
}
