package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.sync.fault.Fault;
import io.redesk.app.sync.fault.FaultPlan;
import io.redesk.app.sync.fault.FaultProxy;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    void threeUsersConvergeThroughFaultsWithEveryChangeAppliedExactlyOnce() throws Exception {
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
            List<Long> marks = new ArrayList<>();
            try {
                for (int i = 0; i < users.length; i++) {
                    FaultProxy proxy = FaultProxy.start(exchange.port(), FaultPlan.none());
                    proxy.maxDelay(Duration.ofMillis(30));
                    proxies.add(proxy);
                    ExchangeClient client = Clients.loggedIn(proxy.baseUrl(), users[i]);
                    clients.add(client);
                    marks.add(Convergence.auditMark(client));
                    Vault vault = Clients.vault(dir.resolve("vaults"), "user" + i);
                    vaults.add(vault);
                    actors.add(new Workload.Actor(users[i], orgs[i], new SyncEngine(vault, client, Clients.fastConfig())));
                    proxy.plan(FaultPlan.everyKind(seed + i, 0.2));
                }
                List<Workload> works = new ArrayList<>();
                for (int i = 0; i < actors.size(); i++) {
                    works.add(new Workload(seed + 100 + i));
                }
                AtomicInteger made = new AtomicInteger();
                AtomicInteger steps = new AtomicInteger();
                ExecutorService people = Executors.newFixedThreadPool(actors.size() + 1);
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < actors.size(); i++) {
                    Workload.Actor a = actors.get(i);
                    Workload w = works.get(i);
                    running.add(people.submit(() -> {
                        int n = 0;
                        while (made.get() < MUTATIONS) {
                            int before = w.mutations();
                            boolean acted = w.act(a);
                            made.addAndGet(w.mutations() - before);
                            steps.incrementAndGet();
                            if (!acted || ++n % 5 == 0) {
                                a.engine().runCycle();
                                w.tidy(a);
                            }
                            if (!acted) {
                                Thread.sleep(30); // nothing to do until the others move: do not spin
                            }
                        }
                        return null;
                    }));
                }
                running.add(people.submit(() -> {
                    while (made.get() < MUTATIONS) {
                        Thread.sleep(150 + random.nextInt(500));
                        FaultProxy p = proxies.get(random.nextInt(proxies.size()));
                        p.offline(!p.isOffline());
                    }
                    return null;
                }));
                for (Future<?> f : running) {
                    f.get(7, TimeUnit.MINUTES);
                }
                people.shutdown();
                Workload work = Workload.total(works);
                LOG.info("{} changes made in {} steps; settling", work.mutations(), steps.get());
                for (FaultProxy p : proxies) {
                    p.offline(false);
                }
                settle(actors, works, 400);
                for (FaultProxy p : proxies) {
                    p.plan(FaultPlan.none());
                }
                settle(actors, works, 100);

                long faults = 0;
                for (Fault f : Fault.values()) {
                    long n = proxies.stream().mapToLong(p -> p.count(f)).sum();
                    if (f != Fault.PASS) {
                        assertThat(n).as(f + " injected").isPositive();
                        faults += n;
                    }
                }
                LOG.info("faults injected {}, rejected and discarded {}, conflicts settled {}", faults, work.discarded(),
                        work.conflictsSettled());
                long batches = proxies.stream().mapToLong(p -> p.requests("/mutation-batches")).sum();
                long faultedBatches = proxies.stream().mapToLong(p -> p.faulted("/mutation-batches")).sum();
                LOG.info("mutation batches sent {}, of which met a fault {}", batches, faultedBatches);
                assertThat(faultedBatches).as("batches that met a fault (the batch path is exercised)").isPositive();
                assertThat(work.mutations()).isGreaterThanOrEqualTo(MUTATIONS);

                long accepted = 0;
                for (int i = 0; i < actors.size(); i++) {
                    SyncStore store = actors.get(i).engine().store();
                    Convergence.assertDrained(store);
                    Convergence.assertVaultEqualsExchange(store, clients.get(i));
                    Convergence.assertExactlyOnce(store, clients.get(i), Users.userId(users[i]), marks.get(i));
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
    private static void settle(List<Workload.Actor> actors, List<Workload> works, int maxRounds) {
        for (int round = 0; round < maxRounds; round++) {
            boolean busy = false;
            for (int i = 0; i < actors.size(); i++) {
                Workload.Actor a = actors.get(i);
                a.engine().runCycle();
                works.get(i).tidy(a);
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
