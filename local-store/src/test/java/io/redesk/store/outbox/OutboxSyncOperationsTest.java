package io.redesk.store.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.doc.Json;
import io.redesk.store.testing.TestVaults;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox operations the sync engine needs beyond enqueue / due / mark. */
class OutboxSyncOperationsTest {

    @TempDir
    Path appData;

    private Vault vault;
    private Outbox outbox;

    @BeforeEach
    void open() {
        vault = TestVaults.create(appData, CryptoSuite.INTERNATIONAL);
        outbox = new Outbox(vault);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @Test
    void unfinishedListsPendingAndRejectedInPushOrderButNotAccepted() throws Exception {
        outbox.enqueue("a", "PLACEMENT", "p1", "CREATE", json("{}"));
        outbox.enqueue("b", "PLACEMENT", "p1", "EDIT", json("{}"));
        outbox.enqueue("c", "LINE", "l1", "WRITE", json("{}"));
        outbox.markDone("a");
        outbox.markFailed("c", "HTTP 400");
        assertThat(outbox.unfinished()).extracting(OutboxEntry::clientMutationId).containsExactly("b", "c");
        assertThat(outbox.withStatus(OutboxEntry.Status.DONE)).extracting(OutboxEntry::clientMutationId).containsExactly("a");
        assertThat(outbox.count(OutboxEntry.Status.FAILED)).isEqualTo(1);
        assertThat(outbox.unfinishedAggregates()).containsExactlyInAnyOrder("PLACEMENT:p1", "LINE:l1");
    }

    @Test
    void hasUnfinishedIsTrueUntilEveryEntryOfTheAggregateIsAccepted() throws Exception {
        outbox.enqueue("a", "PLACEMENT", "p1", "CREATE", json("{}"));
        outbox.enqueue("b", "PLACEMENT", "p1", "EDIT", json("{}"));
        outbox.enqueue("c", "LINE", "p1", "WRITE", json("{}"));
        assertThat(outbox.hasUnfinished("PLACEMENT", "p1")).isTrue();
        outbox.markDone("a");
        outbox.markFailed("b", "HTTP 400");
        assertThat(outbox.hasUnfinished("PLACEMENT", "p1")).as("a rejected entry still holds its aggregate").isTrue();
        outbox.remove("b");
        assertThat(outbox.hasUnfinished("PLACEMENT", "p1")).isFalse();
        assertThat(outbox.hasUnfinished("LINE", "p1")).as("same id, other aggregate type").isTrue();
        assertThat(outbox.hasUnfinished("PLACEMENT", "p2")).isFalse();
    }

    @Test
    void unfinishedForListsTheAggregatesWaitingEntriesInPushOrder() throws Exception {
        outbox.enqueue("a", "PLACEMENT", "p1", "CREATE", json("{}"));
        outbox.enqueue("b", "PLACEMENT", "p1", "EDIT", json("{}"));
        outbox.enqueue("c", "PLACEMENT", "p2", "EDIT", json("{}"));
        outbox.enqueue("d", "PLACEMENT", "p1", "EDIT", json("{}"));
        outbox.markDone("a");
        outbox.markFailed("d", "HTTP 409");
        assertThat(outbox.unfinishedFor("PLACEMENT", "p1")).extracting(OutboxEntry::clientMutationId)
                .containsExactly("b", "d");
        outbox.markDone("b");
        assertThat(outbox.unfinishedFor("PLACEMENT", "p1")).extracting(OutboxEntry::clientMutationId).containsExactly("d");
        assertThat(outbox.unfinishedFor("LINE", "p1")).isEmpty();
    }

    @Test
    void reassignAggregateMovesEveryEntryOfTheTemporaryId() throws Exception {
        outbox.enqueue("a", "PLACEMENT", "tmp", "CREATE", json("{}"));
        outbox.enqueue("b", "PLACEMENT", "tmp", "EDIT", json("{}"));
        outbox.enqueue("c", "PLACEMENT", "other", "EDIT", json("{}"));
        assertThat(vault.transaction(() -> outbox.reassignAggregate("PLACEMENT", "tmp", "server-1"))).isEqualTo(2);
        assertThat(outbox.forAggregate("PLACEMENT", "server-1")).extracting(OutboxEntry::clientMutationId)
                .containsExactly("a", "b");
        assertThat(outbox.forAggregate("PLACEMENT", "tmp")).isEmpty();
    }

    @Test
    void replacePayloadKeepsOpAndOrderAndRefusesAcceptedEntries() throws Exception {
        outbox.enqueue("a", "PLACEMENT", "p1", "EDIT", json("{\"v\":1}"));
        outbox.enqueue("b", "PLACEMENT", "p1", "EDIT", json("{\"v\":2}"));
        outbox.replacePayload("a", json("{\"v\":1,\"baseVersion\":7}"));
        OutboxEntry a = outbox.find("a").orElseThrow();
        assertThat(a.op()).isEqualTo("EDIT");
        assertThat(a.payload().get("baseVersion").asLong()).isEqualTo(7);
        assertThat(outbox.unfinished()).extracting(OutboxEntry::clientMutationId).containsExactly("a", "b");
        outbox.markDone("a");
        assertThatThrownBy(() -> outbox.replacePayload("a", json("{}"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already accepted");
    }

    @Test
    void replacePayloadWithAKnownOpNeedsNoReadAndStillRefusesAcceptedOrMissingEntries() throws Exception {
        outbox.enqueue("a", "PLACEMENT", "p1", "EDIT", json("{\"v\":1}"));
        outbox.enqueue("b", "PLACEMENT", "p1", "EDIT", json("{\"v\":2}"));
        JsonNode based = json("{\"v\":2,\"baseVersion\":8}");
        vault.transaction(() -> outbox.replacePayload("b", "EDIT", based));
        OutboxEntry b = outbox.find("b").orElseThrow();
        assertThat(b.op()).isEqualTo("EDIT");
        assertThat(b.payload().get("baseVersion").asLong()).isEqualTo(8);
        assertThat(b.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(outbox.unfinished()).extracting(OutboxEntry::clientMutationId).containsExactly("a", "b");
        outbox.markDone("b");
        assertThatThrownBy(() -> outbox.replacePayload("b", "EDIT", json("{}"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already accepted");
        assertThatThrownBy(() -> outbox.replacePayload("nope", "EDIT", json("{}"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing");
        assertThat(outbox.find("b").orElseThrow().payload().get("baseVersion").asLong()).isEqualTo(8);
    }

    @Test
    void resendGivesARejectedEntryANewKeyInItsOldPlace() throws Exception {
        outbox.enqueue("a", "PLACEMENT", "p1", "EDIT", json("{\"v\":1}"));
        outbox.enqueue("b", "PLACEMENT", "p1", "EDIT", json("{\"v\":2}"));
        outbox.markFailed("a", "HTTP 412 conflict");
        outbox.resend("a", "a2", json("{\"v\":3}"));
        List<OutboxEntry> open = outbox.unfinished();
        assertThat(open).extracting(OutboxEntry::clientMutationId).containsExactly("a2", "b");
        OutboxEntry a2 = open.get(0);
        assertThat(a2.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(a2.attempts()).isZero();
        assertThat(a2.lastError()).isNull();
        assertThat(a2.payload().get("v").asInt()).isEqualTo(3);
        assertThat(outbox.find("a")).isEmpty();
    }

    @Test
    void removeDropsOnlyUnfinishedEntries() throws Exception {
        outbox.enqueue("a", "PLACEMENT", "p1", "CREATE", json("{}"));
        outbox.enqueue("b", "PLACEMENT", "p1", "EDIT", json("{}"));
        outbox.markDone("a");
        outbox.markFailed("b", "HTTP 400");
        assertThat(outbox.remove("a")).isFalse();
        assertThat(outbox.remove("b")).isTrue();
        assertThat(outbox.unfinished()).isEmpty();
        assertThat(outbox.find("a")).isPresent();
    }
}
