package io.redesk.recon.cli;

import io.redesk.recon.model.Entry;
import io.redesk.recon.model.MinorUnits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the headless run's input: UTF-8 CSV (RFC 4180 quoting) with the header
 * {@code id,date,counterparty,currency,amount,reference,description}, strictly. A date is ISO-8601
 * ({@code 2027-03-31}), a currency an ISO-4217 code with minor units, an amount a signed decimal with
 * {@code .} and no more decimals than its currency has ({@code -1234.56}; no thousands separators,
 * spaces or exponents), an id non-empty and unique in the file. Nothing is trimmed or rounded: the
 * first bad row stops the read with its line and the reason. A UTF-8 byte-order mark is allowed.
 */
public final class EntryCsv {

    /** The input columns, in order. */
    public static final List<String> HEADER = List.of("id", "date", "counterparty", "currency", "amount", "reference",
            "description");

    private static final Pattern AMOUNT = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private EntryCsv() {
    }

    /** Reads every row of {@code file}. */
    public static List<Entry> read(Path file) throws BadInputException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder),
                1 << 16);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new BadInputException(file, 0, "the file is empty; expected the header " + String.join(",", HEADER));
            }
            checkHeader(file, records.next());
            Rows rows = new Rows(file);
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                rows.add(records.next(), line);
            }
            return rows.entries;
        } catch (UncheckedIOException e) {
            throw ioProblem(file, line, e.getCause());
        } catch (IOException e) {
            throw ioProblem(file, line, e);
        }
    }

    private static BadInputException ioProblem(Path file, long line, IOException e) {
        if (e instanceof CharacterCodingException) {
            // the reader decodes ahead of the parser, so find the line of the first bad byte itself
            return new BadInputException(file, firstLineNotUtf8(file), "not valid UTF-8 (save the file as UTF-8)");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new BadInputException(file, 0, "no such file");
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new BadInputException(file, line, "cannot be read as CSV: " + message);
    }

    /** The 1-based line of the first byte sequence that is not UTF-8 (0 when the file cannot be read again). */
    static long firstLineNotUtf8(Path file) {
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            java.io.ByteArrayOutputStream current = new java.io.ByteArrayOutputStream();
            long line = 1;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    try {
                        decoder.reset().decode(java.nio.ByteBuffer.wrap(current.toByteArray()));
                    } catch (CharacterCodingException bad) {
                        return line;
                    }
                    if (b < 0) {
                        return 0;
                    }
                    current.reset();
                    line++;
                } else {
                    current.write(b);
                }
            }
        } catch (IOException e) {
            return 0;
        }
    }

    private static void checkHeader(Path file, CSVRecord header) throws BadInputException {
        List<String> names = new ArrayList<>(header.toList());
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        if (!names.equals(HEADER)) {
            throw new BadInputException(file, 1, "the header must be " + String.join(",", HEADER) + ", found "
                    + String.join(",", names));
        }
    }

    /** The rows read so far, with the caches that keep a million rows cheap (dates and currencies repeat). */
    private static final class Rows {
        final Path file;
        final List<Entry> entries = new ArrayList<>();
        final Map<String, Long> lineOfId = new HashMap<>();
        final Map<String, LocalDate> dates = new HashMap<>();
        final Map<String, Currency> currencies = new HashMap<>();
        final Map<String, String> texts = new HashMap<>();

        Rows(Path file) {
            this.file = file;
        }

        void add(CSVRecord r, long line) throws BadInputException {
            if (r.size() != HEADER.size()) {
                throw new BadInputException(file, line, "expected " + HEADER.size() + " columns ("
                        + String.join(",", HEADER) + "), found " + r.size());
            }
            String id = r.get(0);
            if (id.isEmpty() || !id.strip().equals(id)) {
                throw new BadInputException(file, line, "id '" + id + "' must be non-empty with no surrounding spaces");
            }
            Long before = lineOfId.putIfAbsent(id, line);
            if (before != null) {
                throw new BadInputException(file, line, "id '" + id + "' is already used on line " + before);
            }
            LocalDate date = date(r.get(1), line);
            Currency currency = currency(r.get(3), line);
            long amount = amount(r.get(4), currency, line);
            try {
                entries.add(new Entry(id, date, shared(r.get(2)), currency, amount, r.get(5), r.get(6)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file, line, e.getMessage());
            }
        }

        LocalDate date(String text, long line) throws BadInputException {
            LocalDate date = dates.get(text);
            if (date == null) {
                try {
                    date = LocalDate.parse(text); // ISO_LOCAL_DATE, strict: 2027-02-30 is refused
                } catch (DateTimeParseException e) {
                    throw new BadInputException(file, line, "date '" + text + "' is not an ISO date (YYYY-MM-DD)");
                }
                dates.put(text, date);
            }
            return date;
        }

        Currency currency(String code, long line) throws BadInputException {
            Currency currency = currencies.get(code);
            if (currency == null) {
                if (!CODE.matcher(code).matches()) {
                    throw new BadInputException(file, line, "currency '" + code + "' is not an ISO-4217 code");
                }
                try {
                    currency = Currency.getInstance(code);
                    MinorUnits.digits(currency);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(file, line, "currency '" + code + "' is not a currency with minor units");
                }
                currencies.put(code, currency);
            }
            return currency;
        }

        long amount(String text, Currency currency, long line) throws BadInputException {
            if (!AMOUNT.matcher(text).matches()) {
                throw new BadInputException(file, line, "amount '" + text
                        + "' is not a signed decimal with '.' (e.g. -1234.56)");
            }
            try {
                return MinorUnits.toMinor(new BigDecimal(text), currency);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file, line, e.getMessage());
            }
        }

        /** One String per distinct counterparty name, not one per row. */
        String shared(String text) {
            String s = texts.putIfAbsent(text, text);
            return s == null ? text : s;
        }
    }
}
