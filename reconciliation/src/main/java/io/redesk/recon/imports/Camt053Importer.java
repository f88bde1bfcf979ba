package io.redesk.recon.imports;

import io.redesk.recon.model.Entry;
import io.redesk.recon.model.MinorUnits;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An ISO 20022 camt.053 bank-to-customer statement (any version, e.g. {@code camt.053.001.02} and
 * {@code .08}), read with the JDK's own StAX parser, namespace-aware and streaming entry by entry.
 *
 * <p>Safe by construction: no DTD, no external entities; a document with a {@code DOCTYPE} is refused outright
 * (a statement never needs one, and it is how XXE and entity-expansion attacks come in).
 *
 * <p>Each {@code Stmt/Ntry} with status {@code BOOK} gives one entry, or one per {@code NtryDtls/TxDtls} when a
 * batch booking carries several transactions; then their amounts must add up to the entry's amount, else the
 * whole entry is refused. Amount and currency from {@code Amt@Ccy}, sign from {@code CdtDbtInd} ({@code CRDT}
 * positive), date from {@code ValDt} else {@code BookgDt}, reference from the structured creditor reference
 * ({@code RmtInf/Strd/CdtrRefInf/Ref}) else the end-to-end id, description from {@code RmtInf/Ustrd}, the
 * counterparty from {@code RltdPties} (the debtor of a credit, the creditor of a debit; {@code Nm} directly or
 * under {@code Pty} as in .08). Per statement, the opening booked balance ({@code OPBD}, else {@code PRCD}) plus
 * the booked entries must equal the closing booked balance ({@code CLBD}); a mismatch is a problem. Problems
 * carry the line where the element starts.
 */
public final class Camt053Importer implements StatementImporter {

    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.053.";
    private static final Pattern XML_AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");

