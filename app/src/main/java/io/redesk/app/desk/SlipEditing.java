package io.redesk.app.desk;

import io.redesk.app.sync.engine.Delivery;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.domain.slip.FieldChange;
import io.redesk.domain.slip.SlipDiff;
import io.redesk.sdk.model.party.Organisation;
import io.redesk.sdk.model.placement.EndorsementRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.store.doc.Stored;
import io.redesk.store.draft.DraftRecord;
import io.redesk.store.draft.DraftRepository;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRecord;
import io.redesk.store.placement.SlipVersionRepository;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slip editor's write path (issue 18; ADR 0771, 0791, 0811, 0812), UI-free beside the editor's
 * view-models as Cryptomator's {@code LockWorkflow} sits beside its controllers: drafts autosaved into
 * the vault, versions, the first save racing autosaves, submission through the outbox, endorsements.
 *
 * <p>Every write of one editor runs through {@link #write}: one at a time under the editor's lock and,
 * when the session syncs, in one vault transaction ({@link SlipOutbox#atomically}), with the slip's id
 * resolved when the write runs, not when it was asked for. Each write carries the form revision (a
 * counter of the user's changes) it was taken at, so a late autosave never overwrites newer typing.
 * Every method blocks (vault, outbox): call it from a background task, never the FX thread.
 *
 * <p>Size (~420 lines): the one write path of the editor, kept in one class on purpose: its methods share the write lock, the id resolution and the revision rule, which are correct only together (ADR 0771).
 */
public final class SlipEditing {

    /** The draft kind under which the editor autosaves its form. */
    public static final String DRAFT_KIND = SlipCatalog.SLIP_DRAFT_KIND;
    private static final Logger LOG = LoggerFactory.getLogger(SlipEditing.class);

    /** One saved version: its number, effective date (endorsements) and note. */
    public record VersionRow(int number, LocalDate effectiveDate, String note) {
    }

    /** What opening a slip found: the form to show, its versions, status and current (endorsable) version. */
    public record Opened(Slip slip, SlipForm form, String title, List<VersionRow> versions, PlacementStatus status,
                         SlipForm current, LocalDate effective) {
    }

    /** A write's version rows and the slips whose list rows it changed. */
    public record Sent(List<VersionRow> rows, Set<String> ids) {
    }

    /** A submission: what the write changed and where the exchange has it ({@code reason} when refused). */
    public record Submitted(Sent sent, Delivery delivery, String reason) {
    }

    /**
     * One slip as edited since it was opened or started: its id now (temporary until the outbox and the
     * exchange gave it theirs), the slip it was opened on (ADR 0812) and the newest revision written.
     */
    public static final class Slip {
        private volatile String id;
        /** The slip the form was opened on or last sent as; null for a slip the exchange does not know. */
        private volatile SlipOutbox.Base base;
        /** Guarded by the workflow's write lock. */
        private long written = -1;

        private Slip(String id) {
            this.id = id;
        }

        /** The id as last resolved. */
        public String id() {
            return id;
        }

        /** The slip the form was opened on or last sent as (null: not known to the exchange). */
        public SlipOutbox.Base base() {
            return base;
        }
    }

    private final DraftRepository drafts;
    private final SlipVersionRepository versions;
    private final PlacementRepository placements;
    private final Optional<SlipOutbox> outbox;
    private final Optional<Endorsing.Outbox> endorsements;
    private final Optional<BrokerDesk> broker;
    private final Object writeLock = new Object();
    private volatile IntConsumer localDrafts = n -> { };

    /**
     * The write path over the vault's repositories; {@code outbox} present when the session syncs (saved
     * versions and submissions go to the exchange), {@code endorsements} where endorsements are queued.
     */
    public SlipEditing(DraftRepository drafts, SlipVersionRepository versions, PlacementRepository placements,
                       Optional<SlipOutbox> outbox, Optional<Endorsing.Outbox> endorsements) {
        this(drafts, versions, placements, outbox, endorsements, Optional.empty());
    }

    /**
     * The write path with {@code broker}, the exchange service a session without a sync engine submits
     * through directly ({@link #submitDirect}).
     */
    public SlipEditing(DraftRepository drafts, SlipVersionRepository versions, PlacementRepository placements,
                       Optional<SlipOutbox> outbox, Optional<Endorsing.Outbox> endorsements, Optional<BrokerDesk> broker) {
        this.broker = Objects.requireNonNull(broker, "broker");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.versions = Objects.requireNonNull(versions, "versions");
        this.placements = Objects.requireNonNull(placements, "placements");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.endorsements = Objects.requireNonNull(endorsements, "endorsements");
    }

    /** The write path of the session's desk. */
    public static SlipEditing of(DeskServices s) {
        return new SlipEditing(s.drafts(), s.versions(), s.placements(), s.slipOutbox(), s.endorsements(), s.broker());
    }

    /** Whether saved versions and submissions go through the sync engine's outbox. */
    public boolean syncs() {
        return outbox.isPresent();
    }

    /** Whether bound contracts can be endorsed (the session syncs). */
    public boolean endorses() {
        return endorsements.isPresent();
    }

    /**
     * Tells {@code listener} how many slips have a local draft not sent (ADR 0811) after every write that
     * may change it, on the writing thread: the status bar shows it next to the queued changes.
     */
    public void onLocalDrafts(IntConsumer listener) {
        this.localDrafts = Objects.requireNonNull(listener, "listener");
    }

    /** A new slip under a temporary id. */
    public Slip start() {
        return new Slip(UUID.randomUUID().toString());
    }

    /** Opens placement {@code id}: its autosaved draft if any, else its latest version. */
    public Opened open(String id) {
        outbox.ifPresent(o -> o.currentId(id)); // follows a slip still on its way to the exchange
        Optional<Stored<DraftRecord>> draft = drafts.find(id);
        Optional<Stored<PlacementRecord>> placement = placements.find(id);
        // the slip this editor works on: the vault's newest, or the one a kept draft was typed on (ADR 0812)
        SlipOutbox.Base base = draft.flatMap(d -> DraftContent.base(d.value().content()))
                .orElseGet(() -> outbox.flatMap(o -> o.base(id)).orElse(null));
        Optional<Stored<SlipVersionRecord>> latest = versions.latestOf(id);
        SlipForm latestForm = latest.map(v -> WireSlipForms.toForm(v.value().slip())).orElse(null);
        PlacementStatus st = placement.map(p -> p.value().status()).orElse(PlacementStatus.DRAFT);
        // a bound contract shows its current version (a draft of it is not the contract); a draft its autosave
        SlipForm form = (fixed(st) ? Optional.<SlipForm>empty() : draft.map(d -> SlipForm.fromJson(d.value().content())))
                .or(() -> Optional.ofNullable(latestForm))
                .orElse(SlipForm.empty());
        String t = placement.map(p -> p.value().title()).orElse(draft.map(d -> d.value().title()).orElse(""));
        LocalDate effective = latest.map(v -> v.value().effectiveDate())
                .orElseGet(() -> placement.map(p -> p.value().inception()).orElse(null));
        if (effective == null) {
            effective = placement.map(p -> p.value().inception()).orElse(LocalDate.now());
        }
        Slip slip = new Slip(id);
        slip.base = base;
        return new Opened(slip, form, t, rows(id), st, latestForm, effective);
    }

    /** A bound or registered contract: it changes only by endorsement. */
    public static boolean fixed(PlacementStatus status) {
        return status == PlacementStatus.BOUND || status == PlacementStatus.REGISTERED;
    }

    /**
     * Saves {@code form} (taken at revision {@code rev}) as the slip's draft: queued for the exchange,
     * coalesced per slip, when the outbox knows the slip (ADR 0811), else kept as the local draft with a
     * list row. Skipped when newer typing already reached the vault. The id whose list row changed, if any.
     */
    public Optional<String> autosave(Slip slip, long rev, SlipForm form, String title) {
        return write(() -> {
            if (rev <= slip.written) {
                return Optional.<String>empty(); // a newer form of this slip already reached the vault
            }
            String id = resolve(slip);
            boolean listed = false;
            if (outbox.isPresent() && outbox.get().queueDraft(id, form, slip.base)) {
                drafts.delete(id); // the slip's newest version in the vault is exactly this form now
                slip.base = outbox.get().base(id).orElse(null);
                listed = true;
            } else {
                boolean marked = drafts.find(id).isPresent();
                drafts.save(new DraftRecord(id, DRAFT_KIND, title, DraftContent.withBase(form, slip.base)));
                if (outbox.isEmpty() || !outbox.get().knows(id)) {
                    listed = ensurePlacement(id, title, 0, form);
                }
                // a row that just became a local draft says so: "local draft not sent" (ADR 0811)
                listed |= !marked;
            }
            slip.written = rev;
            reportLocalDrafts();
            return listed ? Optional.of(id) : Optional.<String>empty();
        });
    }

    /** Saves {@code form} as the next numbered version in the vault only (a session that does not sync). */
    public Sent saveLocalVersion(Slip slip, long rev, SlipForm form, String title, String note) {
        return write(() -> {
            String id = slip.id;
            int next = versions.latestOf(id).map(v -> v.value().slipVersion()).orElse(0) + 1;
            // the placement first: a slip version refers to it
            ensurePlacement(id, title, next, form);
            versions.insert(new SlipVersionRecord(UUID.randomUUID().toString(), id, next, LocalDate.now(), note, form.toJson()));
            if (rev >= slip.written) {
                // else an autosave already holds newer typing than this version: keep it as the draft
                drafts.save(new DraftRecord(id, DRAFT_KIND, title, form.toJson()));
                slip.written = rev;
            }
            return new Sent(rows(id), Set.of(id));
        });
    }

    /**
     * Queues the slip for the exchange (a new draft placement, or a new version of a known one). Whatever
     * runs first, this or an autosave queued around it, the slip keeps one row (ADR 0771).
     */
    public Sent send(Slip slip, long rev, SlipForm form, String title) {
        SlipOutbox slips = outbox.orElseThrow(() -> new IllegalStateException("sending needs the sync engine's outbox"));
        Sent done = write(() -> {
            String before = resolve(slip);
            SlipOutbox.Saved saved = slips.save(before, title, form, slip.base);
            if (!saved.onOlderVersion()) {
                // else the editor stays on what the user saw until the conflict is settled (ADR 0812)
                slip.base = slips.base(saved.placementId()).orElse(null);
            }
            return new Sent(adopt(slip, before, saved.placementId(), rev), both(before, saved.placementId()));
        });
        reportLocalDrafts();
        return done;
    }

    /**
     * Submits the slip through the outbox (ADR 0791): the slip (created, or a new version when it changed)
     * and its move to SUBMITTED queued in one vault transaction on the write path, so it cannot race an
     * autosave nor happen twice, and waits for the exchange when offline. Then the engine gets a bounded
     * first attempt ({@code patience}), outside the write path: waiting must not hold the vault.
     */
    public Submitted submit(Slip slip, long rev, SlipForm form, String title, Duration patience) {
        SlipOutbox slips = outbox.orElseThrow(() -> new IllegalStateException("submitting needs the sync engine's outbox"));
        record Queued(Sent sent, SlipOutbox.Submitted submitted) {
        }
        Queued q = write(() -> {
            String before = resolve(slip);
            SlipOutbox.Submitted sub = slips.submit(before, title, form, slip.base);
            if (!sub.saved().onOlderVersion()) {
                slip.base = slips.base(sub.saved().placementId()).orElse(null);
            }
            String now = sub.saved().placementId();
            return new Queued(new Sent(adopt(slip, before, now, rev), both(before, now)), sub);
        });
        Delivery d = slips.firstAttempt(q.submitted().transition(), patience);
        String reason = d == Delivery.SENT ? "" : slips.refusal(q.submitted().transition()).orElse("");
        if (d == Delivery.PENDING && !reason.isEmpty()) {
            d = Delivery.REJECTED; // the slip itself was refused: the submission waits behind it
        }
        return new Submitted(q.sent(), d, reason);
    }

    /**
     * Submits the slip to the exchange directly, the only way a session without a sync engine has (ADR
     * 0791): for the cedent named as reinsured, then the editor's local draft row gives way to the
     * exchange's placement. On the write path, so no autosave re-creates the row it deletes.
     */
    public Placement submitDirect(Slip slip, SlipForm form, String title) {
        BrokerDesk desk = broker.orElseThrow(() -> new IllegalStateException("submitting needs the broker's desk"));
        List<Organisation> cedents = desk.cedents();
        String reinsured = form.get(SlipField.REINSURED).strip();
        Organisation cedent = cedents.stream().filter(c -> c.name().equalsIgnoreCase(reinsured)).findFirst()
                .orElseThrow(() -> new UnknownCedentException(form.get(SlipField.REINSURED),
                        cedents.stream().map(Organisation::name).toList()));
        Placement p = desk.submit(title, cedent.id(), form);
        write(() -> {
            String local = slip.id;
            drafts.delete(local);
            try {
                placements.delete(local);
            } catch (RuntimeException keptBecauseVersionsReferToIt) {
                LOG.info("local draft {} kept: {}", local, keptBecauseVersionsReferToIt.toString());
            }
            slip.id = p.id().toString();
            return null;
        });
        return p;
    }

    /** The vault's newest version of the slip (ADR 0812), read on the write path; empty without an outbox. */
    public Optional<SlipOutbox.Base> latest(Slip slip) {
        if (outbox.isEmpty()) {
            return Optional.empty();
        }
        return write(() -> outbox.get().base(resolve(slip)));
    }

    /** Version {@code from} against version {@code to}, field by field (the domain's diff). */
    public List<FieldChange> compare(Slip slip, int from, int to) {
        String id = write(() -> resolve(slip));
        return SlipDiff.compare(versionForm(id, from).parse().slip(), versionForm(id, to).parse().slip());
    }

    /** Queues the endorsement of bound contract {@code slip} (ADR 0740); the versions after it. */
    public List<VersionRow> endorse(Slip slip, EndorsementRequest request) {
        Endorsing.Outbox out = endorsements.orElseThrow(() -> new IllegalStateException("endorsing needs the sync engine"));
        String id = slip.id;
        out.endorse(id, request);
        return rows(id);
    }

    private SlipForm versionForm(String id, int number) {
        return versions.versionsOf(id).stream().filter(v -> v.value().slipVersion() == number).findFirst()
                .map(v -> WireSlipForms.toForm(v.value().slip()))
                .orElseThrow(() -> new IllegalArgumentException("no version " + number + " of " + id));
    }

    private <T> T write(Supplier<T> work) {
        synchronized (writeLock) {
            return outbox.isEmpty() ? work.get() : outbox.get().atomically(work);
        }
    }

    /** The slip's id now (inside {@link #write}): the outbox's or exchange's once it has one. */
    private String resolve(Slip slip) {
        outbox.ifPresent(o -> slip.id = o.currentId(slip.id));
        return slip.id;
    }

    /**
     * After a write that sent the form (taken at revision {@code rev}) under placement {@code now}: the
     * editor's own local draft row (under {@code before}) gives way to the outbox's placement, and typing
     * newer than what was sent stays as that placement's draft. Inside {@link #write}.
     */
    private List<VersionRow> adopt(Slip slip, String before, String now, long rev) {
        boolean newerTyped = slip.written > rev;
        if (!now.equals(before)) {
            Optional<Stored<DraftRecord>> local = drafts.find(before);
            if (newerTyped && local.isPresent()) {
                DraftRecord d = local.get().value();
                drafts.save(new DraftRecord(now, d.kind(), d.title(), d.content()));
            }
            drafts.delete(before);
            placements.find(before).filter(p -> p.value().cedentId() == null).ifPresent(p -> {
                try {
                    placements.delete(before);
                } catch (RuntimeException keptBecauseVersionsReferToIt) {
                    LOG.info("local draft {} kept: {}", before, keptBecauseVersionsReferToIt.toString());
                }
            });
        }
        if (!newerTyped) {
            drafts.delete(now); // the draft is exactly what was sent
            slip.written = rev;
        }
        slip.id = now;
        return rows(now);
    }

    private List<VersionRow> rows(String id) {
        return versions.versionsOf(id).stream()
                .map(v -> new VersionRow(v.value().slipVersion(), v.value().effectiveDate(), v.value().changeNote())).toList();
    }

    private void reportLocalDrafts() {
        localDrafts.accept(drafts.ofKind(DRAFT_KIND).size());
    }

    /** The slip's id before and after a send (the same one unless the send created the placement). */
    private static Set<String> both(String before, String now) {
        return before.equals(now) ? Set.of(now) : Set.of(before, now);
    }

    /** Writes the slip's list row; true when what the list shows of it changed. */
    private boolean ensurePlacement(String id, String t, int version, SlipForm f) {
        LocalDate inception = parse(f.get(SlipField.INCEPTION));
        LocalDate expiry = parse(f.get(SlipField.EXPIRY));
        Optional<Stored<PlacementRecord>> existing = placements.find(id);
        PlacementStatus status = existing.map(p -> p.value().status()).orElse(PlacementStatus.DRAFT);
        int v = Math.max(version, existing.map(p -> p.value().currentSlipVersion()).orElse(0));
        String umr = f.get(SlipField.UMR).isBlank() ? null : f.get(SlipField.UMR).trim();
        String kind = f.get(SlipField.KIND).isBlank() ? existing.map(p -> p.value().contractKind()).orElse(null)
                : f.get(SlipField.KIND).trim();
        // the parties come from the exchange (sync or submit): an edit here must not blank them
        String cedent = existing.map(p -> p.value().cedentId()).orElse(null);
        String broker = existing.map(p -> p.value().brokerId()).orElse(null);
        placements.save(new PlacementRecord(id, umr, t, status, cedent, broker, inception, expiry, v, kind));
        return existing.map(p -> {
            PlacementRecord was = p.value();
            return !Objects.equals(was.umr(), umr) || !Objects.equals(was.title(), t)
                    || !Objects.equals(was.contractKind(), kind) || !Objects.equals(was.inception(), inception)
                    || !Objects.equals(was.expiry(), expiry);
        }).orElse(true);
    }

    private static LocalDate parse(String s) {
        try {
            return s.isBlank() ? null : LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
