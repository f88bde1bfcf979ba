package io.redesk.app.desk.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the finance pages read: the technical accounts, claims, statements, settlements and invoices the
 * user's organisation may see, from the vault (the exchange's documents as the last sync brought them,
 * with the user's own queued changes applied), so every page works offline. Reads never call the
 * network. Thread-safe; calls may be made off the FX thread and return fresh objects.
 *
 * <p>Figures: balances are recomputed by {@code domain} from the items (the stated total is kept next to
 * them with the difference); shares are the exchange's split; netting is {@code domain}'s; VAT is the
 * exchange's decision with the rule that made it. Nothing here rounds or converts on its own.
 */
public interface FinanceBook {

    /** The organisation the book is read for (the signed-in user's). */
    UUID organisationId();

    /** "Today" for due dates and overdue flags (the book's clock, in the user's zone). */
    LocalDate today();

    /**
     * The accounts list: light rows for the query's filters, sort and window, with the total count. Built
     * for 100,000 accounts: the rows are kept in memory between calls and rebuilt only after the vault's
     * accounts changed (a sync or an action), so filtering as the user types needs no vault read.
     */
    RowPage<AccountRow> accounts(AccountQuery query);

    /** One account with its items, balance next to the stated total, shares and links; empty if the vault has none. */
    Optional<AccountDetail> account(UUID accountId);

    /** Every version of the account's contract section and period (originals, reversals, corrections), oldest first. */
    List<AccountRow> versionsOf(UUID accountId);

    /** The distinct counterparties, currencies and periods of the accounts, for the filters' choices. */
    FilterChoices filterChoices();

    /** The claims of a placement, oldest first. */
    List<ClaimView> claimsOfPlacement(UUID placementId);

    /** The claims with a payment matched to one of the account's items (the link from the account). */
    List<ClaimView> claimsOf(UUID accountId);

    /** Every claim in the vault, newest first. */
    List<ClaimView> claims();

    Optional<ClaimView> claim(UUID claimId);

    /**
     * A claim's reserve movements, cash calls and registration receipt as the vault holds them (ADR 0640); empty
     * when the vault does not hold the claim.
     */
    Optional<ClaimMovements> claimMovements(UUID claimId);

    /** Exactly the fields a registration of the claim sends, with the receipt once registered; empty when the vault lacks the claim. */
    Optional<ClaimRegistrationFields> claimRegistration(UUID claimId);

    /**
     * Statements of account of the user's organisation as last pulled from the exchange, ordered by
     * counterparty, CNY first then currency code, then period. {@code counterpartyId}, {@code currency}
     * and {@code period} may be null (all).
     */
    List<StatementView> statements(UUID counterpartyId, String currency, String period);

    /** Settlements the user's organisation pays or receives, newest first. */
    List<SettlementView> settlements();

    Optional<SettlementView> settlement(UUID settlementId);

    /** Invoices the user's organisation issues or receives, newest first. */
    List<InvoiceView> invoices();

    Optional<InvoiceView> invoice(UUID invoiceId);

    /** The invoices of one account's shares. */
    List<InvoiceView> invoicesOf(UUID accountId);

    /** The fields a bill registration of the account would send, and its receipt once registered. */
    Optional<BillRegistrationFields> registration(UUID accountId);

    /** The finance to-do list, overdue first, then by due date, then by kind. */
    List<TodoItem> todo();

    /**
     * The date settlement of an account is due: the last day of its accounting period plus the book's
     * settlement term (ADR 0621: 90 days unless configured), as the exchange states no due date.
     */
    LocalDate dueDate(String period);

    /**
     * Subscribes to changes of the book's data (a sync that brought finance changes, or a local action);
     * called on the thread that made the change. Close the handle to stop.
     */
    AutoCloseable onChange(Runnable listener);

    /** Choices for the accounts list's filters. */
    record FilterChoices(List<UUID> counterparties, List<String> currencies, List<String> periods) {
        public FilterChoices {
            counterparties = List.copyOf(counterparties);
            currencies = List.copyOf(currencies);
            periods = List.copyOf(periods);
        }
    }
}
