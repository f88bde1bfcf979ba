package io.redesk.recon.imports;

import io.redesk.recon.model.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An XLSX statement or ledger read with fastexcel-reader (streaming, so a sheet of a million rows is not held in
 * memory) through the same {@link ColumnMapping} and {@link RowMapper} as CSV. Problems carry the sheet's
 * 1-based row number. {@code skipLines} counts sheet rows.
 *
 * <p>A numeric cell holds an IEEE double: its amount is the shortest decimal that the double stands for (what
 * Excel shows, e.g. {@code 1234.56} for a stored {@code 1234.5599999999999}), which the currency's scale then
 * checks as for text. A date-formatted numeric cell is a date; a text cell is parsed like CSV text. A formula's
 * cached result is used; a cell in error is a problem.
 */
public final class XlsxImporter implements StatementImporter {

    private final ColumnMapping mapping;

    public XlsxImporter(ColumnMapping mapping) {
        this.mapping = java.util.Objects.requireNonNull(mapping, "mapping");
    }

    @Override
    public ImportResult importFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Imports an XLSX workbook; {@code fileName} names the source in problems and made-up ids. */
    public ImportResult read(InputStream in, String fileName) throws IOException {
        List<ImportProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            Optional<Sheet> sheet = mapping.sheet() == null ? Optional.of(workbook.getFirstSheet())
                    : workbook.findSheet(mapping.sheet());
            if (sheet.isEmpty()) {
                problems.add(new ImportProblem(fileName, 0, "sheet", "the workbook has no sheet '" + mapping.sheet() + "'"));
                return new ImportResult(entries, problems, Optional.empty());
            }
            RowMapper mapper = new RowMapper(mapping, fileName);
            boolean headerPending = mapping.header();
            try (Stream<Row> rows = sheet.get().openStream()) {
                Iterator<Row> it = rows.iterator();
                while (it.hasNext()) {
                    Row row = it.next();
                    int line = row.getRowNum();
                    if (line <= mapping.skipLines()) {
                        continue;
                    }
                    List<RowMapper.Cell> cells = cells(row, fileName, line, problems);
                    if (cells == null || cells.stream().allMatch(RowMapper.Cell::blank)) {
                        continue;
                    }
                    if (headerPending) {
                        headerPending = false;
                        List<ImportProblem> missing = mapper.bindHeader(cells.stream().map(RowMapper.Cell::text).toList(), line);
                        if (!missing.isEmpty()) {
                            problems.addAll(missing);
                            break;
                        }
                        continue;
                    }
                    mapper.map(line, cells, problems).ifPresent(entries::add);
                }
            }
        } catch (ExcelReaderException e) {
            problems.add(new ImportProblem(fileName, 0, "xlsx", "the file is not a readable XLSX workbook: " + e.getMessage()));
            entries.clear();
        }
        return new ImportResult(entries, problems, Optional.empty());
    }

    private static List<RowMapper.Cell> cells(Row row, String fileName, int line, List<ImportProblem> problems) {
        List<RowMapper.Cell> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getType() == CellType.EMPTY) {
                cells.add(RowMapper.Cell.EMPTY);
                continue;
            }
            CellType type = cell.getType();
            if (type == CellType.ERROR) {
                problems.add(new ImportProblem(fileName, line, cell.getAddress().toString(), "the cell holds an error ("
                        + cell.getRawValue() + ")"));
                return null;
            }
            if (type == CellType.NUMBER || (type == CellType.FORMULA && looksNumeric(cell.getRawValue()))) {
                BigDecimal number = new BigDecimal(Double.toString(Double.parseDouble(cell.getRawValue())));
                number = number.scale() > 0 ? number.stripTrailingZeros() : number;
                if (number.scale() < 0) {
                    number = number.setScale(0);
                }
                if (isDateFormat(cell.getDataFormatString())) {
                    cells.add(new RowMapper.Cell(cell.getRawValue(), null, cell.asDate().toLocalDate()));
                } else {
                    cells.add(new RowMapper.Cell(number.toPlainString(), number, null));
                }
            } else {
                cells.add(RowMapper.Cell.text(cell.getText()));
            }
        }
        return cells;
    }

    private static boolean looksNumeric(String raw) {
        return raw != null && raw.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }

    /** Excel's built-in and custom date formats: any with a day, month or year field outside quotes and colours. */
    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return !bare.equals("general") && bare.matches(".*[dmy].*") && !bare.matches(".*[0#?].*");
    }
}
