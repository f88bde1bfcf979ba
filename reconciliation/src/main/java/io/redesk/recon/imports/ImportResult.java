package io.redesk.recon.imports;

import io.redesk.recon.model.Entry;
import java.util.List;
import java.util.Optional;

/**
 * What an import produced: the entries of every row that had no problem, and every problem found, in file
 * order. A row with a problem is never among the entries (nothing is imported silently wrong); the caller
 * decides whether to go on with the good rows or fix the file first.
 *
 * @param entries  the imported entries, in file order
 * @param problems every problem, in file order
 * @param encoding for text formats, the character encoding that was used and how it was chosen; empty for
 *                 XLSX and XML (whose encoding the format itself declares)
 */
public record ImportResult(List<Entry> entries, List<ImportProblem> problems, Optional<TextEncoding> encoding) {

    public ImportResult {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        java.util.Objects.requireNonNull(encoding, "encoding");
    }

    /** True when every row was imported and every check held. */
    public boolean clean() {
        return problems.isEmpty();
    }
}
