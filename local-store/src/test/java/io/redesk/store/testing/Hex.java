package io.redesk.store.testing;

import java.util.HexFormat;

/** Hex helpers for known-answer tests (spaces allowed in vectors as printed in the standards). */
public final class Hex {
    private Hex() {
    }

    public static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s", "").toLowerCase(java.util.Locale.ROOT));
    }

    public static String of(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
