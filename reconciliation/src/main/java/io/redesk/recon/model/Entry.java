package io.redesk.recon.model;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * One line to reconcile: a ledger item (a technical account's balance, a settlement, a claim payment,
 * a row of an imported ledger) or a statement line (a counterparty's statement, a bank statement).
 *
 * <p>The amount is held in integer minor units of its currency ({@link MinorUnits}): 1,234.56 CNY is
 * {@code 123456}. Signs follow the owner of the ledger: money due to or received by the user is
 * positive, money the user owes or pays is negative; an importer maps the source's debit/credit
 * convention onto that once, at the edge.
 *
 * <p>Text is kept exactly as the source had it (no trimming, no case folding): normalising a
 * counterparty name or finding a reference inside a description is the matcher's job, and it must
 * be able to show the original next to what it matched on.
 *
 * @param id          unique within its side of one reconciliation (the ledger's or the statement's
 *                    own id, or a source-and-line id an importer makes up where the source has none)
 * @param date        value or booking date
 * @param counterparty the other party's name as the source writes it (may be empty, never null)
 * @param currency    ISO-4217 currency of the amount
 * @param amountMinor signed amount in the currency's minor units
 * @param reference   the source's reference (UMR, account number, bank reference); may be empty
 * @param description free text (a bank statement's remittance information); may be empty
 */
public record Entry(String id, LocalDate date, String counterparty, Currency currency, long amountMinor,
                    String reference, String description) {

    public Entry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(description, "description");
        if (id.isEmpty() || !id.strip().equals(id)) {
            throw new IllegalArgumentException("an entry's id must be non-empty with no surrounding whitespace: '"
                    + id + "'");
        }
        MinorUnits.digits(currency); // refuses a currency without minor units (e.g. XAU)
    }

    /** The amount as a decimal at the currency's scale, e.g. {@code 1234.56}. */
    public java.math.BigDecimal amount() {
        return MinorUnits.toDecimal(amountMinor, currency);
    }
}
