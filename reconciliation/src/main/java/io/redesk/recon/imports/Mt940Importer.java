package io.redesk.recon.imports;

import com.prowidesoftware.swift.model.field.Field28C;
import com.prowidesoftware.swift.model.field.Field60F;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.field.Field86;
import io.redesk.recon.model.Entry;
import io.redesk.recon.model.MinorUnits;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SWIFT MT940 customer statement file: one or more statements, either as FIN messages ({@code {1:...}{2:...}
 * {4:...-}}, several in a row or {@code $}-separated as RJE) or as bare block-4 text as banks' portals export it.
 *
 * <p>The file is cut into tags here (a line starting {@code :nn[a]:} opens a tag, other lines continue it), so
 * every problem names its line; each field's grammar is Prowide's ({@code Field61}, {@code Field60F},
 * {@code Field62F}, {@code Field28C}, {@code Field86}), and the components Prowide splits out are then checked
 * against the standard (Prowide accepts a malformed {@code :61:} without complaint). One entry per {@code :61:},
 * with the {@code :86:} that follows it as the description. Each statement's closing balance must equal its
 * opening balance plus its movements; a mismatch is a problem on {@code :62F:} (the movements themselves are
 * still imported: each is well-formed, and the mismatch says one is missing or wrong).
 */
public final class Mt940Importer implements StatementImporter {

    private static final Pattern TAG = Pattern.compile("^:(\\d{2}[A-Z]?):(.*)$");
    private static final Pattern YYMMDD = Pattern.compile("\\d{6}");
    private static final Pattern MMDD = Pattern.compile("\\d{4}");
    private static final Pattern SWIFT_AMOUNT = Pattern.compile("\\d{1,14},\\d*");
    private static final Pattern TYPE = Pattern.compile("[NFS][A-Z0-9]{3}");

    private final String encoding;

    /** Reads MT940 with the encoding detected ({@link TextDecoder#AUTO}). */
    public Mt940Importer() {
        this(TextDecoder.AUTO);
    }

    public Mt940Importer(String encoding) {
        this.encoding = encoding;
    }

