package io.redesk.recon.imports;

import java.util.Objects;

/**
 * Why one row, record or statement of a source file was not imported (or, for a statement's balance check,
 * why its figures do not add up). Every problem names the file, where in it (the 1-based physical line of a
 * CSV, MT940 or camt.053 file; the 1-based row of an XLSX sheet; 0 for the file as a whole), the field and
 * the reason, so the user can find and fix it in the source.
 *
 * @param file   the source file's name as the user chose it
 * @param line   1-based line (row for XLSX); 0 when the problem concerns the whole file
 * @param field  the mapped field, column or tag concerned (e.g. {@code amount}, {@code :61:}, {@code Ntry/Amt})
 * @param reason what is wrong, specific enough to fix without guessing
 */
public record ImportProblem(String file, int line, String field, String reason) {

    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (whole file) or 1-based: " + line);
        }
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " [" + field + "] " + reason;
    }
}
