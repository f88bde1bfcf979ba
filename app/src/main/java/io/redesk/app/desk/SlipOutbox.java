package io.redesk.app.desk;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.app.sync.engine.Delivery;
import io.redesk.app.sync.engine.LocalChanges;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.domain.slip.SlipStage;
import io.redesk.domain.validation.FieldError;
import io.redesk.domain.validation.ValidationException;
import io.redesk.sdk.model.party.Organisation;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.store.outbox.OutboxEntry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Sends the slip editor's slips to the exchange through the sync engine's outbox, so saving a slip works
 * offline and reaches the exchange exactly once when it is back. A slip the exchange does not know yet
 * becomes a draft placement there (its cedent found by the reinsured's name among the cedents the
 * exchange listed while online); a placement the exchange or the outbox already has gets a new slip
 * version, guarded by the version the user was looking at (a clash becomes a conflict to resolve). A new
 * version is the latest slip with only the form's changes laid on it ({@link WireSlips#overlay}, ADR
 * 0810): a field the editor does not show is carried as the exchange holds it, and a save that changes
 * nothing queues nothing.
 *
 * <p>Blocking (vault transactions): call it from the task executor. UI-free.
 */
public final class SlipOutbox {

    private static final String PLACEMENT = "PLACEMENT";
    /** The outbox op of a placement's creation ({@code SyncEngine}'s {@code Op.CREATE_PLACEMENT}). */
    private static final String CREATE_OP = "CREATE_PLACEMENT";

    /**
     * What a save did: the placement's id now (temporary until the exchange answers), whether it was
     * created, and whether it went guarded by an older version than the vault's (ADR 0812: it will meet
     * the conflict view, so the editor keeps working on what the user saw).
     */
    public record Saved(String placementId, boolean created, boolean onOlderVersion) {
        public Saved(String placementId, boolean created) {
            this(placementId, created, false);
        }
    }

    private final SyncEngine engine;
    private final Supplier<List<Organisation>> cedents;
    /**
     * Placement id the editor used (its own temporary one, and the outbox's) → client mutation id of the
     * create that gives it its next id; the create's outbox entry follows the exchange's re-keying.
     */
    private final Map<String, String> creates = new ConcurrentHashMap<>();

