package io.redesk.app.notify;

import io.redesk.app.sync.StatusModel;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.error.NetworkException;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.feed.ChangePage;
import io.redesk.sdk.model.placement.Placement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the exchange's change feed for the signed-in user and turns what concerns them into
 * {@link Notice}s (inbound quote requests and quotes, lines, signing), and keeps the status bar's
 * connection honest: a poll that cannot reach the exchange shows "offline", the next good one
 * "online". It starts at the end of the feed (old business is not news) and keeps its own cursor in
 * memory; the sync engine keeps the durable one. One background thread; UI-free.
 */
public final class ChangeWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);

    private final ExchangeClient client;
    private final UUID me;
    private final Consumer<Notice> sink;
    private final StatusModel status;
    private final String exchangeName;
    private final Map<UUID, String> references = new HashMap<>();
    private ScheduledExecutorService timer;
    private String cursor;
    private boolean caughtUp;

    /**
     * A watcher for organisation {@code me}, telling {@code sink} (on the watcher's thread) and
     * publishing the connection to {@code status} under {@code exchangeName}.
     */
    public ChangeWatcher(ExchangeClient client, UUID me, Consumer<Notice> sink, StatusModel status, String exchangeName) {
        this.client = Objects.requireNonNull(client, "client");
        this.me = Objects.requireNonNull(me, "me");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.status = Objects.requireNonNull(status, "status");
        this.exchangeName = Objects.requireNonNull(exchangeName, "exchangeName");
    }

    /** Polls every {@code period} on a daemon thread, the first poll right away. */
    public synchronized ChangeWatcher start(Duration period) {
        if (timer != null) {
            return this;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "change-watcher");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::pollQuietly, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("change watcher poll failed: {}", e.toString());
        }
    }

    /**
     * Reads every new change; the first call only catches up to the end of the feed. Returns the
     * number of notices sent.
     */
    public synchronized int poll() {
        int sent = 0;
        try {
            ChangePage page;
            do {
                page = client.changes().page(cursor, null);
                for (Change change : page.items()) {
                    if (caughtUp) {
                        sent += tell(change);
                    }
                }
                if (page.nextCursor() != null) {
                    cursor = page.nextCursor();
                }
            } while (page.hasMore());
            caughtUp = true;
            status.update(s -> s.online(exchangeName));
        } catch (NetworkException e) {
            status.update(s -> s.hasExchange() ? s.offline() : s);
            LOG.info("exchange unreachable: {}", e.getMessage());
        }
        return sent;
    }

    private int tell(Change change) {
        return NoticeRules.noticeFor(change, me).map(n -> {
            String ref = n.reference().isEmpty() ? reference(n.placementId()) : n.reference();
            sink.accept(new Notice(n.kind(), n.placementId(), ref, n.detail()));
            return 1;
        }).orElse(0);
    }

    private String reference(UUID placementId) {
        return references.computeIfAbsent(placementId, id -> {
            try {
                Placement p = client.placements().get(id);
                return p.umr() != null ? p.umr() : p.title();
            } catch (RuntimeException e) {
                return "";
            }
        });
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
