package io.redesk.recon.imports;

import io.redesk.recon.model.Entry;
import io.redesk.recon.model.MinorUnits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a {@link ColumnMapping} to the rows of a CSV file or an XLSX sheet: the one place where cells become
 * entries, so both formats refuse the same things for the same reasons. A row is checked field by field and
 * every problem in it is reported; a row with any problem yields no entry.
 */
final class RowMapper {

    /**
     * One cell as the source holds it: always its text; for a spreadsheet's numeric cell also the exact number,
     * for a date-formatted one the date.
     */
    record Cell(String text, BigDecimal number, LocalDate date) {
        static final Cell EMPTY = new Cell("", null, null);

        static Cell text(String text) {
            return new Cell(text, null, null);
        }

        boolean blank() {
            return number == null && date == null && text.strip().isEmpty();
        }
    }

    private final ColumnMapping mapping;
    private final String file;
    private final DateTimeFormatter datePattern;
    private final Map<String, Integer> index = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    RowMapper(ColumnMapping mapping, String file) {
        this.mapping = mapping;
        this.file = file;
        this.datePattern = mapping.datePattern() == null ? null : Dates.formatter(mapping.datePattern());
        if (!mapping.header()) {
            mapping.fields().values().forEach(c -> index.put(c, Integer.parseInt(c) - 1));
        }
    }

