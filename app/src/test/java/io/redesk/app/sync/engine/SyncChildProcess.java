package io.redesk.app.sync.engine;

import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.vault.Vault;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The client process of the kill test, run in a child JVM on the test class path: opens its vault,
 * makes random broker changes up to a target count while syncing without pause, and appends the client
 * mutation id of each committed change to a journal (after the commit, so the journal never names a
 * change the vault does not hold). {@code finish} mode only syncs until nothing waits, then exits 0.
 * A {@link ParentWatchdog} halts it when the test JVM is gone (its stdin reaches end-of-file), so a
 * crashed or killed build leaves no client process behind.
 *
 * <p>Args: appData profile baseUrl targetMutations seed work|finish journalFile
 */
public final class SyncChildProcess {

    private SyncChildProcess() {
    }

    public static void main(String[] args) throws IOException {
        Path appData = Path.of(args[0]);
        String profile = args[1];
        String baseUrl = args[2];
        int target = Integer.parseInt(args[3]);
        long seed = Long.parseLong(args[4]);
        boolean finish = args[5].equals("finish");
        Path journal = Path.of(args[6]);
        // never outlive the test JVM: it holds our stdin open until it exits or dies
        ParentWatchdog.start(Duration.ofMinutes(15));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Vault vault = Clients.vault(appData, profile);
        ExchangeClient client = Clients.loggedIn(baseUrl, Users.BROKER);
        SyncEngine engine = new SyncEngine(vault, client, Clients.fastConfig());
        out.println("READY");
        Workload work = new Workload(seed, true);
        Workload.Actor broker = new Workload.Actor(Users.BROKER, DemoSeed.LUJIAZUI, engine);
        if (finish) {
            for (int round = 0; round < 2_000; round++) {
                engine.runCycle();
                work.tidy(broker);
                if (engine.store().outbox().unfinished().isEmpty() && engine.state().online()) {
                    engine.runCycle();
                    out.println("DONE");
                    engine.close();
                    vault.close();
                    client.close();
                    System.exit(0);
                }
                Clients.sleep(10);
            }
            out.println("NOT DRAINED");
            System.exit(2);
        }
        int step = 0;
        while (true) {
            long made = engine.store().outbox().count(OutboxEntry.Status.DONE) + engine.store().outbox().unfinished().size();
            if (made < target) {
                var before = new java.util.HashSet<String>();
                engine.store().outbox().unfinished().forEach(e -> before.add(e.clientMutationId()));
                if (work.act(broker)) {
                    for (OutboxEntry e : engine.store().outbox().unfinished()) {
                        if (before.add(e.clientMutationId())) {
                            Files.writeString(journal, e.clientMutationId() + "\n", StandardCharsets.UTF_8,
                                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        }
                    }
                }
            }
            if (++step % 3 == 0 || made >= target) {
                engine.runCycle();
                work.tidy(broker);
            }
        }
    }
}