    /**
     * An outbox over {@code engine}; {@code cedents} lists the cedents at the exchange (it should keep
     * the list it fetched online, so drafting works offline: {@link BrokerDesk#cedents()} does).
     */
    public SlipOutbox(SyncEngine engine, Supplier<List<Organisation>> cedents) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.cedents = Objects.requireNonNull(cedents, "cedents");
    }

    /** The cedents at the exchange (the supplier keeps them for offline drafting). */
    public List<Organisation> cedents() {
        return cedents.get();
    }

    /**
     * The id placement {@code id} has now: a placement created offline under a temporary id gets the
     * exchange's id once the exchange accepted it.
     */
    public String currentId(String id) {
        String cmid = creates.computeIfAbsent(id, this::pendingCreate);
        if (cmid.isEmpty()) {
            return id;
        }
        // a fixed-and-resent create gets a new mutation id: then the id the caller has is kept as is
        return engine.store().outbox().find(cmid).map(OutboxEntry::aggregateId).orElse(id);
    }

    /**
     * The mutation id of the queued create of placement {@code id} (opened from the list while it is
     * still on its way, e.g. after a restart), so the exchange's answer re-keying it is followed; empty
     * when the placement is not being created.
     */
    private String pendingCreate(String id) {
        return engine.store().outbox().forAggregate(PLACEMENT, id).stream()
                .filter(e -> e.op().equals(CREATE_OP)).map(OutboxEntry::clientMutationId).findFirst().orElse("");
    }

    /**
     * Runs {@code work} in one vault transaction: resolving the slip's id and writing under it cannot
     * interleave with the sync engine recording the exchange's acceptance (which re-keys the slip).
     */
    public <T> T atomically(Supplier<T> work) {
        return engine.store().vault().transaction(work);
    }

    /** Whether the exchange (or the outbox, on its way there) knows placement {@code id}. */
    public boolean knows(String id) {
        String current = currentId(id);
        return engine.store().copies().get(PLACEMENT, current).isPresent()
                || !engine.store().outbox().forAggregate(PLACEMENT, current).isEmpty();
    }

    /**
     * Queues {@code form} for the exchange: a new draft placement titled {@code title}, or a new slip
     * version of placement {@code id}. Refused with the domain's field errors when the slip is not a
     * complete slip yet (the exchange would refuse it too), before anything is queued.
     */
    public Saved save(String id, String title, SlipForm form) {
        return save(id, title, form, null);
    }

    /**
     * The slip an editor shows: the vault's newest wire slip of a placement, and the exchange's version
     * and document it was made on (null when the exchange has not sent the placement yet). An editor
     * keeps the one it opened, so that a save can tell whether the slip changed under it (ADR 0812).
     */
    public record Base(JsonNode slip, Long serverVersion, JsonNode serverDoc) {
    }

    /** The slip placement {@code id} has now in the vault, empty for a slip the exchange and outbox do not know. */
    public Optional<Base> base(String id) {
        if (id == null || !knows(id)) {
            return Optional.empty();
        }
        String current = currentId(id);
        Optional<io.redesk.app.sync.engine.ServerCopy> copy = engine.store().copies().get(PLACEMENT, current);
        return latestWire(current).map(slip -> new Base(slip, copy.map(io.redesk.app.sync.engine.ServerCopy::serverVersion)
                .orElse(null), copy.map(io.redesk.app.sync.engine.ServerCopy::doc).orElse(null)));
    }

    /**
     * As {@link #save(String, String, SlipForm)}, for an editor that opened the slip at {@code opened}. When
     * the vault's slip has changed since (a merge, another desk's version), the user's changes are taken
     * against what they opened and sent guarded by the version they saw, so the exchange answers 412 and
     * the conflict view shows both (ADR 0812); they are never laid silently onto the newer slip.
     */
    public Saved save(String id, String title, SlipForm form, Base opened) {
        List<FieldError> errors = sendable(form);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalChanges changes = engine.changes();
        if (id != null && knows(id)) {
            String current = currentId(id);
            Optional<JsonNode> latest = latestWire(current);
            if (stale(latest, opened)) {
                var mine = WireSlips.overlay(opened.slip(), form);
                if (!opened.slip().equals(engine.store().wire().valueToTree(mine))) {
                    changes.editSlipSeen(current, mine, opened.serverVersion(), opened.serverDoc());
                }
                return new Saved(current, false, true);
            }
            var wire = latest.map(base -> WireSlips.overlay(base, form)).orElseGet(() -> WireSlips.toWire(form.parse().slip()));
            if (latest.isPresent() && latest.get().equals(engine.store().wire().valueToTree(wire))) {
                return new Saved(current, false); // nothing changed: no new version
            }
            changes.editSlip(current, wire);
            return new Saved(current, false);
        }
        var wire = WireSlips.toWire(form.parse().slip());
        String reinsured = form.get(SlipField.REINSURED).trim();
        Organisation cedent = cedentNamed(reinsured).orElseThrow(() -> new IllegalArgumentException(
                "the reinsured \"" + reinsured + "\" is not a cedent known to the exchange; known cedents: "
                        + String.join(", ", cedents().stream().map(Organisation::name).toList())));
        LocalChanges.Queued q = changes.draftPlacement(title, cedent.id(), null, wire);
        creates.put(q.aggregateId(), q.clientMutationId());
        if (id != null) {
            // the editor's temporary id follows the create too: a write racing this save finds the slip's row
            creates.put(id, q.clientMutationId());
        }
        return new Saved(q.aggregateId(), true);
    }

    /**
     * Queues an autosaved {@code form} of placement {@code id} for the exchange (ADR 0811), coalesced with
     * the slip's previous autosave while that one is unsent: only for a slip the exchange (or the outbox)
     * has, whose placement still takes new slip versions, and whose form can be sent; the latest slip with
     * the form's changes laid on it ({@link WireSlips#overlay}). True when the vault's newest version of
     * the slip is now exactly the form (queued, or nothing to change); false when the form stays a local
     * draft only (a new slip, a fixed placement, a form that cannot be sent yet, a slip that changed since
     * the editor opened it at {@code opened}).
     */
    public boolean queueDraft(String id, SlipForm form, Base opened) {
        if (id == null || !knows(id) || !SlipOutbox.sendable(form).isEmpty()) {
            return false;
        }
        String current = currentId(id);
        boolean editable = engine.store().projections().placements().find(current)
                .map(p -> p.value().status().slipEditable()).orElse(false);
        Optional<JsonNode> latest = latestWire(current);
        if (!editable || latest.isEmpty() || stale(latest, opened)) {
            // a slip that changed under the editor is not autosaved onto: the user's Save sends it guarded
            return false;
        }
        var wire = WireSlips.overlay(latest.get(), form);
        if (!latest.get().equals(engine.store().wire().valueToTree(wire))) {
            engine.changes().draftSlip(current, wire);
        }
        return true;
    }

    /** What a submission queued: the slip (a creation or a new version, when it changed) and the move to SUBMITTED. */
    public record Submitted(Saved saved, LocalChanges.Queued transition) {
    }

    /**
     * Queues the slip's submission, in one vault transaction: the slip goes first (a new draft placement,
     * or a new version when the exchange's latest one differs), then the move to SUBMITTED, pushed in that
     * order. Through the outbox, a double click or a network drop cannot submit twice, and offline the
     * submission waits for the exchange. Refused with the domain's field errors when the slip is not
     * complete for submission, and with the workflow's {@code IllegalTransitionException} when the
     * placement is past its draft; nothing is queued then.
     */
    public Submitted submit(String id, String title, SlipForm form) {
        return submit(id, title, form, null);
    }

    /** As {@link #submit(String, String, SlipForm)} for an editor that opened the slip at {@code opened}. */
    public Submitted submit(String id, String title, SlipForm form, Base opened) {
        List<FieldError> errors = form.validate(SlipStage.SUBMISSION);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return atomically(() -> {
            Saved saved = id != null && knows(id) && sameAsLatest(currentId(id), form)
                    ? new Saved(currentId(id), false) : save(id, title, form, opened);
            LocalChanges.Queued moved = engine.changes().transition(saved.placementId(), PlacementStatus.SUBMITTED, null);
            return new Submitted(saved, moved);
        });
    }

    /** Gives the engine a bounded first attempt at pushing {@code queued}, and says where it stands then. */
    public Delivery firstAttempt(LocalChanges.Queued queued, java.time.Duration patience) {
        return Delivery.firstAttempt(engine, queued, patience);
    }

    /**
     * The exchange's reason for refusing {@code queued}, or the change of the same placement queued before
     * it (which holds it back): empty when none of them was refused.
     */
    public Optional<String> refusal(LocalChanges.Queued queued) {
        Optional<OutboxEntry> own = engine.store().outbox().find(queued.clientMutationId());
        String aggregate = own.map(OutboxEntry::aggregateId).orElse(queued.aggregateId());
        return engine.store().outbox().forAggregate(PLACEMENT, aggregate).stream()
                .filter(e -> e.status() == OutboxEntry.Status.FAILED)
                .map(e -> e.lastError() == null ? "" : e.lastError()).findFirst();
    }

    /** Whether {@code form} is the slip placement {@code id} has already (queued or at the exchange): no new version then. */
    private boolean sameAsLatest(String id, SlipForm form) {
        return latestWire(id).map(base -> base.equals(engine.store().wire().valueToTree(WireSlips.overlay(base, form))))
                .orElse(false);
    }

    /** Whether the vault's newest slip is no longer the one the editor opened (with an exchange version to guard by). */
    private static boolean stale(Optional<JsonNode> latest, Base opened) {
        return opened != null && opened.serverVersion() != null && latest.isPresent() && !latest.get().equals(opened.slip());
    }

    /** The newest wire slip of placement {@code id} in the vault (the exchange's, or the one queued for it). */
    private Optional<JsonNode> latestWire(String id) {
        return engine.store().projections().slips().latestOf(id).map(v -> v.value().slip()).filter(WireSlipForms::isWire);
    }

    /**
     * What stops {@code form} from going to the exchange: typing and rule errors of a draft, and the
     * fields every exchange slip carries (contract kind, period, time zone, reinsured). A draft may be
     * incomplete otherwise; the exchange checks it again and a refusal is shown on the sync issues page.
     */
    public static List<FieldError> sendable(SlipForm form) {
        // "required" is for submission: a draft may leave a field empty (a slip the exchange stored before
        // its contract carried the ceded share opens without one, and must still be able to go back)
        List<FieldError> errors = new java.util.ArrayList<>(form.validate(SlipStage.DRAFT).stream()
                .filter(e -> !e.code().equals("required")).toList());
        for (SlipField f : List.of(SlipField.UMR, SlipField.KIND, SlipField.REINSURED, SlipField.INCEPTION,
                SlipField.EXPIRY, SlipField.TIME_ZONE)) {
            if (form.get(f).isBlank() && errors.stream().noneMatch(e -> e.field().equals(f.path()))) {
                errors.add(new FieldError(f.path(), "required", "required to send the slip to the exchange"));
            }
        }
        return List.copyOf(errors);
    }

    private Optional<Organisation> cedentNamed(String name) {
        return cedents().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }
}
