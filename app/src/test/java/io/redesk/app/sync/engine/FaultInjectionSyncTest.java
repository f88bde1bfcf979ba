package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.sync.fault.Fault;
import io.redesk.app.sync.fault.FaultPlan;
import io.redesk.app.sync.fault.FaultProxy;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.vault.Vault;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Three users (a broker and two underwriters) make random workflow changes while their connections,
 * each through its own fault-injecting proxy, drop before, after and in the middle of requests, answer
 * 502/503/429, lag and duplicate, and go offline and online. At the end every vault equals the
 * exchange's view for its user, and every change the outbox holds as accepted is in the exchange's
 * audit log exactly once; nothing is left waiting, so nothing was lost.
 *
 * <p>The number of changes is {@code -Dredesk.sync.mutations} (default 2,000, the minimum).
 */
class FaultInjectionSyncTest {

    private static final Logger LOG = LoggerFactory.getLogger(FaultInjectionSyncTest.class);
    static final int MUTATIONS = Integer.getInteger("redesk.sync.mutations", 2_000);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 8, unit = java.util.concurrent.TimeUnit.MINUTES)
    void threeUsersConvergeThroughFaultsWithEveryChangeAppliedExactlyOnce() throws IOException {
        long seed = Long.getLong("redesk.sync.seed", System.nanoTime());
        LOG.info("fault test seed {} (repeat with -Dredesk.sync.seed={})", seed, seed);
        SplittableRandom random = new SplittableRandom(seed);
        try (Exchange exchange = new Exchange(dir.resolve("exchange"))) {
            String[] users = {Users.BROKER, Users.UW_CHINA_RE, Users.UW_PUDONG};
            UUID[] orgs = {DemoSeed.LUJIAZUI, DemoSeed.CHINA_RE, DemoSeed.PUDONG_RE};
            List<FaultProxy> proxies = new ArrayList<>();
            List<ExchangeClient> clients = new ArrayList<>();
            List<Vault> vaults = new ArrayList<>();
            List<Workload.Actor> actors = new ArrayList<>();
            try {
                for (int i = 0; i < users.length; i++) {
                    FaultProxy proxy = FaultProxy.start(exchange.port(), FaultPlan.none());
                    proxy.maxDelay(Duration.ofMillis(30));
                    proxies.add(proxy);
                    ExchangeClient client = Clients.loggedIn(proxy.baseUrl(), users[i]);
                    clients.add(client);
                    Vault vault = Clients.vault(dir.resolve("vaults"), "user" + i);
                    vaults.add(vault);
                    actors.add(new Workload.Actor(users[i], orgs[i], new SyncEngine(vault, client, Clients.fastConfig())));
                    proxy.plan(FaultPlan.everyKind(seed + i, 0.2));
                }
                Workload work = new Workload(seed);
                int steps = 0;
                while (work.mutations() < MUTATIONS) {
                    steps++;
                    Workload.Actor a = actors.get(random.nextInt(actors.size()));
                    if (!work.act(a)) {
                        work.act(actors.get(0)); // the broker always has something to do
                    }
                    if (steps % 7 == 0) {
                        Workload.Actor s = actors.get(random.nextInt(actors.size()));
                        s.engine().runCycle();
                        work.tidy(s);
                    }
                    if (steps % 25 == 0) {
                        FaultProxy p = proxies.get(random.nextInt(proxies.size()));
                        p.offline(!p.isOffline());
                    }
                }
                LOG.info("{} changes made in {} steps; settling", work.mutations(), steps);
                for (FaultProxy p : proxies) {
                    p.offline(false);
                }
                settle(actors, work, 400);
                for (FaultProxy p : proxies) {
                    p.plan(FaultPlan.none());
                }
                settle(actors, work, 100);

                long faults = 0;
                for (FaultProxy p : proxies) {
                    for (Fault f : Fault.values()) {
                        if (f != Fault.PASS) {
                            assertThat(p.count(f)).as(f + " injected").isPositive();
                            faults += p.count(f);
                        }
                    }
                }
                LOG.info("faults injected {}, rejected and discarded {}, conflicts settled {}", faults, work.discarded(),
                        work.conflictsSettled());
                assertThat(work.mutations()).isGreaterThanOrEqualTo(MUTATIONS);

                Set<String> scope = new HashSet<>();
                actors.get(0).engine().store().outbox().withStatus(OutboxEntry.Status.DONE).stream()
                        .filter(e -> e.op().equals(Op.CREATE_PLACEMENT.name())).forEach(e -> scope.add(e.aggregateId()));
                long accepted = 0;
                for (int i = 0; i < actors.size(); i++) {
                    SyncStore store = actors.get(i).engine().store();
                    Convergence.assertDrained(store);
                    Convergence.assertVaultEqualsExchange(store, clients.get(i));
                    Convergence.assertExactlyOnce(store, clients.get(i), Users.userId(users[i]), scope);
                    accepted += store.outbox().count(OutboxEntry.Status.DONE);
                }
                LOG.info("accepted changes {}", accepted);
                assertThat(accepted + work.discarded()).as("every change accepted or knowingly discarded")
                        .isGreaterThan(0);
            } finally {
                for (Workload.Actor a : actors) {
                    a.engine().close();
                }
                vaults.forEach(Vault::close);
                clients.forEach(ExchangeClient::close);
                proxies.forEach(FaultProxy::close);
            }
        }
    }

    /** Cycles every user until nothing waits; the simulated users settle rejections and conflicts as they come. */
    private static void settle(List<Workload.Actor> actors, Workload work, int maxRounds) {
        for (int round = 0; round < maxRounds; round++) {
            boolean busy = false;
            for (Workload.Actor a : actors) {
                a.engine().runCycle();
                work.tidy(a);
                busy |= !a.engine().store().outbox().unfinished().isEmpty();
            }
            if (!busy) {
                for (Workload.Actor a : actors) {
                    a.engine().runCycle();
                }
                boolean stillQuiet = actors.stream().allMatch(a -> a.engine().store().outbox().unfinished().isEmpty()
                        && a.engine().state().online());
                if (stillQuiet) {
                    return;
                }
            }
            Clients.sleep(10);
        }
        throw new AssertionError("the users did not settle in " + maxRounds + " rounds");
    }
}
