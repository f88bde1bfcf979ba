package io.redesk.app.sync.engine;

import io.redesk.sdk.model.feed.ChangePage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.sqlite.SQLiteConfig;

/**
 * The physical floor of a first sync (issue 11), for the benchmarks only: the same feed pages fetched
 * and parsed by the SDK (the next page fetched while the current one is written, as the engine does),
 * the same payloads sealed with AES-256-GCM (JDK, a random 96-bit nonce per record, the row's id as
 * associated data) and written with a plain batched SQLite insert into as many tables as the engine
 * writes, one transaction per page, with the vault's durability (WAL, {@code synchronous=FULL}) and
 * page cache. Nothing of the vault's own writer is used: no envelope, no plaintext columns, no blind
 * index, no cursor. Each table is {@code (id TEXT PRIMARY KEY, payload BLOB)}: a
 * store that finds records by their id cannot do with less.
 */
final class PhysicalFloor implements AutoCloseable {

    /** One row the floor writes: table, id, and the record whose JSON is the payload. */
    record Row(String table, String id, Object value) {
    }

    /**
     * Cost of one run: wall time without the untimed row building, and (records done, nanoTime and
     * process CPU time, both less the untimed time so far) after each page, from {@code start} and
     * {@code cpuStart}.
     */
    record Result(long records, double seconds, long start, List<long[]> progress, double cpuSeconds, long cpuStart) {
    }

    /** The vault's JSON settings (a record type's shape), not its writer. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = io.redesk.store.doc.Json.mapper();

    private final Connection c;
    private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
    private final Cipher gcm;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    PhysicalFloor(Path file, List<String> tables) throws Exception {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // The vault's page cache and checkpoint interval: with SQLite's defaults (2 MB cache) the floor's own
        // UUID primary keys outgrew the cache and its cost per record tripled over 100,000 records.
        cfg.setCacheSize(-io.redesk.store.db.Database.CACHE_KIB);
        cfg.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, String.valueOf(io.redesk.store.db.Database.WAL_AUTOCHECKPOINT_PAGES));
        java.util.Properties p = cfg.toProperties();
        p.setProperty("jdbc.get_generated_keys", "false");
        c = new SQLiteConfig(p).createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            for (String t : tables) {
                s.execute("CREATE TABLE " + t + " (id TEXT PRIMARY KEY NOT NULL, payload BLOB NOT NULL)");
            }
        }
        for (String t : tables) {
            // a later version of a document replaces the earlier one, as in the engine
            inserts.put(t, c.prepareStatement("INSERT OR REPLACE INTO " + t + " (id, payload) VALUES (?, ?)"));
        }
        c.setAutoCommit(false);
        KeyGenerator kg = KeyGenerator.getInstance("AES");
        kg.init(256);
        key = kg.generateKey();
        gcm = Cipher.getInstance("AES/GCM/NoPadding");
    }

    /**
     * Fetches every page from the start of the feed, turns each into rows (untimed: the records the
     * engine would build) and writes them (timed: JSON, AES-GCM, insert, commit); the fetches overlap
     * the writes.
     */
    Result run(Function<String, ChangePage> fetch, Function<ChangePage, List<Row>> rows) throws Exception {
        ExecutorService prefetch = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "floor-prefetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<long[]> progress = new ArrayList<>();
            long cpu0 = processCpu();
            long t0 = System.nanoTime();
            long done = 0;
            long untimed = 0;
            long untimedCpu = 0; // the row building's own CPU time (its wall time also counts waiting for a core)
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            ChangePage page = fetch.apply(null);
            while (true) {
                CompletableFuture<ChangePage> next = null;
                if (page.hasMore()) {
                    String from = page.nextCursor();
                    next = CompletableFuture.supplyAsync(() -> fetch.apply(from), prefetch);
                }
                long u = System.nanoTime();
                long uc = threads.getCurrentThreadCpuTime();
                List<Row> batch = rows.apply(page);
                untimed += System.nanoTime() - u;
                untimedCpu += threads.getCurrentThreadCpuTime() - uc;
                write(batch);
                done += page.items().size();
                progress.add(new long[] {done, System.nanoTime() - untimed, processCpu() - untimedCpu});
                if (next == null) {
                    // the process's CPU (this thread, the prefetch and the exchange serving the pages), less
                    // the untimed row building's CPU
                    return new Result(done, (System.nanoTime() - t0 - untimed) / 1e9, t0, progress,
                            (processCpu() - cpu0 - untimedCpu) / 1e9, cpu0);
                }
                page = next.join();
            }
        } finally {
            prefetch.shutdownNow();
        }
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void write(List<Row> batch) throws Exception {
        for (PreparedStatement ps : inserts.values()) {
            ps.clearBatch();
        }
        for (Row r : batch) {
            PreparedStatement ps = inserts.get(r.table());
            ps.setString(1, r.id());
            ps.setBytes(2, seal(r.id(), JSON.writeValueAsBytes(r.value())));
            ps.addBatch();
        }
        for (PreparedStatement ps : inserts.values()) {
            ps.executeBatch();
        }
        c.commit();
    }

    private byte[] seal(String id, byte[] plain) throws Exception {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        gcm.updateAAD(id.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[12 + gcm.getOutputSize(plain.length)];
        System.arraycopy(nonce, 0, out, 0, 12);
        gcm.doFinal(plain, 0, plain.length, out, 12);
        return out;
    }

    long count(String table) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
