package io.redesk.app.sync.engine;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.feed.ChangePage;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.LongConsumer;

/**
 * Pulls the exchange's change feed page by page. Each page is applied together with the cursor just
 * after it in one vault transaction (nowinandroid's SyncUtilities): a crash keeps both or neither, so an
 * interrupted first sync resumes where it stopped and no change is applied twice; a page that fails to
 * apply rolls back and stops the pull with the cursor where it was. The next page is fetched while the
 * current one is written, so the network and the disk overlap.
 */
final class Puller {

    /** What one pull did. */
    record Result(long applied, long pages, boolean caughtUp, long financeApplied) {
    }

    private final SyncStore store;
    private final ExchangeClient client;
    private final PageWriter writer;
    private final ExecutorService prefetch;
    private final int batch;

    Puller(SyncStore store, ExchangeClient client, Applier applier, ExecutorService prefetch, int batch) {
        this.store = store;
        this.client = client;
        this.writer = new PageWriter(store, applier);
        this.prefetch = prefetch;
        this.batch = batch;
    }

    Result pull(LongConsumer progress) {
        writer.takeFinanceWritten();
        String cursor = store.cursors().get(SyncStore.FEED_STREAM).orElse(null);
        long applied = 0;
        long pages = 0;
        ChangePage page = fetch(cursor);
        while (true) {
            pages++;
            CompletableFuture<ChangePage> next = null;
            String after = page.nextCursor();
            boolean more = page.hasMore() && after != null && !after.isEmpty() && !Objects.equals(after, cursor);
            if (more) {
                String from = after;
                next = CompletableFuture.supplyAsync(() -> fetch(from), prefetch);
            }
            try {
                applyPage(page);
            } catch (RuntimeException e) {
                if (next != null) {
                    next.cancel(true);
                }
                throw e;
            }
            applied += page.items() == null ? 0 : page.items().size();
            progress.accept(applied);
            if (!more) {
                return new Result(applied, pages, !page.hasMore(), writer.takeFinanceWritten());
            }
            cursor = after;
            try {
                page = next.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    private ChangePage fetch(String since) {
        return client.changes().page(since, batch);
    }

    void applyPage(ChangePage page) {
        store.vault().transaction(() -> {
            if (page.items() != null) {
                writer.write(page.items());
            }
            if (page.nextCursor() != null && !page.nextCursor().isEmpty()) {
                store.cursors().advance(SyncStore.FEED_STREAM, page.nextCursor());
            }
        });
    }
}
