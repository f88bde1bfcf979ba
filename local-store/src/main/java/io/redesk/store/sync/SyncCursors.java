package io.redesk.store.sync;

import io.redesk.store.doc.Session;
import io.redesk.store.doc.SessionSource;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * Pull cursors of the exchange's change feed, one per stream. Advance a cursor inside the same
 * {@code vault.transaction(...)} that applies the page it covers, so a crash either keeps both or
 * neither (nowinandroid's SyncUtilities pattern). The opaque cursor is encrypted: servers often
 * encode ids and times in it.
 */
public final class SyncCursors {

    static final String TABLE = "sync_cursors";

    private final SessionSource sessions;

    public SyncCursors(SessionSource sessions) {
        this.sessions = sessions;
    }

    public Optional<String> get(String stream) {
        Session s = sessions.current();
        return s.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version, cursor FROM sync_cursors WHERE stream = ?")) {
                ps.setString(1, stream);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<String>empty();
                    }
                    return Optional.of(new String(s.cipher().open(TABLE, stream, rs.getLong(1), rs.getBytes(2)),
                            StandardCharsets.UTF_8));
                }
            }
        });
    }

    /** Stores the cursor (joining the caller's transaction when there is one). */
    public void advance(String stream, String cursor) {
        Session s = sessions.current();
        long now = s.clock().millis();
        s.write(c -> {
            long next = 1;
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM sync_cursors WHERE stream = ?")) {
                ps.setString(1, stream);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        next = rs.getLong(1) + 1;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_cursors (stream, version, updated_at, cursor)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT(stream) DO UPDATE SET version = excluded.version,"
                    + " updated_at = excluded.updated_at, cursor = excluded.cursor")) {
                ps.setString(1, stream);
                ps.setLong(2, next);
                ps.setLong(3, now);
                ps.setBytes(4, s.cipher().seal(TABLE, stream, next, cursor.getBytes(StandardCharsets.UTF_8)));
                ps.executeUpdate();
            }
            return null;
        });
    }
}
