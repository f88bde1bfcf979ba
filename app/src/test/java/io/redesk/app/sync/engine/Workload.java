package io.redesk.app.sync.engine;

import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.line.LineAmendRequest;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.store.doc.Stored;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.placement.PlacementRecord;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random workflow mutations as a broker and underwriters would make them, chosen from what each
 * user's vault shows (which may be stale: the exchange then refuses, and the simulated user discards
 * the rejected change or settles the conflict, as the issue allows). Every call is one user action,
 * one outbox entry.
 */
final class Workload {

    /** One simulated user. */
    record Actor(String username, UUID organisation, SyncEngine engine) {
        boolean isBroker() {
            return username.equals(Users.BROKER);
        }
    }

    private final SplittableRandom random;
    private int mutations;
    private int discarded;
    private int conflictsSettled;

    private final boolean draftsOnly;

    Workload(long seed) {
        this(seed, false);
    }

    /** With {@code draftsOnly} the broker only drafts, edits and submits (a single writer: nothing to refuse). */
    Workload(long seed, boolean draftsOnly) {
        this.random = new SplittableRandom(seed);
        this.draftsOnly = draftsOnly;
    }

    /** The counts of several users' workloads together. */
    static Workload total(List<Workload> parts) {
        Workload t = new Workload(0);
        for (Workload w : parts) {
            t.mutations += w.mutations;
            t.discarded += w.discarded;
            t.conflictsSettled += w.conflictsSettled;
        }
        return t;
    }

    int mutations() {
        return mutations;
    }

    int discarded() {
        return discarded;
    }

    int conflictsSettled() {
        return conflictsSettled;
    }

    /** What a user's screens showed when last looked at (re-read after each sync, as a user would). */
    private final java.util.Map<String, List<Supplier<Boolean>>> views = new java.util.HashMap<>();

    /** Forgets what {@code a} saw, so the next action looks at the vault again. */
    void refresh(Actor a) {
        views.remove(a.username());
    }

    /**
     * Makes one random action for {@code a}, chosen from what the user last saw (possibly stale: the
     * vault or the exchange then refuses it); returns false when nothing sensible was available.
     */
    boolean act(Actor a) {
        List<Supplier<Boolean>> options = views.computeIfAbsent(a.username(),
                k -> a.isBroker() ? brokerOptions(a) : underwriterOptions(a));
        if (options.isEmpty()) {
            views.remove(a.username());
            return false;
        }
        boolean done;
        try {
            done = options.get(random.nextInt(options.size())).get();
        } catch (IllegalStateException | IllegalArgumentException | java.util.NoSuchElementException refused) {
            // the vault refused at once (e.g. a transition the placement already made): nothing queued
            views.remove(a.username());
            return false;
        }
        if (done) {
            mutations++;
        }
        return done;
    }

    /** What a user does about rejections and conflicts: discard the first, settle the second. */
    void tidy(Actor a) {
        refresh(a);
        SyncEngine e = a.engine();
        for (ConflictRecord c : e.conflicts().open()) {
            switch (random.nextInt(3)) {
                case 0 -> e.conflicts().keepMine(c.id());
                case 1 -> e.conflicts().takeTheirs(c.id());
                default -> {
                    try {
                        e.conflicts().merge(c.id(), java.util.Map.of());
                    } catch (IllegalArgumentException needsChoice) {
                        e.conflicts().takeTheirs(c.id());
                    }
                }
            }
            conflictsSettled++;
        }
        for (OutboxEntry x : e.store().outbox().withStatus(OutboxEntry.Status.FAILED)) {
            if (x.lastError() != null && x.lastError().startsWith("conflict ")) {
                continue; // settled above through its conflict
            }
            e.discard(x.clientMutationId());
            discarded++;
        }
    }