    /** Finds the mapped columns in the header row; a problem for each one that is missing. */
    List<ImportProblem> bindHeader(List<String> names, int line) {
        List<ImportProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> field : mapping.fields().entrySet()) {
            int at = names.indexOf(field.getValue());
            if (at < 0) {
                problems.add(new ImportProblem(file, line, field.getKey(), "the header has no column '" + field.getValue()
                        + "' (columns: " + String.join(", ", names) + ")"));
            } else if (names.lastIndexOf(field.getValue()) != at) {
                problems.add(new ImportProblem(file, line, field.getKey(), "the header has two columns '" + field.getValue() + "'"));
            } else {
                index.put(field.getValue(), at);
            }
        }
        return problems;
    }

    /**
     * Maps one row.
     *
     * @param line   the row's 1-based line (or spreadsheet row)
     * @param cells  its cells
     * @param sink   receives the row's problems
     * @return the entry, or empty when the row has a problem
     */
    Optional<Entry> map(int line, List<Cell> cells, List<ImportProblem> sink) {
        int before = sink.size();
        Problems p = new Problems(line, sink);
        String id = mapping.id() == null ? file + "#" + line : text(cells, "id", mapping.id(), p);
        if (id != null && mapping.id() != null) {
            if (id.isEmpty()) {
                p.add("id", "the id is empty");
            } else if (!id.strip().equals(id)) {
                p.add("id", "id '" + id + "' has surrounding whitespace (set trimText in the mapping if the source pads cells)");
            }
        }
        if (id != null && !id.isEmpty() && !ids.add(id)) {
            p.add("id", "id '" + id + "' is used by an earlier row");
        }
        LocalDate date = date(cells, p);
        Currency currency = currency(cells, p);
        BigDecimal amount = amount(cells, p);
        String counterparty = optionalText(cells, "counterparty", mapping.counterparty(), p);
        String reference = optionalText(cells, "reference", mapping.reference(), p);
        if (reference != null && !reference.strip().equals(reference)) {
            p.add("reference", "reference '" + reference + "' has surrounding whitespace (set trimText in the mapping if the source pads cells)");
        }
        String description = optionalText(cells, "description", mapping.description(), p);
        Long minor = null;
        if (amount != null && currency != null) {
            try {
                minor = MinorUnits.toMinor(amount, currency);
            } catch (IllegalArgumentException e) {
                p.add(mapping.amount() instanceof ColumnMapping.Signed ? "amount" : "debit/credit", e.getMessage());
            }
        }
        if (sink.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Entry(id, date, counterparty, currency, minor, reference, description));
    }

    private LocalDate date(List<Cell> cells, Problems p) {
        Cell cell = cell(cells, "date", mapping.date(), p);
        if (cell == null) {
            return null;
        }
        if (cell.date() != null) {
            return cell.date();
        }
        try {
            return Dates.parse(cell.number() != null ? cell.number().toPlainString() : cell.text(), datePattern);
        } catch (InvalidValueException e) {
            p.add("date", e.getMessage());
            return null;
        }
    }

    private Currency currency(List<Cell> cells, Problems p) {
        if (mapping.fixedCurrency() != null) {
            return Currency.getInstance(mapping.fixedCurrency());
        }
        Cell cell = cell(cells, "currency", mapping.currency(), p);
        if (cell == null) {
            return null;
        }
        String raw = cell.text();
        String named = mapping.currencyNames().get(raw);
        if (named != null) {
            return Currency.getInstance(named);
        }
        if (raw.strip().isEmpty()) {
            p.add("currency", "the currency is missing");
            return null;
        }
        if (!raw.strip().equals(raw)) {
            p.add("currency", "currency code '" + raw + "' has whitespace around it");
            return null;
        }
        if (!raw.matches("[A-Z]{3}")) {
            p.add("currency", "currency '" + raw + "' is not a three-letter upper-case ISO-4217 code"
                    + (mapping.currencyNames().isEmpty() ? "" : " nor one of the mapping's currency names"));
            return null;
        }
        try {
            Currency currency = Currency.getInstance(raw);
            MinorUnits.digits(currency);
            return currency;
        } catch (IllegalArgumentException e) {
            p.add("currency", "currency '" + raw + "' is not an ISO-4217 currency with minor units");
            return null;
        }
    }

    private BigDecimal amount(List<Cell> cells, Problems p) {
        if (mapping.amount() instanceof ColumnMapping.Signed signed) {
            Cell cell = cell(cells, "amount", signed.column(), p);
            if (cell == null) {
                return null;
            }
            BigDecimal value = number(cell, "amount", signed.creditDebitMark(), p);
            return value == null ? null : signed.negate() ? value.negate() : value;
        }
        ColumnMapping.DebitCredit dc = (ColumnMapping.DebitCredit) mapping.amount();
        Cell debitCell = cell(cells, "debit", dc.debit(), p);
        Cell creditCell = cell(cells, "credit", dc.credit(), p);
        if (debitCell == null || creditCell == null) {
            return null;
        }
        BigDecimal debit = debitCell.blank() ? null : number(debitCell, "debit", false, p);
        BigDecimal credit = creditCell.blank() ? null : number(creditCell, "credit", false, p);
        if ((!debitCell.blank() && debit == null) || (!creditCell.blank() && credit == null)) {
            return null;
        }
        boolean hasDebit = debit != null && debit.signum() != 0;
        boolean hasCredit = credit != null && credit.signum() != 0;
        if (hasDebit && hasCredit) {
            p.add("debit/credit", "both the debit (" + debitCell.text() + ") and the credit (" + creditCell.text() + ") hold an amount");
            return null;
        }
        if ((debit != null && debit.signum() < 0) || (credit != null && credit.signum() < 0)) {
            p.add("debit/credit", "a debit or credit column holds a negative amount; which way it goes is not clear");
            return null;
        }
        if (!hasDebit && !hasCredit) {
            if (debit == null && credit == null) {
                p.add("debit/credit", "neither the debit nor the credit column holds an amount");
                return null;
            }
            return BigDecimal.ZERO;
        }
        boolean toUser = hasCredit == (dc.positive() == ColumnMapping.Positive.CREDIT);
        BigDecimal magnitude = hasDebit ? debit : credit;
        return toUser ? magnitude : magnitude.negate();
    }

    private BigDecimal number(Cell cell, String field, boolean mark, Problems p) {
        if (cell.number() != null) {
            if (mark) {
                p.add(field, "amount " + cell.number().toPlainString() + " is a number without the CR/DR mark the mapping requires");
                return null;
            }
            return cell.number();
        }
        try {
            return Amounts.parse(cell.text(), mapping.decimalStyle(), mark);
        } catch (InvalidValueException e) {
            p.add(field, e.getMessage());
            return null;
        }
    }

    private String text(List<Cell> cells, String field, String column, Problems p) {
        Cell cell = cell(cells, field, column, p);
        if (cell == null) {
            return null;
        }
        String text = cell.number() != null ? cell.number().toPlainString() : cell.text();
        return mapping.trimText() ? text.strip() : text;
    }

    private String optionalText(List<Cell> cells, String field, String column, Problems p) {
        if (column == null) {
            return "";
        }
        return text(cells, field, column, p);
    }

    private Cell cell(List<Cell> cells, String field, String column, Problems p) {
        int at = index.get(column);
        if (at >= cells.size()) {
            p.add(field, "the row has " + cells.size() + " columns; column '" + column + "' is missing");
            return null;
        }
        Cell cell = cells.get(at);
        return cell == null ? Cell.EMPTY : cell;
    }

    private final class Problems {
        private final int line;
        private final List<ImportProblem> sink;

        Problems(int line, List<ImportProblem> sink) {
            this.line = line;
            this.sink = sink;
        }

        void add(String field, String reason) {
            sink.add(new ImportProblem(file, line, field, reason));
        }
    }
}
