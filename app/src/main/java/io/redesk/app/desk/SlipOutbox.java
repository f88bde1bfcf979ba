package io.redesk.app.desk;

import io.redesk.app.sync.engine.LocalChanges;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.domain.slip.SlipStage;
import io.redesk.domain.validation.FieldError;
import io.redesk.domain.validation.ValidationException;
import io.redesk.sdk.model.party.Organisation;
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
 * version, guarded by the version the user was looking at (a clash becomes a conflict to resolve).
 *
 * <p>Blocking (vault transactions): call it from the task executor. UI-free.
 */
public final class SlipOutbox {

    private static final String PLACEMENT = "PLACEMENT";

    /** What a save did: the placement's id now (temporary until the exchange answers) and whether it was created. */
    public record Saved(String placementId, boolean created) {
    }

    private final SyncEngine engine;
    private final Supplier<List<Organisation>> cedents;
    /** Placement id the editor used → client mutation id of the create that gave it its exchange id. */
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
        String cmid = creates.get(id);
        if (cmid == null) {
            return id;
        }
        return engine.store().outbox().find(cmid).map(OutboxEntry::aggregateId).orElse(id);
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
        List<FieldError> errors = sendable(form);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var wire = WireSlips.toWire(form.parse().slip());
        LocalChanges changes = engine.changes();
        if (id != null && knows(id)) {
            String current = currentId(id);
            changes.editSlip(current, wire);
            return new Saved(current, false);
        }
        String reinsured = form.get(SlipField.REINSURED).trim();
        Organisation cedent = cedentNamed(reinsured).orElseThrow(() -> new IllegalArgumentException(
                "the reinsured \"" + reinsured + "\" is not a cedent known to the exchange; known cedents: "
                        + String.join(", ", cedents().stream().map(Organisation::name).toList())));
        LocalChanges.Queued q = changes.draftPlacement(title, cedent.id(), null, wire);
        creates.put(q.aggregateId(), q.clientMutationId());
        return new Saved(q.aggregateId(), true);
    }

    /**
     * What stops {@code form} from going to the exchange: typing and rule errors of a draft, and the
     * fields every exchange slip carries (contract kind, period, time zone, reinsured). A draft may be
     * incomplete otherwise; the exchange checks it again and a refusal is shown on the sync issues page.
     */
    public static List<FieldError> sendable(SlipForm form) {
        // "required" is for submission: a draft may leave a field empty (the exchange's slip has no ceded
        // share, so a slip opened from the exchange would otherwise never go back)
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
