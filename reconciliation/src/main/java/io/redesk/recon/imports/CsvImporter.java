package io.redesk.recon.imports;

import io.redesk.recon.model.Entry;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV statement or ledger read through its source's {@link ColumnMapping}: the bytes are decoded
 * ({@link TextDecoder}: UTF-8 with or without BOM, GBK/GB18030, or the mapping's charset), the mapping's
 * preamble lines skipped, and the rest parsed by Apache Commons CSV (RFC 4180 quoting; a quoted cell may span
 * lines). Problems carry the physical line where the row starts. Blank rows are skipped.
 */
public final class CsvImporter implements StatementImporter {

    private final ColumnMapping mapping;

    public CsvImporter(ColumnMapping mapping) {
        this.mapping = java.util.Objects.requireNonNull(mapping, "mapping");
    }

    @Override
    public ImportResult importFile(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.getFileName().toString());
    }

    /** Imports CSV bytes; {@code fileName} names the source in problems and made-up ids. */
    public ImportResult read(byte[] bytes, String fileName) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes, mapping.encoding());
        } catch (InvalidValueException e) {
            return new ImportResult(List.of(), List.of(new ImportProblem(fileName, 0, "encoding", e.getMessage())), Optional.empty());
        }
        String text = decoded.text();
        int offset = skipLines(text, mapping.skipLines());
        if (offset < 0) {
            problems.add(new ImportProblem(fileName, 0, "skipLines", "the file has fewer than " + mapping.skipLines() + " lines"));
            return new ImportResult(entries, problems, Optional.of(decoded.encoding()));
        }
        int firstLine = mapping.skipLines() + 1;
        RowMapper mapper = new RowMapper(mapping, fileName);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(offset)), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            long consumed = 0;
            boolean headerPending = mapping.header();
            while (true) {
                int line = firstLine + (int) consumed;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(new ImportProblem(fileName, line, "csv", "the file is not well-formed CSV from here on ("
                            + rootMessage(e) + "); the rest was not read"));
                    break;
                }
                consumed = parser.getCurrentLineNumber();
                List<String> values = record.toList();
                if (values.stream().allMatch(v -> v.strip().isEmpty())) {
                    continue;
                }
                if (headerPending) {
                    headerPending = false;
                    List<ImportProblem> missing = mapper.bindHeader(values, line);
                    if (!missing.isEmpty()) {
                        problems.addAll(missing);
                        break;
                    }
                    continue;
                }
                List<RowMapper.Cell> cells = values.stream().map(RowMapper.Cell::text).toList();
                mapper.map(line, cells, problems).ifPresent(entries::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return new ImportResult(entries, problems, Optional.of(decoded.encoding()));
    }

    /** The index after the first {@code n} lines, or -1 if the text has fewer. */
    private static int skipLines(String text, int n) {
        int at = 0;
        for (int i = 0; i < n; i++) {
            int lf = text.indexOf('\n', at);
            int cr = text.indexOf('\r', at);
            if (lf < 0 && cr < 0) {
                return -1;
            }
            if (cr >= 0 && (lf < 0 || cr < lf)) {
                at = cr + 1 < text.length() && text.charAt(cr + 1) == '\n' ? cr + 2 : cr + 1;
            } else {
                at = lf + 1;
            }
        }
        return at;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
