package io.redesk.store.vault;

import io.redesk.store.VaultCorruptException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Cheap structural checks of a SQLite file before it is opened: the magic string, a legal page size,
 * and (when the header's page count is valid) that the file is not shorter than the header says. It
 * turns the commonest damage, a truncated or overwritten file, into a clear error up front instead of
 * an arbitrary failure on the first unlucky page read.
 */
final class SqliteFileCheck {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFileCheck() {
    }

    static void check(Path db) {
        long size;
        byte[] header = new byte[100];
        try (InputStream in = Files.newInputStream(db)) {
            size = Files.size(db);
            if (in.readNBytes(header, 0, 100) < 100) {
                throw corrupt("the file is truncated (" + size + " bytes)");
            }
        } catch (IOException e) {
            throw new VaultCorruptException(VaultCorruptException.Part.DATABASE, "it cannot be read", e);
        }
        if (!Arrays.equals(Arrays.copyOf(header, 16), MAGIC)) {
            throw corrupt("it is not a SQLite database (header overwritten)");
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(b.getShort(16));
        if (pageSize == 1) {
            pageSize = 65536;
        }
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw corrupt("its page size field is invalid");
        }
        if (size % pageSize != 0) {
            throw corrupt("its length is not a whole number of pages (truncated?)");
        }
        long changeCounter = Integer.toUnsignedLong(b.getInt(24));
        long pages = Integer.toUnsignedLong(b.getInt(28));
        long validFor = Integer.toUnsignedLong(b.getInt(92));
        if (pages > 0 && changeCounter == validFor && size < pages * pageSize) {
            throw corrupt("the file is truncated: " + size + " bytes where the header records " + pages * pageSize);
        }
    }

    private static VaultCorruptException corrupt(String detail) {
        return new VaultCorruptException(VaultCorruptException.Part.DATABASE, detail, null);
    }
}
