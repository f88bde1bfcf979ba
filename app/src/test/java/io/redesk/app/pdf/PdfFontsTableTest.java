package io.redesk.app.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table-directory check that keeps every export from parsing a CJK collection's faces (issue 14). */
class PdfFontsTableTest {

    @TempDir
    Path dir;

    @Test
    void aCollectionOfCffFacesIsRefusedFromItsHeadersAlone() throws IOException {
        Path ttc = write("noto.ttc", collection(List.of(face(0x4F54544F, "CFF ", "cmap", "head"), face(0x4F54544F, "CFF ", "name"))));
        assertThat(PdfFonts.hasTrueTypeOutlines(ttc)).isFalse();
    }

    @Test
    void aCollectionWithOneTrueTypeFaceIsUsable() throws IOException {
        Path ttc = write("mixed.ttc", collection(List.of(face(0x4F54544F, "CFF "), face(0x00010000, "cmap", "glyf", "loca"))));
        assertThat(PdfFonts.hasTrueTypeOutlines(ttc)).isTrue();
    }

    @Test
    void singleFontsByTheirOwnDirectory() throws IOException {
        assertThat(PdfFonts.hasTrueTypeOutlines(write("a.ttf", face(0x00010000, "glyf", "head")))).isTrue();
        assertThat(PdfFonts.hasTrueTypeOutlines(write("b.otf", face(0x4F54544F, "CFF ", "head")))).isFalse();
    }

    @Test
    void whatIsNotAFontIsAnError() throws IOException {
        Path text = write("x.ttf", "not a font at all".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> PdfFonts.hasTrueTypeOutlines(text)).isInstanceOf(IOException.class);
        Path cut = write("cut.ttc", new byte[] {'t', 't', 'c', 'f', 0, 1, 0, 0, 0, 0, 0, 9});
        assertThatThrownBy(() -> PdfFonts.hasTrueTypeOutlines(cut)).isInstanceOf(IOException.class);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** An sfnt table directory (offsets and lengths zero: only the tags are read). */
    private static byte[] face(int version, String... tags) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(b);
            d.writeInt(version);
            d.writeShort(tags.length);
            d.writeShort(0);
            d.writeShort(0);
            d.writeShort(0);
            for (String t : tags) {
                d.write(t.getBytes(StandardCharsets.US_ASCII));
                d.writeInt(0);
                d.writeInt(0);
                d.writeInt(0);
            }
            return b.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] collection(List<byte[]> faces) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.write("ttcf".getBytes(StandardCharsets.US_ASCII));
        d.writeInt(0x00010000);
        d.writeInt(faces.size());
        int offset = 12 + 4 * faces.size();
        for (byte[] f : faces) {
            d.writeInt(offset);
            offset += f.length;
        }
        for (byte[] f : faces) {
            d.write(f);
        }
        return b.toByteArray();
    }
}
