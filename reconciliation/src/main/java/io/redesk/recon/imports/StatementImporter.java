package io.redesk.recon.imports;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one source file (a bank or counterparty statement, or a ledger export) into reconciliation
 * entries. Implementations never stop at the first bad row: they report every problem with its place and
 * import only the rows that have none. An {@link IOException} means the file could not be read at all.
 */
public interface StatementImporter {

    ImportResult importFile(Path file) throws IOException;
}
