package io.redesk.app.pdf;

import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipForm;
import io.redesk.app.i18n.Localization;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the slip editor's *Export PDF* writes (ADR 0750): {@code <folder>/<UMR>.pdf} ("slip.pdf" while
 * the UMR is blank), the folder being {@code <redesk.home>/exports} in the app. Blocks: call it off the
 * FX thread.
 */
public final class SlipExport {

    private final Path folder;

    public SlipExport(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The exports folder of the app-data folder ({@code redesk.home}, else the user's home). */
    public static SlipExport inAppData() {
        return new SlipExport(Path.of(System.getProperty("redesk.home", System.getProperty("user.home")), "exports"));
    }

    /** Writes the slip {@code form} titled {@code title} in language {@code l}; the file written. */
    public Path write(String title, SlipForm form, Localization l) throws IOException {
        String umr = form.get(SlipField.UMR).strip();
        Files.createDirectories(folder);
        Path file = folder.resolve((umr.isEmpty() ? "slip" : umr) + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            SlipPdf.write(title, form, l, out);
        }
        return file;
    }
}