    @Override
    public ImportResult importFile(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.getFileName().toString());
    }

    /** One tag of block 4, with the line it starts on. */
    private record Tag(String name, String value, int line) {
    }

    public ImportResult read(byte[] bytes, String fileName) {
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes, encoding);
        } catch (InvalidValueException e) {
            return new ImportResult(List.of(), List.of(new ImportProblem(fileName, 0, "encoding", e.getMessage())), Optional.empty());
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<List<Tag>> statements = statements(decoded.text());
        if (statements.isEmpty()) {
            problems.add(new ImportProblem(fileName, 0, ":20:", "the file holds no MT940 statement (no :20: tag)"));
        }
        for (List<Tag> statement : statements) {
            new Statement(fileName, statement, entries, problems).read();
        }
        return new ImportResult(entries, problems, Optional.of(decoded.encoding()));
    }

    /** Cuts the text into statements of tags; a statement starts at each {@code :20:}. */
    private static List<List<Tag>> statements(String text) {
        List<List<Tag>> statements = new ArrayList<>();
        List<Tag> current = null;
        String name = null;
        StringBuilder value = null;
        int tagLine = 0;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int at = line.indexOf("{4:");
            if (at >= 0) {
                line = line.substring(at + 3);
            }
            boolean end = line.startsWith("-}") || line.equals("-") || line.startsWith("$") || line.startsWith("{1:");
            Matcher m = TAG.matcher(line);
            if (m.matches() || end) {
                if (name != null) {
                    current.add(new Tag(name, value.toString(), tagLine));
                    name = null;
                }
                if (m.matches()) {
                    if (m.group(1).equals("20")) {
                        current = new ArrayList<>();
                        statements.add(current);
                    }
                    if (current != null) {
                        name = m.group(1);
                        value = new StringBuilder(m.group(2));
                        tagLine = i + 1;
                    }
                }
            } else if (name != null) {
                value.append('\n').append(line);
            }
        }
        if (name != null) {
            current.add(new Tag(name, value.toString().stripTrailing(), tagLine));
        }
        return statements;
    }

    /** One statement's tags turned into entries and checked. */
    private static final class Statement {
        private final String file;
        private final List<Tag> tags;
        private final List<Entry> entries;
        private final List<ImportProblem> problems;

        Statement(String file, List<Tag> tags, List<Entry> entries, List<ImportProblem> problems) {
            this.file = file;
            this.tags = tags;
            this.entries = entries;
            this.problems = problems;
        }

        void read() {
            Tag first = tags.get(0);
            String reference = first.value().strip();
            String number = tags.stream().filter(t -> t.name().equals("28C")).findFirst()
                    .map(t -> new Field28C(t.value().strip()).getValue()).orElse("");
            Optional<Tag> opening = tags.stream().filter(t -> t.name().equals("60F") || t.name().equals("60M")).findFirst();
            if (opening.isEmpty()) {
                problem(first.line(), ":60F:", "statement '" + reference + "' has no opening balance (:60F:/:60M:), so its currency is unknown; not imported");
                return;
            }
            Balance open = balance(opening.get());
            if (open == null) {
                return;
            }
            long movements = 0;
            boolean allRead = true;
            int index = 0;
            for (int i = 0; i < tags.size(); i++) {
                Tag tag = tags.get(i);
                if (!tag.name().equals("61")) {
                    continue;
                }
                index++;
                Tag info = i + 1 < tags.size() && tags.get(i + 1).name().equals("86") ? tags.get(i + 1) : null;
                Entry entry = movement(tag, info, open.currency(), reference + "/" + number + "/" + index);
                if (entry == null) {
                    allRead = false;
                } else {
                    entries.add(entry);
                    movements += entry.amountMinor();
                }
            }
            Optional<Tag> closing = tags.stream().filter(t -> t.name().equals("62F") || t.name().equals("62M")).findFirst();
            if (closing.isEmpty()) {
                problem(first.line(), ":62F:", "statement '" + reference + "' has no closing balance (:62F:/:62M:); its movements could not be checked");
                return;
            }
            Balance close = balance(closing.get());
            if (close == null || !allRead) {
                if (close != null) {
                    problem(closing.get().line(), ":62F:", "the balance was not checked because some movements could not be read");
                }
                return;
            }
            if (!close.currency().equals(open.currency())) {
                problem(closing.get().line(), ":62F:", "closing balance currency " + close.currency() + " differs from the opening balance's " + open.currency());
            } else if (open.minor() + movements != close.minor()) {
                problem(closing.get().line(), ":62F:", "closing balance " + decimal(close.minor(), close.currency())
                        + " differs from opening " + decimal(open.minor(), open.currency()) + " plus movements "
                        + decimal(movements, open.currency()) + " = " + decimal(open.minor() + movements, open.currency()));
            }
        }

        private record Balance(Currency currency, LocalDate date, long minor) {
        }

        private Balance balance(Tag tag) {
            String field = ":" + tag.name() + ":";
            // 60F/60M/62F/62M share one layout: 1!a6!n3!a15d
            Field60F f = new Field60F(tag.value().strip());
            String mark = f.getDCMark();
            if (!"C".equals(mark) && !"D".equals(mark)) {
                problem(tag.line(), field, "balance mark '" + mark + "' is neither C nor D");
                return null;
            }
            LocalDate date = yymmdd(f.getDate(), tag.line(), field);
            Currency currency = currency(f.getCurrency(), tag.line(), field);
            Long amount = currency == null ? null : amount(f.getAmount(), currency, tag.line(), field);
            if (date == null || amount == null) {
                return null;
            }
            return new Balance(currency, date, "D".equals(mark) ? -amount : amount);
        }

        private Entry movement(Tag tag, Tag info, Currency currency, String id) {
            int before = problems.size();
            String value = tag.value();
            Field61 f = new Field61(value);
            LocalDate valueDate = yymmdd(f.getValueDate(), tag.line(), ":61:");
            if (f.getEntryDate() != null) {
                if (!MMDD.matcher(f.getEntryDate()).matches()) {
                    problem(tag.line(), ":61:", "entry date '" + f.getEntryDate() + "' is not MMDD");
                } else if (valueDate != null) {
                    entryDate(valueDate, f.getEntryDate(), tag.line());
                }
            }
            String mark = f.getDebitCreditMark();
            int sign = switch (mark == null ? "" : mark) {
                case "C", "RD" -> 1;
                case "D", "RC" -> -1;
                default -> 0;
            };
            if (sign == 0) {
                problem(tag.line(), ":61:", "debit/credit mark '" + mark + "' is not C, D, RC or RD");
            }
            Long amount = amount(f.getAmount(), currency, tag.line(), ":61:");
            String type = (f.getTransactionType() == null ? "" : f.getTransactionType())
                    + (f.getIdentificationCode() == null ? "" : f.getIdentificationCode());
            if (!TYPE.matcher(type).matches()) {
                problem(tag.line(), ":61:", "transaction type '" + type + "' is not N, F or S followed by three characters");
            }
            String ownerRef = f.getReferenceForTheAccountOwner();
            if (ownerRef == null || ownerRef.isEmpty()) {
                problem(tag.line(), ":61:", "the reference for the account owner is missing (NONREF when there is none)");
            }
            if (problems.size() > before) {
                return null;
            }
            List<String> text = new ArrayList<>();
            if (f.getSupplementaryDetails() != null && !f.getSupplementaryDetails().isBlank()) {
                text.add(f.getSupplementaryDetails());
            }
            if (info != null) {
                text.add(String.join(" ", new Field86(info.value()).getLines()));
            }
            String reference = "NONREF".equals(ownerRef) ? "" : ownerRef;
            return new Entry(id, valueDate, "", currency, sign * amount, reference, String.join(" ", text));
        }

        private void entryDate(LocalDate valueDate, String mmdd, int line) {
            int month = Integer.parseInt(mmdd.substring(0, 2));
            int day = Integer.parseInt(mmdd.substring(2));
            int year = valueDate.getYear();
            // the entry date has no year: it is the value date's, or the next or previous one across new year
            if (month - valueDate.getMonthValue() > 6) {
                year--;
            } else if (valueDate.getMonthValue() - month > 6) {
                year++;
            }
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                problem(line, ":61:", "entry date '" + mmdd + "' is not a real date");
            }
        }

        private LocalDate yymmdd(String text, int line, String field) {
            if (text == null || !YYMMDD.matcher(text).matches()) {
                problem(line, field, "date '" + text + "' is not YYMMDD");
                return null;
            }
            try {
                return LocalDate.of(2000 + Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(2, 4)),
                        Integer.parseInt(text.substring(4)));
            } catch (DateTimeException e) {
                problem(line, field, "date '" + text + "' is not a real date");
                return null;
            }
        }

        private Currency currency(String code, int line, String field) {
            try {
                Currency currency = Currency.getInstance(code == null ? "" : code);
                MinorUnits.digits(currency);
                return currency;
            } catch (IllegalArgumentException e) {
                problem(line, field, "currency '" + code + "' is not an ISO-4217 currency with minor units");
                return null;
            }
        }

        private Long amount(String text, Currency currency, int line, String field) {
            if (text == null || !SWIFT_AMOUNT.matcher(text).matches()) {
                problem(line, field, "amount '" + text + "' is not a SWIFT amount (digits with a decimal comma, e.g. 1234,56)");
                return null;
            }
            try {
                return MinorUnits.toMinor(new BigDecimal(text.replace(',', '.').replaceAll("\\.$", "")), currency);
            } catch (IllegalArgumentException e) {
                problem(line, field, e.getMessage());
                return null;
            }
        }

        private void problem(int line, String field, String reason) {
            problems.add(new ImportProblem(file, line, field, reason));
        }

        private static String decimal(long minor, Currency currency) {
            return MinorUnits.toDecimal(minor, currency).toPlainString() + " " + currency.getCurrencyCode();
        }
    }
}
