package io.redesk.exchange.account;

import io.redesk.domain.money.Share;
import io.redesk.domain.party.Role;
import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.exchange.audit.AuditLog;
import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.feed.ChangeFeed;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.Json;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.line.LineStore;
import io.redesk.exchange.party.Directory;
import io.redesk.exchange.placement.PlacementStore;
import io.redesk.exchange.placement.Visibility;
import io.redesk.sdk.model.account.AccountShare;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.sdk.model.placement.Placement;
import org.jdbi.v3.core.Handle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the accounts routes share: the one visibility rule of accounts (DESIGN §3: the placing broker,
 * the cedent and the exchange see every share; a participant sees the account at 100% and only its own
 * share; anyone else gets 404), the participants of a placement in written order, and publishing a
 * change to the feed and the audit log with the same audiences. Audit events of accounts carry no
 * amounts and no reasons, only a random nonce, so a redacted event's digest cannot be confirmed by
 * guessing its content.
 */
public final class Accounts {
    private final AccountStore store;
    private final PlacementStore placements;
    private final LineStore lines;
    private final Directory dir;
    private final ChangeFeed feed;
    private final AuditLog audit;
    private final Json json;

    public Accounts(AccountStore store, PlacementStore placements, LineStore lines, Directory dir, ChangeFeed feed, AuditLog audit, Json json) {
        this.store = store;
        this.placements = placements;
        this.lines = lines;
        this.dir = dir;
        this.feed = feed;
        this.audit = audit;
        this.json = json;
    }

    public AccountStore store() {
        return store;
    }

    public PlacementStore placements() {
        return placements;
    }

    public Directory directory() {
        return dir;
    }

    public Json json() {
        return json;
    }

    /** The account as the organisation may see it, or null when it may not see it at all. */
    public static TechnicalAccount view(TechnicalAccount a, UUID orgId, boolean exchange) {
        Visibility.AccountView v = Visibility.account(orgId, exchange, a.brokerId(), a.cedentId(),
                a.shares().stream().map(AccountShare::participantId).toList());
        if (v == Visibility.AccountView.ALL_SHARES) {
            return a;
        }
        if (v == Visibility.AccountView.NONE) {
            return null;
        }
        List<AccountShare> own = a.shares().stream().filter(s -> s.participantId().equals(orgId)).toList();
        return new TechnicalAccount(a.id(), a.placementId(), a.contractReference(), a.section(), a.period(), a.currency(), a.instalment(),
                a.accountVersion(), a.kind(), a.reversesId(), a.supersedesId(), a.supersededById(), a.status(), a.cedentId(), a.brokerId(),
                a.items(), a.statedBalance(), a.balance(), a.memoTotal(), a.statedDifference(), a.flagged(), a.direction(), own,
                a.registration(), a.createdAt(), a.issuedAt(), a.version());
    }

    /** The stored account the caller may see (404 otherwise), unfiltered. */
    public TechnicalAccount visible(Handle h, Caller caller, UUID id) {
        TechnicalAccount a = store.account(h, id).orElseThrow(ApiProblem::notFound);
        if (view(a, caller.organisationId(), caller.isExchange()) == null) {
            throw ApiProblem.notFound();
        }
        return a;
    }

    /** The placing broker prepares accounts: a BROKER or FINANCE user of the placement's broker. */
    public static void requirePreparer(Caller caller, TechnicalAccount a, String action) {
        requirePreparer(caller, a.brokerId(), action);
    }

    public static void requirePreparer(Caller caller, UUID brokerId, String action) {
        if (!caller.organisationId().equals(brokerId) || !(caller.has(Role.BROKER) || caller.has(Role.FINANCE))) {
            throw ApiProblem.forbidden("only a BROKER or FINANCE user of the placing broker may " + action);
        }
    }

    /** FINANCE of the given organisation acts on accounts, settlement and invoices. */
    public static void requireFinance(Caller caller, UUID orgId, String action) {
        if (!caller.organisationId().equals(orgId) || !caller.has(Role.FINANCE)) {
            throw ApiProblem.forbidden("only a FINANCE user of the organisation concerned may " + action);
        }
    }

    /** The signed lines of a placement, in written order, with the pool members of each pool line. */
    public List<AccountDraft.Participant> participants(Handle h, UUID placementId) {
        List<AccountDraft.Participant> out = new ArrayList<>();
        for (Line l : lines.forPlacement(h, placementId)) {
            if (l.status() != LineStatus.SIGNED || l.signedShare() == null || Share.of(l.signedShare()).isZero()) {
                continue;
            }
            List<io.redesk.domain.signing.PoolMember> members = dir.poolMembers(h, l.reinsurerId()).stream()
                    .map(pm -> new io.redesk.domain.signing.PoolMember(pm.organisationId().toString(), Share.of(pm.share()))).toList();
            out.add(new AccountDraft.Participant(l.reinsurerId(), Share.of(l.signedShare()), members));
        }
        return out;
    }

