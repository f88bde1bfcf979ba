package io.redesk.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Where exports go: {@code <redesk.home>/exports/} (ADR 0750's folder), one file per export named
 * after what it holds and when ({@code accounts-20270402-1012.xlsx}). A file is written beside its
 * final name and moved into place, so a failed export never leaves half a workbook under the name.
 */
public final class Exports {

    /** The kinds of file a list or statement exports to. */
    public enum Format {
        XLSX("xlsx"), CSV("csv"), PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** Writes one export's bytes. */
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private final Path dir;

    /** Exports into {@code dir} (created on the first export). */
    public Exports(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** The user's exports folder: {@code <redesk.home>/exports}, else {@code ~/exports}. */
    public static Exports inUserFolder() {
        return new Exports(Path.of(System.getProperty("redesk.home", System.getProperty("user.home")), "exports"));
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** Writes {@code body} to a new file named {@code base}-timestamp.ext and returns its path. */
    public Path write(String base, Format format, LocalDateTime at, Body body) throws IOException {
        Files.createDirectories(dir);
        String name = safe(base) + "-" + at.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "." + format.extension();
        Path target = dir.resolve(name);
        Path partial = dir.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            body.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A file name part: letters (any script), digits, dot, dash and underscore; anything else a dash. */
    static String safe(String base) {
        String s = base.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "export" : s;
    }
}
