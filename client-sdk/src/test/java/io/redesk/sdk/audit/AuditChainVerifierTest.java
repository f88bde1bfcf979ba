package io.redesk.sdk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.sdk.model.audit.AuditEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

    /** Builds a valid chain the way the contract describes it, independently of the verifier's code path. */
    private static List<AuditEvent> chain(int n) {
        List<AuditEvent> events = new ArrayList<>();
        String prev = "0".repeat(64);
        for (int i = 1; i <= n; i++) {
            String at = "2026-11-27T08:00:0" + (i % 10) + ".000Z";
            String content = "u" + i + "\norg-" + i + "\nPLACEMENT_CREATED\nPLACEMENT\np-" + i + "\ndetail " + i;
            String digest = AuditChainVerifier.sha256Hex(content);
            String hash = AuditChainVerifier.sha256Hex(prev + "\n" + i + "\n" + at + "\n" + digest);
            events.add(new AuditEvent(i, at, false, "u" + i, "org-" + i, "PLACEMENT_CREATED", "PLACEMENT", "p-" + i,
                    "detail " + i, digest, prev, hash));
            prev = hash;
        }
        return events;
    }

    private static AuditEvent redact(AuditEvent e) {
        return new AuditEvent(e.seq(), e.occurredAt(), true, null, null, null, null, null, null, e.contentDigest(),
                e.prevHash(), e.hash());
    }

    @Test
    void verifiesAnIntactChainAndReportsItsHead() {
        List<AuditEvent> events = chain(5);
        AuditChainVerifier v = AuditChainVerifier.fromGenesis();
        events.forEach(v::accept);
        assertThat(v.lastSeq()).isEqualTo(5);
        assertThat(v.lastHash()).isEqualTo(events.get(4).hash());
        assertThat(v.verifiedCount()).isEqualTo(5);
    }

    @Test
    void redactedEventsStillLinkTheChain() {
        List<AuditEvent> events = chain(3);
        events.set(1, redact(events.get(1)));
        AuditChainVerifier v = AuditChainVerifier.fromGenesis();
        events.forEach(v::accept);
        assertThat(v.redactedCount()).isEqualTo(1);
    }

    @Test
    void detectsAlteredContent() {
        List<AuditEvent> events = chain(3);
        AuditEvent e = events.get(1);
        events.set(1, new AuditEvent(e.seq(), e.occurredAt(), false, e.actorUserId(), e.actorOrganisationId(),
                "QUOTE_ACCEPTED", e.entityType(), e.entityId(), e.detail(), e.contentDigest(), e.prevHash(), e.hash()));
        AuditChainVerifier v = AuditChainVerifier.fromGenesis();
        v.accept(events.get(0));
        assertThatThrownBy(() -> v.accept(events.get(1))).isInstanceOfSatisfying(AuditChainBrokenException.class,
                x -> assertThat(x.seq()).isEqualTo(2)).hasMessageContaining("contentDigest");
    }

    @Test
    void detectsARemovedEvent() {
        List<AuditEvent> events = chain(3);
        AuditChainVerifier v = AuditChainVerifier.fromGenesis();
        v.accept(events.get(0));
        assertThatThrownBy(() -> v.accept(events.get(2))).hasMessageContaining("expected seq 2");
    }

    @Test
    void detectsARewrittenTimestamp() {
        List<AuditEvent> events = chain(2);
        AuditEvent e = events.get(0);
        AuditEvent moved = new AuditEvent(1, "2026-11-27T09:00:00.000Z", false, e.actorUserId(),
                e.actorOrganisationId(), e.action(), e.entityType(), e.entityId(), e.detail(), e.contentDigest(),
                e.prevHash(), e.hash());
        assertThatThrownBy(() -> AuditChainVerifier.fromGenesis().accept(moved)).hasMessageContaining("hash");
    }

    @Test
    void resumesFromACheckpoint() {
        List<AuditEvent> events = chain(4);
        AuditChainVerifier v = AuditChainVerifier.after(2, events.get(1).hash());
        v.accept(events.get(2));
        v.accept(events.get(3));
        assertThat(v.lastSeq()).isEqualTo(4);
        assertThatThrownBy(() -> AuditChainVerifier.after(2, events.get(0).hash()).accept(events.get(2)))
                .hasMessageContaining("prevHash");
    }
}
