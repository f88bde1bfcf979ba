package io.redesk.app.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a font that can write the slip's language, and embeds it (docs/decisions/0750).
 *
 * <p>Order: the file named by {@code -Dredesk.pdf.font}; a CJK collection or font with TrueType
 * outlines (Noto Sans CJK as Debian ships it has CFF outlines, which PDFBox 3.0.8 cannot embed, so it
 * is skipped); Droid Sans Fallback (TrueType outlines, also installed with Ghostscript); Microsoft
 * YaHei / PingFang on Windows / macOS; then DejaVu Sans; and last PDF's built-in Helvetica, which has
 * no Chinese: exporting Chinese text then fails with a message naming what to install, never a PDF
 * with blank boxes.
 */
public final class PdfFonts {

    private static final Logger LOG = LoggerFactory.getLogger(PdfFonts.class);

    /** The font chosen and a name for the user ("Noto Sans CJK SC"). */
    public record Chosen(PDFont font, String name, boolean cjk) {
    }

    private PdfFonts() {
    }

    /**
     * The font for Latin text: DejaVu Sans when installed, else Helvetica. CJK fallback fonts (Droid Sans
     * Fallback) have no Latin letters, so the PDF writes each run of text in the first font that has it.
     */
    public static PDFont latin(PDDocument doc) {
        return load(doc, Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), false).map(Chosen::font)
                .orElseGet(() -> new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    }

    // remembered for the life of the app (issue 14): the file that worked, and the files that cannot
    private static volatile Path remembered;
    private static final java.util.Set<Path> UNUSABLE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * The best font available for {@code doc}. The file chosen is remembered, and so are the files
     * found unusable, so later exports go straight to it: before, every export parsed every face of a
     * 19.5 MB CJK collection (about 590 MB allocated) only to reject them all.
     */
    public static Chosen choose(PDDocument doc) {
        Path known = remembered;
        if (known != null) {
            Optional<Chosen> c = load(doc, known, true);
            if (c.isPresent()) {
                return c.get();
            }
            remembered = null;
        }
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("redesk.pdf.font");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        candidates.add(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));
        candidates.add(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf"));
        candidates.add(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
        candidates.add(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
        candidates.add(Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));
        candidates.add(Path.of("/usr/share/ghostscript/10.00.0/Resource/CIDFSubst/DroidSansFallback.ttf"));
        candidates.add(Path.of("C:/Windows/Fonts/msyh.ttc"));
        candidates.add(Path.of("/System/Library/Fonts/PingFang.ttc"));
        for (Path p : candidates) {
            if (UNUSABLE.contains(p)) {
                continue;
            }
            Optional<Chosen> c = load(doc, p, true);
            if (c.isPresent()) {
                remembered = p;
                return c.get();
            }
            if (Files.isReadable(p)) {
                UNUSABLE.add(p); // present but not embeddable: not looked at again
            }
        }
        Optional<Chosen> dejavu = load(doc, Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), false);
        if (dejavu.isPresent()) {
            LOG.warn("no embeddable CJK font found; Chinese slips cannot be exported (install fonts-wqy-zenhei or set -Dredesk.pdf.font)");
            return dejavu.get();
        }
        LOG.warn("no embeddable font found; using Helvetica (Latin only)");
        return new Chosen(new PDType1Font(Standard14Fonts.FontName.HELVETICA), "Helvetica", false);
    }

    private static Optional<Chosen> load(PDDocument doc, Path file, boolean cjk) {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try {
            // the table directory first: a file whose faces have no TrueType outlines is refused before any face is parsed
            if (!hasTrueTypeOutlines(file)) {
                LOG.info("font {} has no face with TrueType outlines (glyf); PDFBox cannot embed it", file);
                return Optional.empty();
            }
            if (file.toString().toLowerCase().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                TrueTypeFont[] picked = new TrueTypeFont[1];
                collection.processAllFonts(ttf -> {
                    if (!ttf.getTableMap().containsKey("glyf")) {
                        return; // CFF outlines (Noto Sans CJK is one): PDFBox 3.0 cannot embed them
                    }
                    String n = ttf.getName();
                    if (picked[0] == null || (n != null && (n.contains("SC") || n.contains("Sc")) && !picked[0].getName().contains("SC"))) {
                        picked[0] = ttf;
                    }
                });
                if (picked[0] == null) {
                    return Optional.empty();
                }
                PDType0Font font = PDType0Font.load(doc, picked[0], true);
                font.encode("再保险");
                return Optional.of(new Chosen(font, picked[0].getName(), cjk));
            }
            PDType0Font font = PDType0Font.load(doc, file.toFile());
            if (cjk) {
                font.encode("再保险");
            }
            return Optional.of(new Chosen(font, font.getName(), cjk));
        } catch (IOException | RuntimeException e) {
            LOG.info("font {} not usable for PDF export: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Whether a font file (TrueType/OpenType, or a collection of them) has at least one face with
     * TrueType outlines, read from the table directories alone (a few hundred bytes): a face of CFF
     * outlines (Noto Sans CJK as Debian ships it) has a {@code CFF } table and no {@code glyf}.
     *
     * @throws IOException if the file cannot be read or is not a font
     */
    static boolean hasTrueTypeOutlines(Path file) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer head = read(ch, 0, 12);
            int tag = head.getInt(0);
            if (tag == 0x74746366) { // 'ttcf'
                int faces = head.getInt(8);
                if (faces < 1 || faces > 1000) {
                    throw new IOException(file + ": a font collection of " + faces + " faces");
                }
                java.nio.ByteBuffer offsets = read(ch, 12, 4L * faces);
                for (int i = 0; i < faces; i++) {
                    if (faceHasGlyf(ch, Integer.toUnsignedLong(offsets.getInt(4 * i)), file)) {
                        return true;
                    }
                }
                return false;
            }
            return faceHasGlyf(ch, 0, file);
        }
    }

    private static boolean faceHasGlyf(java.nio.channels.FileChannel ch, long offset, Path file) throws IOException {
        java.nio.ByteBuffer dir = read(ch, offset, 12);
        int version = dir.getInt(0);
        if (version != 0x00010000 && version != 0x4F54544F && version != 0x74727565) { // 1.0, 'OTTO', 'true'
            throw new IOException(file + " is not a TrueType or OpenType font");
        }
        int tables = Short.toUnsignedInt(dir.getShort(4));
        java.nio.ByteBuffer records = read(ch, offset + 12, 16L * tables);
        for (int i = 0; i < tables; i++) {
            if (records.getInt(16 * i) == 0x676C7966) { // 'glyf'
                return true;
            }
        }
        return false;
    }

    private static java.nio.ByteBuffer read(java.nio.channels.FileChannel ch, long at, long length) throws IOException {
        if (length > 1 << 20 || at + length > ch.size()) {
            throw new IOException("a font table directory runs past the end of the file");
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate((int) length);
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
                throw new IOException("a font file ends early");
            }
        }
        return b.flip();
    }
}
