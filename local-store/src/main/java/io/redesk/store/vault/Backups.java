package io.redesk.store.vault;

import io.redesk.store.BackupIntegrityException;
import io.redesk.store.BackupIntegrityException.Reason;
import io.redesk.store.VaultCorruptException;
import io.redesk.store.WrongPassphraseException;
import io.redesk.store.crypto.Aead;
import io.redesk.store.crypto.AuthenticationFailedException;
import io.redesk.store.crypto.KeyRing;
import io.redesk.store.crypto.KeyWrap;
import io.redesk.store.crypto.Nonces;
import io.redesk.store.crypto.Prf;
import io.redesk.store.db.StorageException;
import io.redesk.store.doc.Session;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

/**
 * One-file encrypted backup. Layout:
 * <pre>
 *   "RDBKUP01" | u32 n | key file (n bytes, JSON: suite, Argon2 parameters, salt, wrapped data key)
 *   | u64 snapshot length
 *   | chunks: u32 len | nonce(12) | AEAD(chunk), AD = vault id | chunk index | last-chunk flag
 *   | "RDBKEND1" | MAC over every preceding byte (HMAC under the backup-MAC sub-key)
 * </pre>
 * The snapshot is SQLite's {@code VACUUM INTO} copy of the vault (consistent, compact). Restoring
 * needs only the file and the passphrase that was current at backup time: the embedded key file
 * unwraps the data key, from which the chunk and MAC sub-keys derive. The whole-file MAC is checked
 * before any byte is written, so a truncated or altered backup is refused with a clear reason.
 */
final class Backups {

    private static final byte[] MAGIC = "RDBKUP01".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "RDBKEND1".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 20;
    private static final int MAC_BYTES = 32;

    private Backups() {
    }

