package io.redesk.app.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.domain.money.Share;
import io.redesk.domain.placement.PlacementWorkflow;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.line.LineAmendRequest;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.line.SubjectivityRequest;
import io.redesk.sdk.model.placement.EndorsementRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.placement.TransitionRequest;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.store.doc.Stored;
import io.redesk.store.line.LineRecord;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.SlipVersionRecord;
import io.redesk.store.quote.QuoteRecord;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;

/**
 * The user's actions that must reach the exchange. Each writes its local effect (what the screens show
 * at once) and its outbox entry in one vault transaction, with a fresh client mutation id that is also
 * the idempotency key; nothing here talks to the network. A guarded change records the exchange version
 * the user was looking at, unless an earlier queued change of the same entity will produce it.
 */
public final class LocalChanges {

    /** What a queued change returns: its client mutation id and the aggregate (temporary id for a create). */
    public record Queued(String clientMutationId, String aggregateId) {
    }

    private final SyncStore store;
    private final Clock clock;
    private final Runnable changed;

    LocalChanges(SyncStore store, Clock clock, Runnable changed) {
        this.store = store;
        this.clock = clock;
        this.changed = changed;
    }

    /** A new draft placement (offline is fine); its id is temporary until the exchange answers. */
    public Queued draftPlacement(String title, UUID cedentId, UUID brokerId, Slip slip) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cedentId, "cedentId");
        Objects.requireNonNull(slip, "slip");
        String id = UUID.randomUUID().toString();
        JsonNode body = store.wire().valueToTree(new PlacementCreateRequest(title, cedentId, brokerId, slip));
        return queue(Op.CREATE_PLACEMENT, id, Mutation.of(body), () -> {
            var risk = slip.riskDetails();
            store.projections().placements().insert(new PlacementRecord(id, slip.umr(), title,
                    io.redesk.domain.placement.PlacementStatus.DRAFT, cedentId.toString(),
                    brokerId == null ? null : brokerId.toString(), risk == null ? null : risk.periodStart(),
                    risk == null ? null : risk.periodEnd(), 1, slip.contractKind() == null ? null : slip.contractKind().name()));
            store.projections().slips().insert(new SlipVersionRecord(Projections.slipVersionId(id, 1), id, 1, null,
                    "draft", store.wire().valueToTree(slip)));
        });
    }

    /**
     * Replaces the slip of a placement (a new slip version). An autosaved edit of the same slip still
     * waiting in the outbox ({@link #draftSlip}) becomes this change instead of a second version.
     */
    public Queued editSlip(String placementId, Slip slip) {
        return putSlip(placementId, slip, false);
    }

    /**
     * Replaces the slip of a placement with an edit the user made on an older version than the vault's
     * newest ({@code seenVersion} of the exchange, whose placement document was {@code seenDoc}): a merge
     * shown meanwhile, or another desk's version. It is sent guarded by the version the user saw, never
     * chained onto the newer one, so the exchange answers 412 and the conflict view lays the two side by
     * side (ADR 0812): an edit from a stale editor can never overwrite a newer slip silently.
     */
    public Queued editSlipSeen(String placementId, Slip slip, long seenVersion, JsonNode seenDoc) {
        Objects.requireNonNull(slip, "slip");
        JsonNode slipJson = store.wire().valueToTree(slip);
        Mutation m = Mutation.of(slipJson).withBase(seenVersion, Views.ofDoc(Op.PUT_SLIP, seenDoc));
        return queue(Op.PUT_SLIP, placementId, m, () -> projectSlip(placementId, slip, slipJson, true));
    }

    /**
     * An autosaved edit of a slip the exchange has (ADR 0811): queued like {@link #editSlip}, but coalesced
     * per slip: while the previous autosave of the slip is unsent (pending, not being sent, not refused),
     * this one replaces it, so typing makes one pending change per slip, not one per keystroke burst.
     */
    public Queued draftSlip(String placementId, Slip slip) {
        return putSlip(placementId, slip, true);
    }

    private Queued putSlip(String placementId, Slip slip, boolean draft) {
        Objects.requireNonNull(slip, "slip");
        JsonNode slipJson = store.wire().valueToTree(slip);
        // an autosave waits for the typing to pause (and the next autosave replaces it); a save goes now
        java.time.Instant runAt = draft ? clock.instant().plus(DRAFT_QUIET) : clock.instant();
        Queued q = store.vault().transaction(() -> {
            List<OutboxEntry> queued = store.outbox().unfinishedFor(Op.PUT_SLIP.aggregate().name(), placementId);
            OutboxEntry last = queued.isEmpty() ? null : queued.get(queued.size() - 1);
            if (last != null && last.op().equals(Op.PUT_SLIP.name()) && last.status() == OutboxEntry.Status.PENDING) {
                Mutation m = Mutation.fromJson(last.payload());
                if (m.draft() && store.outbox().replacePending(last.clientMutationId(), last.op(),
                        m.withBody(slipJson).asDraft(draft).toJson(), runAt)) {
                    projectSlip(placementId, slip, slipJson, false);
                    return new Queued(last.clientMutationId(), placementId);
                }
            }
            return null;
        });
        if (q != null) {
            changed.run();
            return q;
        }
        return queueGuarded(Op.PUT_SLIP, placementId, null, Mutation.of(slipJson).asDraft(draft), runAt,
                () -> projectSlip(placementId, slip, slipJson, true));
    }

    /**
     * How long an autosaved slip edit waits before it is due (ADR 0811): the editor autosaves a second
     * after each pause in typing, so a draft replaced within this time never reaches the exchange on its
     * own; the user's Sync now sends it at once ({@link SyncEngine#syncNow}).
     */
    static final java.time.Duration DRAFT_QUIET = java.time.Duration.ofSeconds(5);

    /** The local effect of a slip change: the next slip version ({@code next}) or the queued one replaced. */
    private void projectSlip(String placementId, Slip slip, JsonNode slipJson, boolean next) {
        Stored<PlacementRecord> p = placement(placementId);
        PlacementRecord r = p.value();
        int n = next ? r.currentSlipVersion() + 1 : r.currentSlipVersion();
        store.projections().slips().save(new SlipVersionRecord(Projections.slipVersionId(placementId, n), placementId,
                n, null, "edited", slipJson));
        store.projections().placements().update(new PlacementRecord(r.id(), slip.umr() == null ? r.umr() : slip.umr(),
                r.title(), r.status(), r.cedentId(), r.brokerId(),
                slip.riskDetails() == null ? r.inception() : slip.riskDetails().periodStart(),
                slip.riskDetails() == null ? r.expiry() : slip.riskDetails().periodEnd(), n,
                slip.contractKind() == null ? r.contractKind() : slip.contractKind().name()), p.version());
    }

    /**
     * Endorses a bound or registered contract (offline is fine): the endorsed slip becomes the next
     * slip version in the vault at once, with its effective date and description, and goes to the
     * exchange through the outbox like any slip edit. The domain's endorsement rules are the caller's
     * to check first ({@code io.redesk.domain.slip.ContractVersions#endorse}); the exchange checks again.
     */
    public Queued endorse(String placementId, EndorsementRequest request) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(request.slip(), "slip");
        JsonNode body = store.wire().valueToTree(request);
        JsonNode slipJson = body.get("slip");
        return queueGuarded(Op.ENDORSE, placementId, null, Mutation.of(body), () -> {
            Stored<PlacementRecord> p = placement(placementId);
            PlacementRecord r = p.value();
            io.redesk.domain.placement.PlacementStatus s = r.status();
            if (s != io.redesk.domain.placement.PlacementStatus.BOUND && s != io.redesk.domain.placement.PlacementStatus.REGISTERED) {
                throw new IllegalStateException("only a bound or registered contract is endorsed; " + placementId + " is " + s);
            }
            int n = r.currentSlipVersion() + 1;
            store.projections().slips().save(new SlipVersionRecord(Projections.slipVersionId(placementId, n), placementId,
                    n, request.effectiveDate(), request.description(), slipJson));
            store.projections().placements().update(new PlacementRecord(r.id(), r.umr(), r.title(), r.status(),
                    r.cedentId(), r.brokerId(), r.inception(), r.expiry(), n, r.contractKind()), p.version());
        });
    }

    /** Moves a placement through its workflow (the domain's rules are checked here first). */
    public Queued transition(String placementId, PlacementStatus to, String reason) {
        Objects.requireNonNull(to, "to");
        JsonNode body = store.wire().valueToTree(new TransitionRequest(to, reason));
        return queueGuarded(Op.TRANSITION, placementId, null, Mutation.of(body), () -> {
            Stored<PlacementRecord> p = placement(placementId);
            io.redesk.domain.placement.PlacementStatus next = PlacementWorkflow.transition(p.value().status(),
                    io.redesk.domain.placement.PlacementStatus.valueOf(to.name()));
            store.projections().placements().update(p.value().withStatus(next), p.version());
        });
    }

    /** Asks reinsurers to quote. */
    public Queued requestQuotes(String placementId, InquiryRequest request) {
        Objects.requireNonNull(request, "request");
        placementMustExist(placementId);
        return queue(Op.INQUIRY, placementId, Mutation.of(store.wire().valueToTree(request)), () -> { });
    }

    /** Accepts one quote of the placement (queued behind the broker's other changes to it). */
    public Queued acceptQuote(String placementId, String quoteId) {
        return queueGuarded(Op.ACCEPT_QUOTE, placementId, quoteId, Mutation.of(null).withTarget(quoteId), () -> { });
    }

    /** Fixes the firm order on the accepted quote. */
    public Queued placeFirmOrder(String placementId, FirmOrderRequest request) {
        Objects.requireNonNull(request, "request");
        return queueGuarded(Op.FIRM_ORDER, placementId, null, Mutation.of(store.wire().valueToTree(request)), () -> { });
    }

    public Queued prepareQuote(String quoteId) {
        return queueGuarded(Op.PREPARE_QUOTE, quoteId, null, Mutation.of(null), () -> { });
    }

    public Queued submitQuote(String quoteId, QuoteTermsRequest terms) {
        Objects.requireNonNull(terms, "terms");
        return queueGuarded(Op.SUBMIT_QUOTE, quoteId, null, Mutation.of(store.wire().valueToTree(terms)), () -> { });
    }

    public Queued declineQuote(String quoteId, String reason) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("reason", reason);
        return queueGuarded(Op.DECLINE_QUOTE, quoteId, null, Mutation.of(body), () -> { });
    }

    /** Writes a line on a placement; the line's id is temporary until the exchange answers. */
    public Queued writeLine(String placementId, LineWriteRequest request) {
        Objects.requireNonNull(request, "request");
        placementMustExist(placementId);
        String id = UUID.randomUUID().toString();
        Mutation m = Mutation.of(store.wire().valueToTree(request)).withPlacement(placementId);
        return queue(Op.WRITE_LINE, id, m, () -> store.projections().lines().insert(new LineRecord(id, placementId, null,
                io.redesk.domain.line.LineStatus.WRITTEN, Share.of(request.writtenShare()), request.toStand(), null,
                request.underwriterReference(), request.conditions(),
                request.subjectivities() == null ? List.of()
                        : request.subjectivities().stream().map(SubjectivityRequest::text).toList(),
                clock.instant())));
    }

    public Queued amendLine(String lineId, LineAmendRequest request) {
        Objects.requireNonNull(request, "request");
        return queueGuarded(Op.AMEND_LINE, lineId, null, Mutation.of(store.wire().valueToTree(request)), () ->
                store.projections().lines().find(lineId).ifPresent(s -> {
                    LineRecord r = s.value();
                    store.projections().lines().update(new LineRecord(r.id(), r.placementId(), r.reinsurerId(),
                            io.redesk.domain.line.LineStatus.AMENDED, Share.of(request.writtenShare()), request.toStand(),
                            r.signed(), r.underwriterReference(), request.conditions(), r.subjectivities(), r.writtenAt()),
                            s.version());
                }));
    }

    public Queued withdrawLine(String lineId, String reason) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("reason", reason);
        return queueGuarded(Op.WITHDRAW_LINE, lineId, null, Mutation.of(body), () -> { });
    }

    // --- The underwriter's desk (desk-uw): the desk reads quotes and placements live from the exchange,
    // so a change is guarded by the version the user actually saw, not by whatever copy the feed holds.

    /**
     * Sends a quote on the request {@code seen} (as the user saw it, at its version): the quote projection
     * shows it quoted at once, and the exchange gets it when it is reachable.
     */
    public Queued submitQuote(Quote seen, QuoteTermsRequest terms) {
        Objects.requireNonNull(seen, "seen");
        Objects.requireNonNull(terms, "terms");
        Quote answered = new Quote(seen.id(), seen.placementId(), seen.inquiryId(), seen.reinsurerId(),
                QuoteStatus.QUOTED, terms.premium(), terms.rate(), terms.capacity(), terms.conditions(),
                terms.subjectivities(), terms.validUntil(), null, seen.securityOverrideReason(), seen.requestedAt(),
                clock.instant(), seen.version());
        return queueSeen(Op.SUBMIT_QUOTE, seen, Mutation.of(store.wire().valueToTree(terms)),
                () -> store.projections().quote(answered));
    }

    /** Declines the request {@code seen} (at the version the user saw) with the reason the broker reads. */
    public Queued declineQuote(Quote seen, String reason) {
        Objects.requireNonNull(seen, "seen");
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("reason", reason);
        Quote declined = new Quote(seen.id(), seen.placementId(), seen.inquiryId(), seen.reinsurerId(),
                QuoteStatus.DECLINED, null, null, null, null, null, null, reason, seen.securityOverrideReason(),
                seen.requestedAt(), clock.instant(), seen.version());
        return queueSeen(Op.DECLINE_QUOTE, seen, Mutation.of(body), () -> store.projections().quote(declined));
    }

    /**
     * Writes a line on the placement {@code seen} (as the exchange showed it to the user). When the feed
     * has not brought that placement into the vault yet, the exchange's document the user saw is recorded
     * first, as the feed would, so the local line has its placement.
     */
    public Queued writeLine(Placement seen, LineWriteRequest request) {
        Objects.requireNonNull(seen, "seen");
        String placementId = seen.id().toString();
        if (store.projections().placements().find(placementId).isEmpty()) {
            store.vault().transaction(() -> new Applier(store).apply(seen, store.outbox().unfinishedAggregates()));
        }
        return writeLine(placementId, request);
    }

    /** Queues a guarded quote change on the version the user saw, unless an earlier queued change will produce it. */
    private Queued queueSeen(Op op, Quote seen, Mutation m, Runnable localEffect) {
        String id = seen.id().toString();
        // the placement rides along so the desk can show the waiting answer on its placement, offline too
        Mutation withPlacement = m.withPlacement(seen.placementId().toString());
        Queued q = store.vault().transaction(() -> {
            Mutation guarded = chainsOnQueued(op, id, id) ? withPlacement
                    : withPlacement.withBase(seen.version(), Views.ofDoc(op, store.wire().valueToTree(seen)));
            return enqueue(op, id, guarded, localEffect);
        });
        changed.run();
        return q;
    }

    private Queued queueGuarded(Op op, String aggregateId, String targetId, Mutation m, Runnable localEffect) {
        return queueGuarded(op, aggregateId, targetId, m, null, localEffect);
    }

    private Queued queueGuarded(Op op, String aggregateId, String targetId, Mutation m, java.time.Instant runAt,
                                Runnable localEffect) {
        Objects.requireNonNull(aggregateId, "id");
        String target = targetId != null ? targetId : aggregateId;
        Queued q = store.vault().transaction(() -> {
            Mutation guarded = m;
            if (!chainsOnQueued(op, aggregateId, target)) {
                ServerCopy copy = store.copies().get(op.target().name(), target).orElse(null);
                if (copy != null) {
                    guarded = m.withBase(copy.serverVersion(), Views.ofDoc(op, copy.doc()));
                }
            }
            return enqueue(op, aggregateId, guarded, runAt, localEffect);
        });
        changed.run();
        return q;
    }

    private Queued queue(Op op, String aggregateId, Mutation m, Runnable localEffect) {
        Queued q = store.vault().transaction(() -> enqueue(op, aggregateId, m, localEffect));
        changed.run();
        return q;
    }

    private Queued enqueue(Op op, String aggregateId, Mutation m, Runnable localEffect) {
        return enqueue(op, aggregateId, m, null, localEffect);
    }

    private Queued enqueue(Op op, String aggregateId, Mutation m, java.time.Instant runAt, Runnable localEffect) {
        localEffect.run();
        String cmid = UUID.randomUUID().toString();
        store.outbox().enqueue(cmid, op.aggregate().name(), aggregateId, op.name(), m.toJson(), runAt);
        return new Queued(cmid, aggregateId);
    }

    /**
     * Queues a finance change (issue 11; ADR 0622) in one vault transaction: {@code check} first (it reads the
     * vault and throws to refuse, nothing saved), then the outbox entry, guarded by the exchange's version of
     * its target unless an earlier queued change of the same entity will produce it, then the projections it
     * touches re-derived (the exchange's copy with the user's queued changes replayed), so the finance pages
     * show the change at once.
     *
     * @param op          a finance op
     * @param aggregateId the aggregate: the entity, or for a create the new record's temporary id
     * @param targetId    the entity whose version guards the change when it is not the aggregate (the account a
     *                    correction supersedes), else null
     * @param body        the request body as the accounts API takes it
     * @param local       what the local effect needs beyond the request (never sent), or null
     * @param check       refuses the change before anything is written, or does nothing
     */
    public Queued queueFinance(Op op, String aggregateId, String targetId, JsonNode body, JsonNode local, Runnable check) {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(aggregateId, "aggregateId");
        if (!op.aggregate().finance()) {
            throw new IllegalArgumentException(op + " is not a finance change");
        }
        Queued q = store.vault().transaction(() -> {
            check.run();
            String target = targetId != null ? targetId : aggregateId;
            Mutation m = Mutation.of(body).withLocal(local);
            if (targetId != null) {
                m = m.withTarget(targetId);
            }
            if (op.guarded() && !chainsOnQueued(op, aggregateId, target)) {
                ServerCopy copy = store.copies().get(op.target().name(), target).orElse(null);
                if (copy != null) {
                    m = m.withBase(copy.serverVersion(), Views.ofDoc(op, copy.doc()));
                }
            }
            String cmid = UUID.randomUUID().toString();
            store.outbox().enqueue(cmid, op.aggregate().name(), aggregateId, op.name(), m.toJson(), null);
            FinanceProjector fp = new FinanceProjector(store);
            var pending = fp.pendingByEntity();
            fp.project(op.aggregate().name(), aggregateId, pending);
            if (!target.equals(aggregateId)) {
                fp.project(op.target().name(), target, pending);
            }
            return new Queued(cmid, aggregateId);
        });
        changed.run();
        return q;
    }

    /** Makes every autosaved slip edit still waiting for its quiet time due now (the user asked to sync). */
    void sendDraftsNow() {
        java.time.Instant now = clock.instant();
        store.vault().transaction(() -> {
            for (OutboxEntry e : store.outbox().unfinished()) {
                if (e.status() == OutboxEntry.Status.PENDING && e.op().equals(Op.PUT_SLIP.name()) && e.nextRunAt().isAfter(now)
                        && Mutation.fromJson(e.payload()).draft()) {
                    store.outbox().reschedule(e.clientMutationId(), now);
                }
            }
            return null;
        });
    }

    /** Whether an earlier unfinished change of the same aggregate targets the same entity. */
    private boolean chainsOnQueued(Op op, String aggregateId, String target) {
        for (OutboxEntry e : store.outbox().unfinishedFor(op.aggregate().name(), aggregateId)) {
            Op earlier = Op.valueOf(e.op());
            Mutation em = Mutation.fromJson(e.payload());
            String et = em.targetId() != null ? em.targetId() : e.aggregateId();
            if (earlier.target() == op.target() && et.equals(target)) {
                return true;
            }
        }
        return false;
    }

    private Stored<PlacementRecord> placement(String id) {
        return store.projections().placements().find(id)
                .orElseThrow(() -> new NoSuchElementException("no placement " + id + " in this vault"));
    }

    private void placementMustExist(String id) {
        placement(id);
    }

    /** The current quote projection, if the exchange has sent it. */
    public java.util.Optional<QuoteRecord> quote(String quoteId) {
        return store.projections().quotes().find(quoteId).map(Stored::value);
    }
}
