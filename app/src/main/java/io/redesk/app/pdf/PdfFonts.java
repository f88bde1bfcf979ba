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

    /** The best font available for {@code doc}. */
    public static Chosen choose(PDDocument doc) {
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
            Optional<Chosen> c = load(doc, p, true);
            if (c.isPresent()) {
                return c.get();
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
            if (file.toString().toLowerCase().endsWith(".otf")) {
                return Optional.empty(); // CFF-based OpenType: PDFBox 3.0 subsets TrueType outlines only
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
}