    static void write(Vault vault, Session s, KeyFile keyFile, Path target) {
        Path dir = vault.location().directory();
        Path snapshot = dir.resolve("backup-" + UUID.randomUUID() + ".snapshot");
        Path tmp = target.resolveSibling(target.getFileName() + ".partial");
        try {
            s.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, snapshot.toAbsolutePath().toString());
                    ps.execute();
                }
                return null;
            });
            KeyRing keys = s.keys();
            byte[] header = keyFile.toBytes();
            long length = Files.size(snapshot);
            Prf.Streaming mac = keys.backupMac().streaming();
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 MacOutputStream macOut = new MacOutputStream(raw, mac);
                 DataOutputStream out = new DataOutputStream(macOut);
                 InputStream in = new BufferedInputStream(Files.newInputStream(snapshot), 1 << 16)) {
                out.write(MAGIC);
                out.writeInt(header.length);
                out.write(header);
                out.writeLong(length);
                long index = 0;
                long remaining = length;
                byte[] buf = new byte[CHUNK];
                do {
                    int n = in.readNBytes(buf, 0, (int) Math.min(CHUNK, remaining));
                    remaining -= n;
                    boolean last = remaining == 0;
                    byte[] nonce = Nonces.random();
                    byte[] ct = keys.backupCipher().seal(nonce, Arrays.copyOf(buf, n),
                            chunkAd(keyFile.vaultId(), index++, last));
                    out.writeInt(ct.length);
                    out.write(nonce);
                    out.write(ct);
                } while (remaining > 0);
                out.write(END);
                out.flush();
                raw.write(mac.finish());
                raw.flush();
            }
            try (RandomAccessFile f = new RandomAccessFile(tmp.toFile(), "rw")) {
                f.getFD().sync();
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("The backup could not be written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(snapshot);
            deleteQuietly(tmp);
        }
    }

    static Vault restore(Path backup, VaultLocation target, char[] passphrase, VaultOptions options) {
        long size;
        try {
            size = Files.size(backup);
        } catch (IOException e) {
            throw new StorageException("The backup cannot be read: " + e.getMessage(), e);
        }
        KeyFile kf;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(backup)))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new BackupIntegrityException(magic.length < MAGIC.length ? Reason.TRUNCATED : Reason.NOT_A_BACKUP,
                        magic.length < MAGIC.length ? "the file is too short to be a backup" : "this is not a ReDesk backup file");
            }
            int n = in.readInt();
            if (n <= 0 || n > 64 * 1024) {
                throw new BackupIntegrityException(Reason.TAMPERED, "the backup header is damaged");
            }
            kf = KeyFile.parse(in.readNBytes(n));
        } catch (EOFException e) {
            throw new BackupIntegrityException(Reason.TRUNCATED, "the file ends inside its header");
        } catch (VaultCorruptException e) {
            throw new BackupIntegrityException(Reason.TAMPERED, "the backup's key header is damaged");
        } catch (IOException e) {
            throw new StorageException("The backup cannot be read: " + e.getMessage(), e);
        }
        byte[] dataKey;
        try {
            dataKey = KeyWrap.unwrap(kf.suite(), passphrase, kf.salt(), kf.kdf(), kf.vaultId(), kf.wrapped());
        } catch (AuthenticationFailedException e) {
            // Either the passphrase is wrong or the header was altered; the MAC cannot be checked without the key.
            throw new WrongPassphraseException(1, java.time.Duration.ZERO);
        }
        KeyRing keys = new KeyRing(kf.suite(), dataKey);
        Path staged = null;
        try {
            verifyMac(backup, size, keys.backupMac());
            Files.createDirectories(target.directory());
            staged = target.directory().resolve("restore-" + UUID.randomUUID() + ".db");
            decryptSnapshot(backup, kf, keys.backupCipher(), staged);
            SqliteFileCheck.check(staged);
            keys.wipe();
            install(target, staged, kf, options);
            staged = null;
            Vault v = new Vault(target, options, kf);
            v.unlock(passphrase);
            return v;
        } catch (IOException e) {
            throw new StorageException("The backup could not be restored: " + e.getMessage(), e);
        } finally {
            keys.wipe();
            if (staged != null) {
                deleteQuietly(staged);
            }
        }
    }

    private static void verifyMac(Path backup, long size, Prf macKey) throws IOException {
        long macStart = size - MAC_BYTES;
        if (macStart < MAGIC.length + END.length) {
            throw new BackupIntegrityException(Reason.TRUNCATED, "the file ends early");
        }
        Prf.Streaming mac = macKey.streaming();
        byte[] tail = new byte[END.length + MAC_BYTES];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(backup), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            long left = macStart;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    throw new EOFException();
                }
                mac.update(buf, 0, n);
                left -= n;
            }
            byte[] stored = in.readNBytes(MAC_BYTES);
            try (RandomAccessFile f = new RandomAccessFile(backup.toFile(), "r")) {
                f.seek(size - tail.length);
                f.readFully(tail);
            }
            boolean endMarker = Arrays.equals(Arrays.copyOf(tail, END.length), END);
            if (!MessageDigest.isEqual(stored, mac.finish())) {
                throw endMarker
                        ? new BackupIntegrityException(Reason.TAMPERED, "its integrity check (MAC) failed: the file was altered or damaged")
                        : new BackupIntegrityException(Reason.TRUNCATED, "the file ends early (its end marker is missing)");
            }
        }
    }

    private static void decryptSnapshot(Path backup, KeyFile kf, Aead cipher, Path staged) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(backup), 1 << 16));
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(staged), 1 << 16)) {
            in.skipNBytes(MAGIC.length);
            in.skipNBytes(in.readInt());
            long length = in.readLong();
            long written = 0;
            long index = 0;
            boolean last;
            do {
                int n = in.readInt();
                if (n < Aead.TAG_BYTES || n > CHUNK + Aead.TAG_BYTES) {
                    throw new BackupIntegrityException(Reason.TAMPERED, "a chunk length is invalid");
                }
                byte[] nonce = in.readNBytes(Aead.NONCE_BYTES);
                byte[] ct = in.readNBytes(n);
                last = written + (n - Aead.TAG_BYTES) == length;
                byte[] pt;
                try {
                    pt = cipher.open(nonce, ct, chunkAd(kf.vaultId(), index++, last));
                } catch (AuthenticationFailedException e) {
                    throw new BackupIntegrityException(Reason.TAMPERED, "chunk " + (index - 1) + " failed authentication");
                }
                out.write(pt);
                written += pt.length;
            } while (!last);
            out.flush();
        }
        try (RandomAccessFile f = new RandomAccessFile(staged.toFile(), "rw")) {
            f.getFD().sync();
        }
    }

    /** Moves current files aside (never deleting them), then puts the restored database and key file in place. */
    private static void install(VaultLocation target, Path staged, KeyFile kf, VaultOptions options) throws IOException {
        String suffix = ".replaced-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                .withZone(ZoneOffset.UTC).format(options.clock().instant());
        for (Path p : new Path[] {target.databaseFile(), target.walFile(), target.sharedMemoryFile(), target.keyFile()}) {
            if (Files.exists(p)) {
                Files.move(p, p.resolveSibling(p.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(staged, target.databaseFile(), StandardCopyOption.ATOMIC_MOVE);
        kf.write(target.keyFile());
        Files.deleteIfExists(target.attemptsFile());
    }

    private static byte[] chunkAd(String vaultId, long index, boolean last) {
        byte[] id = vaultId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + id.length + 8 + 1).put("RDBK".getBytes(StandardCharsets.US_ASCII)).put(id)
                .putLong(index).put((byte) (last ? 1 : 0)).array();
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temp file holds only ciphertext
        }
    }

    /** Feeds every byte written through the MAC. */
    private static final class MacOutputStream extends java.io.FilterOutputStream {
        private final Prf.Streaming mac;

        MacOutputStream(OutputStream out, Prf.Streaming mac) {
            super(out);
            this.mac = mac;
        }

        @Override
        public void write(int b) throws IOException {
            mac.update(new byte[] {(byte) b}, 0, 1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            mac.update(b, off, len);
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
            // the underlying stream is closed by its own try-with-resources entry, after the MAC is appended
        }
    }
}
