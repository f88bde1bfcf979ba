package io.redesk.recon.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the columns of one source's CSV or XLSX export become entries: chosen once per source (a bank account,
 * a counterparty's statement) and saved with it as JSON ({@link #toJson()}, {@link #fromJson(String)}).
 *
 * <p>Columns are named by their header text when {@code header} is true, else by their 1-based position
 * ({@code "3"}). Optional columns are null. The amount is one signed column or separate debit and credit
 * columns ({@link Amount}); the currency is a column or fixed for the whole file. Nothing here is guessed
 * later: the decimal style, the date pattern and the encoding are the user's choice (or, for the encoding and
 * year-first dates, a detection that cannot misread; see {@link TextDecoder}, {@link Dates}).
 *
 * @param source        the source's name as the user knows it (shown with problems; not a file name)
 * @param header        the first row after {@code skipLines} names the columns
 * @param skipLines     lines before the header (or the first row): a bank's account preamble
 * @param delimiter     CSV field delimiter ({@code ,}, {@code ;}, tab)
 * @param encoding      {@link TextDecoder#AUTO} or a charset name, for CSV
 * @param sheet         XLSX sheet name, or null for the first sheet
 * @param id            column with the row's own id, or null to use {@code <file>#<line>}
 * @param date          column with the value or booking date (required)
 * @param datePattern   a {@code java.time} pattern such as {@code dd/MM/yyyy}, or null for year-first dates
 * @param counterparty  column with the other party's name, or null
 * @param currency      column with the ISO-4217 code (or a name in {@code currencyNames}), or null
 * @param fixedCurrency the currency of every row when there is no currency column, or null
 * @param currencyNames names the source writes instead of codes, e.g. {@code 人民币 → CNY}
 * @param amount        where the amount is and which sign it has
 * @param decimalStyle  {@code 1,234.56} or {@code 1.234,56}
 * @param reference     column with the reference (UMR, invoice or account number), or null
 * @param description   column with free text (remittance information), or null
 * @param trimText      strip surrounding whitespace from id, counterparty, reference and description cells (for
 *                      exports that pad cells); when false such a reference or id is refused, not trimmed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ColumnMapping(String source, boolean header, int skipLines, char delimiter, String encoding, String sheet,
                            String id, String date, String datePattern, String counterparty, String currency,
                            String fixedCurrency, Map<String, String> currencyNames, Amount amount,
                            DecimalStyle decimalStyle, String reference, String description, boolean trimText) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Which side of a debit/credit pair is money to the user (positive in {@link io.redesk.recon.model.Entry}). */
    public enum Positive {
        /**
         * A statement the other party keeps of the user's account (a bank statement, a counterparty's
         * statement of account): their credit is money to the user.
         */
        CREDIT,
        /** The user's own books (a ledger export): a debit to the counterparty's account is money due to the user. */
        DEBIT
    }

    /** Where the amount is and which sign it has. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Signed.class, name = "signed"),
            @JsonSubTypes.Type(value = DebitCredit.class, name = "debitCredit")})
    public sealed interface Amount permits Signed, DebitCredit {
        List<String> columns();
    }

    /**
     * One signed amount column.
     *
     * @param column          the column
     * @param negate          the source's sign is the other way round (a counterparty's own-view export)
     * @param creditDebitMark amounts end in {@code CR} or {@code DR} instead of a sign ({@code CR} positive
     *                        before {@code negate})
     */
    public record Signed(String column, boolean negate, boolean creditDebitMark) implements Amount {
        public Signed {
            Objects.requireNonNull(column, "amount column");
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }
    }

    /**
     * Separate debit and credit columns (借方 / 贷方); in each row one holds the amount and the other is empty or
     * zero.
     *
     * @param debit    the debit column
     * @param credit   the credit column
     * @param positive which of the two is money to the user
     */
    public record DebitCredit(String debit, String credit, Positive positive) implements Amount {
        public DebitCredit {
            Objects.requireNonNull(debit, "debit column");
            Objects.requireNonNull(credit, "credit column");
            Objects.requireNonNull(positive, "positive");
        }

        @Override
        public List<String> columns() {
            return List.of(debit, credit);
        }
    }

    public ColumnMapping {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "the date column is required");
        Objects.requireNonNull(amount, "the amount column(s) are required");
        encoding = encoding == null ? TextDecoder.AUTO : encoding;
        decimalStyle = decimalStyle == null ? DecimalStyle.POINT : decimalStyle;
        currencyNames = currencyNames == null ? Map.of() : Map.copyOf(currencyNames);
        if (skipLines < 0) {
            throw new IllegalArgumentException("skipLines must not be negative: " + skipLines);
        }
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter cannot be a quote or a line break");
        }
        if (!TextDecoder.AUTO.equalsIgnoreCase(encoding) && !Charset.isSupported(encoding)) {
            throw new IllegalArgumentException("encoding '" + encoding + "' is not known (AUTO, UTF-8, GBK, GB18030, ...)");
        }
        if ((currency == null) == (fixedCurrency == null)) {
            throw new IllegalArgumentException("give either a currency column or a fixed currency, not both or neither");
        }
        if (fixedCurrency != null) {
            isoCurrency(fixedCurrency, "fixed currency");
        }
        currencyNames.forEach((name, code) -> isoCurrency(code, "currency name '" + name + "'"));
        if (datePattern != null) {
            Dates.formatter(datePattern);
        }
        if (!header) {
            for (String column : columnsUsed(id, date, counterparty, currency, amount, reference, description)) {
                if (!column.matches("[1-9][0-9]*")) {
                    throw new IllegalArgumentException("without a header row columns are 1-based numbers: '" + column + "'");
                }
            }
        }
    }

    private static void isoCurrency(String code, String what) {
        try {
            Currency c = Currency.getInstance(code);
            io.redesk.recon.model.MinorUnits.digits(c);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " '" + code + "' is not an ISO-4217 currency with minor units", e);
        }
    }

    private static List<String> columnsUsed(String id, String date, String counterparty, String currency, Amount amount,
                                            String reference, String description) {
        List<String> used = new ArrayList<>();
        for (String c : new String[] {id, date, counterparty, currency, reference, description}) {
            if (c != null) {
                used.add(c);
            }
        }
        used.addAll(amount.columns());
        return used;
    }

    /** Every column the mapping reads, by mapped field, in a stable order. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        putIf(fields, "id", id);
        fields.put("date", date);
        putIf(fields, "counterparty", counterparty);
        putIf(fields, "currency", currency);
        if (amount instanceof Signed s) {
            fields.put("amount", s.column());
        } else if (amount instanceof DebitCredit dc) {
            fields.put("debit", dc.debit());
            fields.put("credit", dc.credit());
        }
        putIf(fields, "reference", reference);
        putIf(fields, "description", description);
        return fields;
    }

    private static void putIf(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** The mapping as JSON, to be stored with its source. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a column mapping always serialises", e);
        }
    }

    /**
     * Reads a stored mapping.
     *
     * @throws IllegalArgumentException when the JSON is malformed, has unknown fields, or describes an invalid mapping
     */
    public static ColumnMapping fromJson(String json) {
        try {
            return JSON.readValue(json, ColumnMapping.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException("not a valid column mapping: " + cause.getMessage(), e);
        }
    }

    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** Builds a mapping step by step; defaults: header row, comma, AUTO encoding, POINT decimals. */
    public static final class Builder {
        private final String source;
        private boolean header = true;
        private int skipLines;
        private char delimiter = ',';
        private String encoding = TextDecoder.AUTO;
        private String sheet;
        private String id;
        private String date;
        private String datePattern;
        private String counterparty;
        private String currency;
        private String fixedCurrency;
        private Map<String, String> currencyNames = Map.of();
        private Amount amount;
        private DecimalStyle decimalStyle = DecimalStyle.POINT;
        private String reference;
        private String description;
        private boolean trimText;

        private Builder(String source) {
            this.source = source;
        }

        public Builder header(boolean value) { header = value; return this; }
        public Builder skipLines(int value) { skipLines = value; return this; }
        public Builder delimiter(char value) { delimiter = value; return this; }
        public Builder encoding(String value) { encoding = value; return this; }
        public Builder sheet(String value) { sheet = value; return this; }
        public Builder id(String column) { id = column; return this; }
        public Builder date(String column, String pattern) { date = column; datePattern = pattern; return this; }
        public Builder counterparty(String column) { counterparty = column; return this; }
        public Builder currency(String column) { currency = column; return this; }
        public Builder fixedCurrency(String code) { fixedCurrency = code; return this; }
        public Builder currencyNames(Map<String, String> names) { currencyNames = names; return this; }
        public Builder amount(String column) { amount = new Signed(column, false, false); return this; }
        public Builder amount(Amount value) { amount = value; return this; }
        public Builder debitCredit(String debit, String credit, Positive positive) {
            amount = new DebitCredit(debit, credit, positive);
            return this;
        }
        public Builder decimalStyle(DecimalStyle value) { decimalStyle = value; return this; }
        public Builder reference(String column) { reference = column; return this; }
        public Builder description(String column) { description = column; return this; }
        public Builder trimText(boolean value) { trimText = value; return this; }

        public ColumnMapping build() {
            return new ColumnMapping(source, header, skipLines, delimiter, encoding, sheet, id, date, datePattern,
                    counterparty, currency, fixedCurrency, currencyNames, amount, decimalStyle, reference, description,
                    trimText);
        }
    }
}