    private List<Supplier<Boolean>> brokerOptions(Actor a) {
        SyncEngine e = a.engine();
        List<Supplier<Boolean>> out = new ArrayList<>();
        List<PlacementRecord> mine = e.store().projections().placements().all().stream().map(Stored::value)
                .filter(p -> e.store().copies().get("PLACEMENT", p.id()).isPresent()
                        || e.store().outbox().unfinishedAggregates().contains("PLACEMENT:" + p.id()))
                .toList();
        long drafts = mine.stream().filter(p -> p.status() == io.redesk.domain.placement.PlacementStatus.DRAFT).count();
        if (drafts < 4) {
            out.add(() -> {
                e.changes().draftPlacement("Random placement " + random.nextInt(1_000_000), Users.cedent(), null,
                        Slips.slip(Slips.nextUmr(), "v1"));
                views.remove(a.username());
                return true;
            });
        }
        for (PlacementRecord p : mine) {
            switch (p.status()) {
                case DRAFT -> {
                    out.add(() -> edit(e, p));
                    out.add(() -> edit(e, p));
                    out.add(() -> {
                        e.changes().transition(p.id(), PlacementStatus.SUBMITTED, null);
                        return true;
                    });
                }
                case SUBMITTED -> {
                    if (draftsOnly) {
                        break;
                    }
                    out.add(() -> {
                    e.changes().requestQuotes(p.id(), new InquiryRequest(List.of(DemoSeed.CHINA_RE, DemoSeed.PUDONG_RE),
                            Instant.now().plus(14, ChronoUnit.DAYS), "Please quote", null));
                    return true;
                    });
                }
                case INQUIRY -> e.store().copies().ofPlacement(p.id()).stream().map(Stored::value)
                        .filter(c -> c.entityType().equals("QUOTE") && c.doc().path("status").asText().equals("QUOTED"))
                        .findFirst().ifPresent(q -> out.add(() -> {
                            String follower = q.doc().path("reinsurerId").asText().equals(DemoSeed.CHINA_RE.toString())
                                    ? DemoSeed.PUDONG_RE.toString() : DemoSeed.CHINA_RE.toString();
                            e.changes().acceptQuote(p.id(), q.entityId());
                            e.changes().placeFirmOrder(p.id(), new FirmOrderRequest(UUID.fromString(q.entityId()), "100",
                                    List.of(UUID.fromString(follower)), null));
                            mutations++; // two actions
                            return true;
                        }));
                default -> { }
            }
        }
        return out;
    }

    private boolean edit(SyncEngine e, PlacementRecord p) {
        e.changes().editSlip(p.id(), Slips.slip(p.umr(), "edit " + random.nextInt(1_000_000)));
        return true;
    }

    private List<Supplier<Boolean>> underwriterOptions(Actor a) {
        SyncEngine e = a.engine();
        String org = a.organisation().toString();
        List<Supplier<Boolean>> out = new ArrayList<>();
        var busy = e.store().outbox().unfinishedAggregates();
        List<ServerCopy> copies = e.store().copies().all().stream().map(Stored::value).toList();
        for (ServerCopy c : copies) {
            if (c.entityType().equals("QUOTE") && c.doc().path("reinsurerId").asText().equals(org)
                    && c.doc().path("status").asText().equals("REQUESTED") && !busy.contains("QUOTE:" + c.entityId())) {
                out.add(() -> {
                    e.changes().submitQuote(c.entityId(), new QuoteTermsRequest(Money.of("1200000.00", "CNY"), "0.24",
                            String.valueOf(20 + random.nextInt(60)), "As per slip", List.of("Survey"),
                            Instant.now().plus(30, ChronoUnit.DAYS)));
                    return true;
                });
            }
            if (c.entityType().equals("LINE") && c.doc().path("reinsurerId").asText().equals(org)
                    && List.of("WRITTEN", "AMENDED").contains(c.doc().path("status").asText())) {
                Supplier<Boolean> amend = () -> {
                    e.changes().amendLine(c.entityId(), new LineAmendRequest(String.valueOf(5 + random.nextInt(40)),
                            random.nextBoolean(), "amended " + random.nextInt(1000)));
                    return true;
                };
                out.add(amend);
                out.add(amend);
                out.add(amend);
            }
        }
        for (ServerCopy c : copies) {
            if (!c.entityType().equals("PLACEMENT")) {
                continue;
            }
            String status = c.doc().path("status").asText();
            if (!status.equals("FIRM_ORDER") && !status.equals("SUBSCRIBING")) {
                continue;
            }
            boolean hasLine = copies.stream().anyMatch(l -> l.entityType().equals("LINE")
                    && l.placementId().equals(c.entityId()) && l.doc().path("reinsurerId").asText().equals(org));
            boolean writing = e.store().projections().lines().forPlacement(c.entityId()).stream()
                    .anyMatch(l -> busy.contains("LINE:" + l.id()));
            if (!hasLine && !writing) {
                out.add(() -> {
                    e.changes().writeLine(c.entityId(), new LineWriteRequest(String.valueOf(10 + random.nextInt(30)),
                            random.nextBoolean(), "As lead terms", a.username() + "-" + random.nextInt(1000), null));
                    return true;
                });
            }
        }
        return out;
    }
}
