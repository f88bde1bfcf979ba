package io.redesk.store.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.store.VaultCorruptException;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KdfParams;
import io.redesk.store.crypto.KeyWrap;
import io.redesk.store.doc.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The vault's key header ({@code vault.key}, JSON): format, vault id, suite, Argon2id parameters and
 * salt, and the wrapped data key. Nothing in it is secret without the passphrase. Changing the
 * passphrase rewrites only this file (atomically); the database is not touched.
 */
record KeyFile(int format, String vaultId, CryptoSuite suite, KdfParams kdf, byte[] salt, KeyWrap.Wrapped wrapped) {

    static final int FORMAT = 1;

    byte[] toBytes() {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("format", format);
        n.put("vaultId", vaultId);
        n.put("suite", suite.name());
        ObjectNode k = n.putObject("kdf");
        k.put("algorithm", "argon2id");
        k.put("version", 19);
        k.put("memoryKiB", kdf.memoryKiB());
        k.put("iterations", kdf.iterations());
        k.put("parallelism", kdf.parallelism());
        k.put("salt", b64(salt));
        ObjectNode w = n.putObject("wrappedDataKey");
        w.put("nonce", b64(wrapped.nonce()));
        w.put("sealed", b64(wrapped.sealed()));
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyFile parse(byte[] bytes) {
        try {
            JsonNode n = Json.mapper().readTree(bytes);
            if (n == null || n.path("format").asInt() != FORMAT) {
                throw corrupt("unknown or missing format", null);
            }
            JsonNode k = n.path("kdf");
            if (!"argon2id".equals(k.path("algorithm").asText()) || k.path("version").asInt() != 19) {
                throw corrupt("unknown key-derivation function", null);
            }
            KdfParams params = new KdfParams(k.path("memoryKiB").asInt(), k.path("iterations").asInt(),
                    k.path("parallelism").asInt());
            JsonNode w = n.path("wrappedDataKey");
            return new KeyFile(FORMAT, text(n, "vaultId"), CryptoSuite.valueOf(text(n, "suite")), params,
                    unb64(k, "salt"), new KeyWrap.Wrapped(unb64(w, "nonce"), unb64(w, "sealed")));
        } catch (VaultCorruptException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt("it cannot be parsed", e);
        }
    }

    static KeyFile read(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw corrupt("it is missing", e);
        } catch (IOException e) {
            throw corrupt("it cannot be read: " + e.getMessage(), e);
        }
    }

    void write(Path file) throws IOException {
        AtomicFiles.write(file, toBytes());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw corrupt("field " + field + " is missing", null);
        }
        return v.asText();
    }

    private static byte[] unb64(JsonNode n, String field) {
        return Base64.getDecoder().decode(text(n, field));
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static VaultCorruptException corrupt(String detail, Throwable cause) {
        return new VaultCorruptException(VaultCorruptException.Part.KEY_FILE, detail, cause);
    }
}
