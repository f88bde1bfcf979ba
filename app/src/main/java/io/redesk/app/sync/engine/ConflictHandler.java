package io.redesk.app.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.error.PreconditionFailedException;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.store.doc.Stored;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.SlipVersionRecord;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a 412 into a conflict record (base, mine, theirs) and settles it the way the user chooses:
 * keep mine (resend on the exchange's current version), take theirs (drop the change, show the
 * exchange's state), or merge field by field. Market state the exchange controls (quotes, signed lines)
 * takes theirs at once; the record is still written, marked automatic, so the user can see why their
 * change did not happen. A resend always gets a new client mutation id: the exchange keeps the outcome
 * of the old one (the 412) for that key.
 */
public final class ConflictHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictHandler.class);

    public static final String KEEP_MINE = "KEEP_MINE";
    public static final String TAKE_THEIRS = "TAKE_THEIRS";
    public static final String MERGED = "MERGED";

    private final SyncStore store;
    private final ExchangeClient client;
    private final Applier applier;
    private final Clock clock;
    private final Runnable changed;

    ConflictHandler(SyncStore store, ExchangeClient client, Applier applier, Clock clock, Runnable changed) {
        this.store = store;
        this.client = client;
        this.applier = applier;
        this.clock = clock;
        this.changed = changed;
    }

    /** The open conflicts, oldest first. */
    public List<ConflictRecord> open() {
        return store.conflicts().open().stream().map(Stored::value).toList();
    }

    /** The fields where mine and theirs differ, each with whether both sides changed it. */
    public Map<String, Boolean> differences(String conflictId) {
        ConflictRecord c = get(conflictId);
        return FieldMerge.differences(c.base(), c.mine(), c.theirs());
    }

    Failure.Kind onConflict(OutboxEntry e, Op op, Mutation m, PreconditionFailedException ex, String reason) {
        String targetId = m.targetId() != null ? m.targetId() : e.aggregateId();
        Object theirs;
        try {
            theirs = fetch(op.target(), targetId);
        } catch (ExchangeException fetchFailed) {
            LOG.debug("conflict on {}: could not fetch the exchange's version yet", e.clientMutationId());
            return Failure.Kind.TRANSIENT;
        }
        JsonNode theirsDoc = store.wire().valueToTree(theirs);
        boolean market = op.target() == Op.Aggregate.QUOTE
                || (theirs instanceof io.redesk.sdk.model.line.Line l && l.status() == LineStatus.SIGNED);
        if (answerStillOpen(op, m, theirs)) {
            // another party answered the same account meanwhile (its share, not ours): not a conflict of ours.
            // The answer goes again on the exchange's current version, under a new key (the 412 applied nothing);
            // the conflict is recorded, resolved automatically (ADR 0622)
            store.vault().transaction(() -> {
                applier.apply(theirs, store.outbox().unfinishedAggregates());
                ConflictRecord c = new ConflictRecord(UUID.randomUUID().toString(), e.clientMutationId(), op.name(),
                        e.aggregateType(), e.aggregateId(), op.target().name(), targetId, ConflictRecord.OPEN, null, true,
                        m.baseVersion(), Ids.versionOf(theirs), m.base(), Views.ofMine(m), Views.ofDoc(op, theirsDoc), reason,
                        clock.instant());
                store.conflicts().insert(c.resolved(KEEP_MINE));
                store.outbox().resend(e.clientMutationId(), UUID.randomUUID().toString(),
                        m.withBase(Ids.versionOf(theirs), Views.ofDoc(op, theirsDoc)).toJson());
                applier.reproject(e.aggregateType(), e.aggregateId());
            });
            changed.run();
            return Failure.Kind.CONFLICT;
        }
        store.vault().transaction(() -> {
            Set<String> busy = store.outbox().unfinishedAggregates();
            applier.apply(theirs, busy);
            ConflictRecord c = new ConflictRecord(UUID.randomUUID().toString(), e.clientMutationId(), op.name(),
                    e.aggregateType(), e.aggregateId(), op.target().name(), targetId, ConflictRecord.OPEN, null, market,
                    m.baseVersion(), Ids.versionOf(theirs), m.base(), Views.ofMine(m), Views.ofDoc(op, theirsDoc), reason,
                    clock.instant());
            if (market) {
                store.conflicts().insert(c.resolved(TAKE_THEIRS));
                store.outbox().remove(e.clientMutationId());
                reprojectIfIdle(e.aggregateType(), e.aggregateId());
                if (!e.aggregateType().equals(op.target().name())) {
                    applier.reproject(op.target().name(), targetId);
                }
            } else {
                store.conflicts().insert(c);
                store.outbox().markFailed(e.clientMutationId(), "conflict " + c.id() + ": " + reason);
            }
        });
        changed.run();
        return Failure.Kind.CONFLICT;
    }

    /**
     * Whether the user's change met only other parties' changes that leave it as valid as before, so it goes again
     * on the exchange's current version by itself (ADR 0622, ADR 0650): a participant's agreement or query when its own
     * share is still pending on the current account; a participant's payment of a cash call when its own share is
     * still unpaid (another participant paid meanwhile); a reserve movement when the current claim still has the
     * reserve the user moved from (a payment request or the registration crossed it, not another movement).
     */
    private static boolean answerStillOpen(Op op, Mutation m, Object theirs) {
        if (op == Op.MOVE_RESERVE) {
            return theirs instanceof io.redesk.sdk.model.account.Claim k && m.base() != null && k.reserve() != null
                    && m.base().has("reserve") && FinanceWire.money(k.reserve()).equals(FinanceWire.money(new io.redesk.sdk.model.Money(
                            m.base().path("reserve").path("amount").asText(), m.base().path("reserve").path("currency").asText())));
        }
        if (m.local() == null) {
            return false;
        }
        String me = m.local().path("participantId").asText();
        if (op == Op.PAY_CASH_CALL) {
            return theirs instanceof io.redesk.sdk.model.account.CashCall c && c.shares() != null
                    && c.shares().stream().anyMatch(s -> s.participantId().toString().equals(me) && !s.paid());
        }
        if ((op != Op.AGREE_ACCOUNT && op != Op.QUERY_ACCOUNT)
                || !(theirs instanceof io.redesk.sdk.model.account.TechnicalAccount a) || a.shares() == null) {
            return false;
        }
        return a.shares().stream().anyMatch(s -> s.participantId().toString().equals(me)
                && io.redesk.domain.account.AccountWorkflow.mayRespond(
                        io.redesk.domain.account.AccountStatus.valueOf(a.status().name()),
                        io.redesk.domain.account.ParticipantResponse.valueOf(s.response().name())));
    }

    /** Keeps the user's change: it is sent again on the exchange's current version. */
    public void keepMine(String conflictId) {
        store.vault().transaction(() -> {
            ConflictRecord c = openConflict(conflictId);
            OutboxEntry e = entryOf(c);
            Mutation m = Mutation.fromJson(e.payload());
            ServerCopy current = currentCopy(c);
            store.outbox().resend(e.clientMutationId(), UUID.randomUUID().toString(),
                    m.withBase(current.serverVersion(), Views.ofDoc(Op.valueOf(c.op()), current.doc())).asDraft(false).toJson());
            store.conflicts().update(c.resolved(KEEP_MINE), version(c));
        });
        changed.run();
    }

    /** Drops the user's change and shows the exchange's state. */
    public void takeTheirs(String conflictId) {
        store.vault().transaction(() -> {
            ConflictRecord c = openConflict(conflictId);
            store.outbox().remove(c.clientMutationId());
            reprojectIfIdle(c.aggregateType(), c.aggregateId());
            store.conflicts().update(c.resolved(TAKE_THEIRS), version(c));
        });
        changed.run();
    }

    /**
     * Sends a field-by-field merge of mine and the exchange's current version: fields changed on one side
     * take that side, {@code choices} settle the rest (a field changed on both sides without a choice is
     * an error naming it).
     */
    public JsonNode merge(String conflictId, Map<String, FieldMerge.Side> choices) {
        JsonNode merged = store.vault().transaction(() -> {
            ConflictRecord c = openConflict(conflictId);
            Op op = Op.valueOf(c.op());
            if (!Views.mergeable(op)) {
                throw new IllegalArgumentException(op + " cannot be merged field by field; keep mine or take theirs");
            }
            OutboxEntry e = entryOf(c);
            Mutation m = Mutation.fromJson(e.payload());
            ServerCopy current = currentCopy(c);
            JsonNode theirs = Views.ofDoc(op, current.doc());
            JsonNode result = FieldMerge.merge(c.base(), c.mine(), theirs, choices);
            store.outbox().resend(e.clientMutationId(), UUID.randomUUID().toString(),
                    // the user's decision: never replaced by a later autosave (ADR 0811)
                    m.withBody(result).withBase(current.serverVersion(), theirs).asDraft(false).toJson());
            if (op == Op.PUT_SLIP) {
                showMergedSlip(c.aggregateId(), result);
            }
            store.conflicts().update(c.resolved(MERGED), version(c));
            return result;
        });
        changed.run();
        return merged;
    }

    private void showMergedSlip(String placementId, JsonNode slip) {
        store.projections().placements().find(placementId).ifPresent(s -> {
            PlacementRecord r = s.value();
            int n = r.currentSlipVersion() + 1;
            store.projections().slips().save(new SlipVersionRecord(Projections.slipVersionId(placementId, n), placementId,
                    n, null, "merged", slip));
            store.projections().placements().update(new PlacementRecord(r.id(), r.umr(), r.title(), r.status(),
                    r.cedentId(), r.brokerId(), r.inception(), r.expiry(), n, r.contractKind()), s.version());
        });
    }

    private void reprojectIfIdle(String type, String id) {
        if (!store.outbox().unfinishedAggregates().contains(type + ":" + id)) {
            applier.reproject(type, id);
        }
    }

    private Object fetch(Op.Aggregate type, String id) {
        UUID uuid = UUID.fromString(id);
        return switch (type) {
            case PLACEMENT -> client.placements().get(uuid);
            case QUOTE -> client.quotes().get(uuid);
            case LINE -> client.lines().get(uuid);
            case TECHNICAL_ACCOUNT -> client.accounts().get(uuid);
            case CLAIM -> client.claims().get(uuid);
            case SETTLEMENT -> client.settlements().get(uuid);
            case INVOICE -> client.invoices().get(uuid);
            case CASH_CALL -> client.claims().cashCall(uuid);
        };
    }

    private ConflictRecord get(String id) {
        return store.conflicts().find(id).map(Stored::value)
                .orElseThrow(() -> new NoSuchElementException("no conflict " + id));
    }

    private long version(ConflictRecord c) {
        return store.conflicts().find(c.id()).orElseThrow().version();
    }

    private ConflictRecord openConflict(String id) {
        ConflictRecord c = get(id);
        if (!c.isOpen()) {
            throw new IllegalStateException("conflict " + id + " is already resolved (" + c.resolution() + ")");
        }
        return c;
    }

    private OutboxEntry entryOf(ConflictRecord c) {
        return store.outbox().find(c.clientMutationId())
                .orElseThrow(() -> new IllegalStateException("the change of conflict " + c.id() + " is no longer queued"));
    }

    private ServerCopy currentCopy(ConflictRecord c) {
        return store.copies().get(c.targetType(), c.targetId())
                .orElseThrow(() -> new IllegalStateException("no copy of " + c.targetType() + " " + c.targetId()));
    }
}