    /** The order share of a signed placement (after any reduction at signing). */
    public static Share orderShare(Placement p) {
        return p.firmOrder() == null ? Share.HUNDRED : Share.of(p.firmOrder().orderShare());
    }

    /** A draft of the stored account with the placement's current participants and order. */
    public AccountDraft draft(Handle h, TechnicalAccount a) {
        Placement p = placements.find(h, a.placementId()).orElseThrow();
        return AccountDraft.of(a, orderShare(p), participants(h, a.placementId()));
    }

    /**
     * Records an account change: the full account to the placing side and the exchange, and to each
     * participant its own view as a change only it receives. The audit event goes to {@code auditAudience}
     * (null: every party).
     */
    public void publish(Mutation m, TechnicalAccount a, String action, Collection<UUID> auditAudience) {
        publishShared(m, ChangeFeed.EntityType.TECHNICAL_ACCOUNT, a.id(), a.placementId(), action, a, a.brokerId(), a.cedentId(),
                a.shares().stream().map(AccountShare::participantId).toList(), (doc, org) -> view(doc, org, false), auditAudience);
    }

    /**
     * Records a change of a resource split into participants' shares (an account, a reserve movement, a cash
     * call): the whole document to the placing broker and cedent and the exchange, and to each participant
     * {@code ownView} of it as a change only that participant receives, so no participant's feed holds another's
     * amount. The audit event goes to {@code auditAudience} with the placing side and the exchange (null: every party).
     */
    public <T> void publishShared(Mutation m, ChangeFeed.EntityType type, UUID id, UUID placementId, String action, T doc, UUID brokerId,
                                  UUID cedentId, Collection<UUID> participants, java.util.function.BiFunction<T, UUID, T> ownView,
                                  Collection<UUID> auditAudience) {
        Map<UUID, Boolean> placing = new LinkedHashMap<>();
        placing.put(brokerId, false);
        placing.put(cedentId, false);
        UUID exchange = dir.exchangeId(m.h());
        if (exchange != null) {
            placing.put(exchange, false);
        }
        feed.record(m.h(), type, id, placementId, action, m.nowText(), json.text(doc), null, placing);
        Set<UUID> all = new LinkedHashSet<>(placing.keySet());
        for (UUID participant : participants) {
            if (placing.containsKey(participant) || !all.add(participant)) {
                continue;
            }
            feed.record(m.h(), type, id, placementId, action, m.nowText(), json.text(ownView.apply(doc, participant)), null,
                    Map.of(participant, false));
        }
        audit(m, action, type.name(), id, auditAudience == null ? all : withExchange(m.h(), brokerId, cedentId, auditAudience));
    }

    private Set<UUID> withExchange(Handle h, UUID brokerId, UUID cedentId, Collection<UUID> audience) {
        Set<UUID> s = new LinkedHashSet<>(List.of(brokerId, cedentId));
        UUID exchange = dir.exchangeId(h);
        if (exchange != null) {
            s.add(exchange);
        }
        s.addAll(audience);
        return s;
    }

    /** Records a claim, settlement or invoice change for one audience (the exchange added). */
    public void publishOther(Mutation m, ChangeFeed.EntityType type, UUID id, UUID placementId, String action, Object doc,
                             Collection<UUID> audience) {
        Map<UUID, Boolean> aud = new LinkedHashMap<>();
        for (UUID o : audience) {
            aud.put(o, false);
        }
        UUID exchange = dir.exchangeId(m.h());
        if (exchange != null) {
            aud.put(exchange, false);
        }
        feed.record(m.h(), type, id, placementId, action, m.nowText(), json.text(doc), null, aud);
        audit(m, action, type.name(), id, aud.keySet());
    }

    private void audit(Mutation m, String action, String type, UUID id, Collection<UUID> audience) {
        audit.append(m.h(), m.nowText(), m.actor(), action, type, id, "nonce " + UUID.randomUUID(), new ArrayList<>(audience), false);
    }

    /** Moves through a {@code domain} workflow; 409 ILLEGAL_TRANSITION with the domain's explanation when it refuses. */
    public static <T> T move(Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalTransitionException e) {
            throw ApiProblem.conflict("ILLEGAL_TRANSITION", e.getMessage());
        }
    }

    /** A domain validation failure as a 422 naming the first field, with the domain's code in upper snake case. */
    public static ApiProblem rule(io.redesk.domain.validation.ValidationException e) {
        var first = e.errors().get(0);
        String code = first.code().replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(java.util.Locale.ROOT);
        return ApiProblem.rule(code, first.field(), first.message());
    }
}