    @Override
    public ImportResult importFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    static XMLInputFactory secureFactory() {
        // the JDK's built-in parser, not whichever StAX provider the class path brings (fastexcel brings Aalto)
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    public ImportResult read(InputStream in, String fileName) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        XMLStreamReader reader = null;
        try {
            reader = secureFactory().createXMLStreamReader(in);
            String namespace = null;
            Statement statement = null;
            int statements = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    return refused(fileName, reader.getLocation().getLineNumber(),
                            "the file declares a DOCTYPE; camt.053 needs none and it is refused for safety (XXE)");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    return refused(fileName, reader.getLocation().getLineNumber(), "the file uses an undeclared entity");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    String ns = reader.getNamespaceURI();
                    if (namespace == null) {
                        if (!"Document".equals(name) || ns == null || !ns.startsWith(NAMESPACE_PREFIX)) {
                            return refused(fileName, reader.getLocation().getLineNumber(), "not a camt.053 document (root "
                                    + name + " in namespace '" + ns + "'; expected Document in " + NAMESPACE_PREFIX + "*)");
                        }
                        namespace = ns;
                        continue;
                    }
                    if (!namespace.equals(ns)) {
                        problems.add(new ImportProblem(fileName, reader.getLocation().getLineNumber(), name,
                                "element in namespace '" + ns + "' inside a " + namespace + " document; ignored"));
                        skip(reader);
                        continue;
                    }
                    if (name.equals("Stmt")) {
                        if (statement != null) {
                            statement.finish();
                        }
                        statements++;
                        statement = new Statement(fileName, statements, reader.getLocation().getLineNumber(), entries, problems);
                    } else if (statement != null) {
                        // a direct child of Stmt: subtree() reads it to its end tag, so the next end tag at this level is </Stmt>
                        statement.add(subtree(reader, namespace));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("Stmt") && statement != null) {
                    statement.finish();
                    statement = null;
                }
            }
            if (statements == 0) {
                problems.add(new ImportProblem(fileName, 0, "Stmt", "the document holds no statement"));
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            return refused(fileName, line, "not well-formed XML, nothing imported: " + e.getMessage());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader we are done with cannot lose data
                }
            }
        }
        return new ImportResult(entries, problems, Optional.empty());
    }

    private static ImportResult refused(String file, int line, String reason) {
        return new ImportResult(List.of(), List.of(new ImportProblem(file, Math.max(0, line), "xml", reason)), Optional.empty());
    }

    /** Reads the element the reader is on, with everything inside it, into a tree. */
    private static XmlNode subtree(XMLStreamReader reader, String namespace) throws XMLStreamException {
        Deque<XmlNode> open = new ArrayDeque<>();
        XmlNode root = node(reader);
        open.push(root);
        while (!open.isEmpty()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                XmlNode child = node(reader);
                if (namespace.equals(reader.getNamespaceURI())) {
                    open.peek().children.add(child);
                }
                open.push(child);
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                open.peek().text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open.pop();
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("undeclared entity " + reader.getLocalName(), reader.getLocation());
            }
        }
        return root;
    }

    private static XmlNode node(XMLStreamReader reader) {
        XmlNode node = new XmlNode(reader.getLocalName(), reader.getLocation().getLineNumber());
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            node.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return node;
    }

    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** One {@code Stmt}: its identification and balances, then its entries one by one. */
    private static final class Statement {
        private final String file;
        private final int number;
        private final int line;
        private final List<Entry> entries;
        private final List<ImportProblem> problems;
        private String id;
        private XmlNode opening;
        private XmlNode closing;
        private int entryIndex;
        private long booked;
        private Currency bookedCurrency;
        private boolean allRead = true;

        Statement(String file, int number, int line, List<Entry> entries, List<ImportProblem> problems) {
            this.file = file;
            this.number = number;
            this.line = line;
            this.entries = entries;
            this.problems = problems;
        }

        void add(XmlNode child) {
            switch (child.name) {
                case "Id" -> id = child.text().strip();
                case "Bal" -> {
                    String code = child.text("Tp", "CdOrPrtry", "Cd").orElse("").strip();
                    if (code.equals("OPBD") || (code.equals("PRCD") && opening == null)) {
                        opening = child;
                    } else if (code.equals("CLBD")) {
                        closing = child;
                    }
                }
                case "Ntry" -> entry(child);
                default -> { }
            }
        }

        private String idPrefix() {
            return id == null || id.isEmpty() ? "Stmt" + number : id;
        }

        private void entry(XmlNode ntry) {
            entryIndex++;
            int before = problems.size();
            String status = ntry.text("Sts", "Cd").or(() -> ntry.text("Sts")).orElse("").strip();
            if (!status.equals("BOOK")) {
                problem(ntry.line, "Ntry/Sts", "entry " + entryIndex + " has status '" + status + "', not BOOK: not a booked movement, not imported");
                return;
            }
            Money amount = money(ntry, "Ntry", 0);
            LocalDate date = date(ntry);
            if (problems.size() > before || amount == null) {
                allRead = false;
                return;
            }
            if (bookedCurrency == null) {
                bookedCurrency = amount.currency();
            } else if (!bookedCurrency.equals(amount.currency())) {
                allRead = false;
            }
            booked += amount.minor();
            List<XmlNode> transactions = ntry.all("NtryDtls", "TxDtls");
            String entryInfo = ntry.text("AddtlNtryInf").orElse("");
            String prefix = idPrefix() + "/" + entryIndex;
            if (transactions.isEmpty()) {
                entries.add(new Entry(prefix, date, "", amount.currency(), amount.minor(), "", entryInfo));
                return;
            }
            List<Entry> parts = new ArrayList<>();
            long sum = 0;
            for (int i = 0; i < transactions.size(); i++) {
                XmlNode tx = transactions.get(i);
                Money part;
                if (tx.find("Amt").isPresent() || tx.find("AmtDtls", "TxAmt", "Amt").isPresent()) {
                    part = money(tx, "TxDtls", amount.minor() < 0 ? -1 : 1);
                } else if (transactions.size() == 1) {
                    part = amount;
                } else {
                    problem(tx.line, "TxDtls/Amt", "transaction " + (i + 1) + " of a batch of " + transactions.size() + " has no amount");
                    part = null;
                }
                if (part == null) {
                    continue;
                }
                if (!part.currency().equals(amount.currency())) {
                    problem(tx.line, "TxDtls/Amt", "transaction currency " + part.currency() + " differs from the entry's " + amount.currency());
                    continue;
                }
                sum += part.minor();
                Entry e = transaction(tx, prefix + (transactions.size() > 1 ? "/" + (i + 1) : ""), date, part, entryInfo);
                if (e != null) {
                    parts.add(e);
                }
            }
            if (problems.size() > before) {
                return;
            }
            if (sum != amount.minor()) {
                problem(ntry.line, "Ntry/NtryDtls", "the " + transactions.size() + " transactions add up to "
                        + MinorUnits.toDecimal(sum, amount.currency()).toPlainString() + " but the entry's amount is "
                        + MinorUnits.toDecimal(amount.minor(), amount.currency()).toPlainString() + " " + amount.currency()
                        + "; none of them imported");
                return;
            }
            entries.addAll(parts);
        }

        private Entry transaction(XmlNode tx, String id, LocalDate date, Money part, String entryInfo) {
            boolean credit = part.minor() >= 0;
            String party = credit ? "Dbtr" : "Cdtr";
            String counterparty = tx.text("RltdPties", party, "Nm")
                    .or(() -> tx.text("RltdPties", party, "Pty", "Nm")).orElse("");
            String reference = tx.all("RmtInf", "Strd").stream()
                    .map(s -> s.text("CdtrRefInf", "Ref").orElse(""))
                    .filter(r -> !r.isEmpty()).findFirst()
                    .orElseGet(() -> tx.text("Refs", "EndToEndId").filter(r -> !r.equals("NOTPROVIDED")).orElse(""));
            if (!reference.strip().equals(reference)) {
                problem(tx.line, "TxDtls/RmtInf", "reference '" + reference + "' has surrounding whitespace");
                return null;
            }
            String description = tx.all("RmtInf", "Ustrd").stream().map(XmlNode::text).collect(Collectors.joining(" "));
            if (description.isEmpty()) {
                description = tx.text("AddtlTxInf").orElse(entryInfo);
            }
            return new Entry(id, date, counterparty, part.currency(), part.minor(), reference, description);
        }

        private record Money(Currency currency, long minor) {
        }

        /**
         * {@code Amt@Ccy} (or {@code AmtDtls/TxAmt/Amt}) signed by the node's {@code CdtDbtInd}; where the node has
         * none, by {@code inheritedSign} (a transaction inherits its entry's), or a problem when that is 0.
         */
        private Money money(XmlNode node, String where, int inheritedSign) {
            Optional<XmlNode> amt = node.find("Amt").or(() -> node.find("AmtDtls", "TxAmt", "Amt"));
            if (amt.isEmpty()) {
                problem(node.line, where + "/Amt", "the amount is missing");
                return null;
            }
            String code = amt.get().attributes.getOrDefault("Ccy", "");
            Currency currency;
            try {
                currency = Currency.getInstance(code);
                MinorUnits.digits(currency);
            } catch (IllegalArgumentException e) {
                problem(amt.get().line, where + "/Amt@Ccy", "currency '" + code + "' is not an ISO-4217 currency with minor units");
                return null;
            }
            String text = amt.get().text().strip();
            if (!XML_AMOUNT.matcher(text).matches()) {
                problem(amt.get().line, where + "/Amt", "amount '" + text + "' is not a non-negative decimal such as 1234.56");
                return null;
            }
            long minor;
            try {
                minor = MinorUnits.toMinor(new BigDecimal(text), currency);
            } catch (IllegalArgumentException e) {
                problem(amt.get().line, where + "/Amt", e.getMessage());
                return null;
            }
            String indicator = node.text("CdtDbtInd").orElse("").strip();
            if (indicator.isEmpty() && inheritedSign != 0) {
                return new Money(currency, inheritedSign * minor);
            }
            return switch (indicator) {
                case "CRDT" -> new Money(currency, minor);
                case "DBIT" -> new Money(currency, -minor);
                default -> {
                    problem(node.line, where + "/CdtDbtInd", "credit/debit indicator '" + indicator + "' is neither CRDT nor DBIT");
                    yield null;
                }
            };
        }

        private LocalDate date(XmlNode ntry) {
            Optional<String> text = ntry.text("ValDt", "Dt").or(() -> ntry.text("ValDt", "DtTm"))
                    .or(() -> ntry.text("BookgDt", "Dt")).or(() -> ntry.text("BookgDt", "DtTm"));
            if (text.isEmpty()) {
                problem(ntry.line, "Ntry/ValDt", "the entry has neither a value date nor a booking date");
                return null;
            }
            String s = text.get().strip();
            try {
                return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
            } catch (DateTimeParseException e) {
                problem(ntry.line, "Ntry/ValDt", "date '" + s + "' is not an ISO date");
                return null;
            }
        }

        void finish() {
            if (opening == null || closing == null) {
                problem(line, "Stmt/Bal", "statement " + idPrefix() + " has no " + (opening == null ? "opening (OPBD)" : "closing (CLBD)")
                        + " booked balance; its entries could not be checked");
                return;
            }
            Money open = money(opening, "Bal", 0);
            Money close = money(closing, "Bal", 0);
            if (open == null || close == null) {
                return;
            }
            if (!allRead) {
                problem(closing.line, "Stmt/Bal", "the balance was not checked because some entries could not be read");
            } else if (!open.currency().equals(close.currency()) || (bookedCurrency != null && !bookedCurrency.equals(open.currency()))) {
                problem(closing.line, "Stmt/Bal", "the balances and entries are not all in one currency");
            } else if (open.minor() + booked != close.minor()) {
                Currency c = open.currency();
                problem(closing.line, "Stmt/Bal", "closing balance " + MinorUnits.toDecimal(close.minor(), c).toPlainString()
                        + " differs from opening " + MinorUnits.toDecimal(open.minor(), c).toPlainString() + " plus entries "
                        + MinorUnits.toDecimal(booked, c).toPlainString() + " = "
                        + MinorUnits.toDecimal(open.minor() + booked, c).toPlainString() + " " + c);
            }
        }

        private void problem(int at, String field, String reason) {
            problems.add(new ImportProblem(file, at, field, reason));
        }
    }
}
