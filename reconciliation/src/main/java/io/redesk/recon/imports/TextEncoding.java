package io.redesk.recon.imports;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The character encoding a text source was read with, and how it was chosen, so the import can tell the
 * user "read as GB18030 (detected)" and the user can pin the choice in the mapping if the guess was wrong.
 *
 * @param charset the charset used
 * @param bom     true when the file began with a byte-order mark (which is not part of the text)
 * @param how     how the charset was chosen
 */
public record TextEncoding(Charset charset, boolean bom, How how) {

    /** How the charset was chosen. */
    public enum How {
        /** The mapping named it. */
        EXPLICIT,
        /** A byte-order mark at the start of the file. */
        BYTE_ORDER_MARK,
        /** The bytes are valid UTF-8. */
        VALID_UTF8,
        /** The bytes are not valid UTF-8 but are valid GB18030 (a superset of GBK and GB2312). */
        FALLBACK_GB18030
    }

    public TextEncoding {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(how, "how");
    }

    @Override
    public String toString() {
        return charset.name() + (bom ? " with BOM" : "") + " (" + how.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
