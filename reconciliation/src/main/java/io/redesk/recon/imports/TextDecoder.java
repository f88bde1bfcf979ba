package io.redesk.recon.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns a text file's bytes into text, strictly: a byte sequence that is not valid in the chosen charset is an
 * error, never a replacement character. Detection ({@code AUTO}): a byte-order mark (UTF-8, UTF-16) decides;
 * otherwise bytes that decode as UTF-8 are UTF-8; otherwise GB18030 (which covers GBK and GB2312, what Chinese
 * banks export) if they decode as that; otherwise the file is refused. A GBK file whose Chinese text happens to
 * be valid UTF-8 is possible in principle for a few characters, never for a real statement; the mapping can
 * name the charset to rule it out.
 */
public final class TextDecoder {

    /** The mapping value that asks for detection. */
    public static final String AUTO = "AUTO";

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoder() {
    }

    /** The decoded text with the encoding used. */
    public record Decoded(String text, TextEncoding encoding) {
    }

    /**
     * @param bytes    the file's bytes
     * @param encoding {@link #AUTO} or a charset name (e.g. {@code GBK}, {@code GB18030}, {@code UTF-8})
     * @throws InvalidValueException when the bytes are not valid text in the chosen or any detected charset
     */
    public static Decoded decode(byte[] bytes, String encoding) throws InvalidValueException {
        boolean utf8Bom = startsWith(bytes, UTF8_BOM);
        if (!AUTO.equalsIgnoreCase(encoding)) {
            Charset charset = Charset.forName(encoding);
            boolean bom = utf8Bom && charset.equals(StandardCharsets.UTF_8);
            return new Decoded(strict(bytes, bom ? 3 : 0, charset), new TextEncoding(charset, bom, TextEncoding.How.EXPLICIT));
        }
        if (utf8Bom) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8),
                    new TextEncoding(StandardCharsets.UTF_8, true, TextEncoding.How.BYTE_ORDER_MARK));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE),
                    new TextEncoding(StandardCharsets.UTF_16LE, true, TextEncoding.How.BYTE_ORDER_MARK));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE),
                    new TextEncoding(StandardCharsets.UTF_16BE, true, TextEncoding.How.BYTE_ORDER_MARK));
        }
        try {
            return new Decoded(decodeOrThrow(bytes, 0, StandardCharsets.UTF_8),
                    new TextEncoding(StandardCharsets.UTF_8, false, TextEncoding.How.VALID_UTF8));
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(decodeOrThrow(bytes, 0, GB18030),
                        new TextEncoding(GB18030, false, TextEncoding.How.FALLBACK_GB18030));
            } catch (CharacterCodingException notGb) {
                throw new InvalidValueException("the file is neither UTF-8 nor GB18030/GBK text: name its encoding in the mapping");
            }
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws InvalidValueException {
        try {
            return decodeOrThrow(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new InvalidValueException("the file is not valid " + charset.name() + " text");
        }
    }

    private static String decodeOrThrow(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
