package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.audit.AuditEvent;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.store.doc.Stored;
import io.redesk.store.outbox.OutboxEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The end-of-test checks: a vault holds exactly the exchange's view for its user, and every change the
 * outbox says was accepted appears exactly once in the exchange's audit log (none lost, none doubled).
 */
final class Convergence {

    /** Audit actions that exactly one accepted outbox entry produces, by op. */
    static String auditAction(OutboxEntry e) {
        Op op = Op.valueOf(e.op());
        return switch (op) {
            case CREATE_PLACEMENT -> "PLACEMENT_CREATED";
            case PUT_SLIP -> "SLIP_VERSION_CREATED";
            case ENDORSE -> "ENDORSEMENT_CREATED";
            case TRANSITION -> "PLACEMENT_" + Mutation.fromJson(e.payload()).body().path("to").asText();
            case ACCEPT_QUOTE -> "QUOTE_ACCEPTED";
            case FIRM_ORDER -> "FIRM_ORDER_PLACED";
            case SUBMIT_QUOTE -> "QUOTE_SUBMITTED";
            case DECLINE_QUOTE -> "QUOTE_DECLINED";
            case PREPARE_QUOTE -> "QUOTE_PREPARING";
            case WRITE_LINE -> "LINE_WRITTEN";
            case AMEND_LINE -> "LINE_AMENDED";
            case WITHDRAW_LINE -> "LINE_WITHDRAWN";
            case INQUIRY -> null; // one QUOTE_REQUESTED per quote, checked through the quotes
            case UPDATE_ACCOUNT -> "ACCOUNT_EDITED";
            case ISSUE_ACCOUNT -> "ACCOUNT_ISSUED";
            case AGREE_ACCOUNT -> "ACCOUNT_AGREED";
            case QUERY_ACCOUNT -> "ACCOUNT_QUERIED";
            case CORRECT_ACCOUNT -> "ACCOUNT_CORRECTED";
            case INSTRUCT_SETTLEMENT -> "SETTLEMENT_INSTRUCTED";
            case CONFIRM_SETTLEMENT -> "SETTLEMENT_CONFIRMED";
            case REQUEST_INVOICE -> "INVOICE_REQUESTED";
            case ISSUE_INVOICE -> "INVOICE_ISSUED";
            case VOID_INVOICE -> "INVOICE_VOIDED";
            case ADVISE_CLAIM -> "CLAIM_ADVISED";
            case MOVE_RESERVE -> "CLAIM_RESERVE_MOVED";
            case REGISTER_CLAIM -> "CLAIM_REGISTERED";
            case REQUEST_CLAIM_PAYMENT -> "CLAIM_PAYMENT_REQUESTED";
            default -> null; // not one audit action per change: checked through the exchange's documents
        };
    }

    static String auditEntity(OutboxEntry e) {
        Op op = Op.valueOf(e.op());
        return op == Op.ACCEPT_QUOTE ? Mutation.fromJson(e.payload()).targetId() : e.aggregateId();
    }

    /** The entity types this check compares; every finance kind (accounts, claims, movements…) has its own test. */
    private static final java.util.Set<String> PLACEMENT_KINDS = java.util.Set.of("PLACEMENT", "QUOTE", "LINE");

    private Convergence() {
    }

    /** The vault's copies equal what the exchange shows this user now, entity by entity. */
    static void assertVaultEqualsExchange(SyncStore store, ExchangeClient client) {
        Map<String, JsonNode> exchange = new TreeMap<>();
        List<Placement> placements = client.placements().listAll(null).toList();
        for (Placement p : placements) {
            exchange.put("PLACEMENT:" + p.id(), store.wire().valueToTree(p));
            for (Line l : client.lines().listAll(p.id()).toList()) {
                exchange.put("LINE:" + l.id(), store.wire().valueToTree(l));
            }
        }
        for (Quote q : client.quotes().listAll(null).toList()) {
            exchange.put("QUOTE:" + q.id(), store.wire().valueToTree(q));
        }
        Map<String, JsonNode> vault = new TreeMap<>();
        for (Stored<ServerCopy> s : store.copies().all()) {
            if (PLACEMENT_KINDS.contains(s.value().entityType())) { // finance kinds: FinanceSyncTest
                vault.put(s.id(), s.value().doc());
            }
        }
        assertThat(vault.keySet()).as("entities in the vault vs the exchange's view").isEqualTo(exchange.keySet());
        for (Map.Entry<String, JsonNode> e : exchange.entrySet()) {
            assertThat(text(store, vault.get(e.getKey()))).as("vault copy of " + e.getKey())
                    .isEqualTo(text(store, e.getValue()));
        }
        // and the screens show the same thing
        for (Placement p : placements) {
            assertThat(store.projections().placements().find(p.id().toString())).as("projection of " + p.id())
                    .hasValueSatisfying(s -> assertThat(s.value()).isEqualTo(Projections.placementRecord(p)));
        }
    }

    /** Canonical text of a document (number node kinds differ between a parsed and a mapped tree). */
    private static String text(SyncStore store, JsonNode n) {
        try {
            return store.wire().writeValueAsString(store.wire().readTree(store.wire().writeValueAsString(n)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The audit log's last sequence number this user can see: events after it are the test's. */
    static long auditMark(ExchangeClient client) {
        long last = 0;
        var it = client.audit().from(null);
        while (it.hasNext()) {
            last = it.next().seq();
        }
        return last;
    }

    /**
     * Every accepted entry appears exactly once in the audit log under this user, and the user has no
     * other event of those kinds after {@code sinceSeq} (none doubled, none invented).
     */
    static void assertExactlyOnce(SyncStore store, ExchangeClient client, String userId, long sinceSeq) {
        List<OutboxEntry> done = store.outbox().withStatus(OutboxEntry.Status.DONE);
        Map<String, Integer> expected = new HashMap<>();
        Set<String> actions = new java.util.HashSet<>();
        for (OutboxEntry e : done) {
            String action = auditAction(e);
            if (action != null) {
                expected.merge(action + " " + auditEntity(e), 1, Integer::sum);
                actions.add(action);
            }
        }
        Map<String, Integer> actual = new HashMap<>();
        var it = client.audit().from(null);
        while (it.hasNext()) {
            AuditEvent ev = it.next();
            if (ev.seq() <= sinceSeq || ev.redacted() || !userId.equals(ev.actorUserId())
                    || !actions.contains(ev.action())) {
                continue;
            }
            actual.merge(ev.action() + " " + ev.entityId(), 1, Integer::sum);
        }
        assertThat(new TreeMap<>(actual)).as("audit events of accepted changes (action entity -> count)")
                .isEqualTo(new TreeMap<>(expected));
    }

    /** Nothing waits in the outbox, nothing is stuck as rejected, no conflict is open. */
    static void assertDrained(SyncStore store) {
        assertThat(store.outbox().unfinished()).as("unfinished outbox entries").isEmpty();
        assertThat(store.conflicts().open()).as("open conflicts").isEmpty();
    }
}
