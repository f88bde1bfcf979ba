package io.redesk.exchange.account;

import io.redesk.exchange.db.Counters;
import io.redesk.exchange.http.Json;
import io.redesk.sdk.model.account.AccountShare;
import io.redesk.sdk.model.account.BillRegistrationReceipt;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.Invoice;
import io.redesk.sdk.model.account.Settlement;
import io.redesk.sdk.model.account.TechnicalAccount;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Accounts as stored: technical accounts with their participants, bill registrations, claims,
 * settlements and invoices. Every SQL statement of the accounts lives here. The store answers with
 * data; it never throws an HTTP problem. List queries take the visibility rule as SQL from
 * {@link io.redesk.exchange.placement.Visibility}.
 */
public final class AccountStore {
    private final Json json;

    public AccountStore(Json json) {
        this.json = json;
    }

    /** A row of a list: the document and its paging key. */
    public record Row<T>(T doc, long seq) {
    }

    private <T> List<Row<T>> rows(Query q, Class<T> type) {
        return q.map((rs, ctx) -> new Row<>(json.parse(rs.getString(1), type), rs.getLong(2))).list();
    }

    private <T> Optional<T> doc(Handle h, String sql, Class<T> type, Object... args) {
        return h.select(sql, args).mapTo(String.class).findOne().map(d -> json.parse(d, type));
    }

    // --- technical accounts

    public Optional<TechnicalAccount> account(Handle h, UUID id) {
        return doc(h, "SELECT doc FROM technical_accounts WHERE id = ?", TechnicalAccount.class, id);
    }

    public void insert(Handle h, TechnicalAccount a) {
        long seq = Counters.next(h, "technical_account");
        h.execute("INSERT INTO technical_accounts(id, placement_id, broker_id, cedent_id, status, currency, period, version, seq, doc) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?)", a.id(), a.placementId(), a.brokerId(), a.cedentId(), a.status().name(), a.currency(),
                a.period(), a.version(), seq, json.text(a));
        for (AccountShare s : a.shares()) {
            h.execute("INSERT INTO account_participants(account_id, organisation_id) VALUES (?,?) ON CONFLICT DO NOTHING",
                    a.id(), s.participantId());
        }
    }

    public void update(Handle h, TechnicalAccount a) {
        h.execute("UPDATE technical_accounts SET status = ?, version = ?, doc = ? WHERE id = ?", a.status().name(), a.version(),
                json.text(a), a.id());
    }

    /**
     * Accounts the organisation may list ({@link io.redesk.exchange.placement.Visibility#ACCOUNT_LISTED}) after
     * {@code afterSeq}, optionally of one placement and one status.
     */
    public List<Row<TechnicalAccount>> accountsOf(Handle h, UUID orgId, boolean exchange, UUID placementId, String status,
                                                  long afterSeq, int limit) {
        return page(h, "SELECT t.doc, t.seq FROM technical_accounts t WHERE t.seq > :after AND "
                        + io.redesk.exchange.placement.Visibility.ACCOUNT_LISTED, "t", orgId, exchange, placementId, status, afterSeq, limit,
                TechnicalAccount.class);
    }

    /**
     * A page of {@code select} (which filters on {@code :after} and the visibility rule) with the optional
     * filters added to the SQL text when present: PostgreSQL cannot type "? IS NULL" tests.
     */
    private <T> List<Row<T>> page(Handle h, String select, String alias, UUID orgId, boolean exchange, UUID placementId, String status,
                                  long afterSeq, int limit, Class<T> type) {
        StringBuilder sql = new StringBuilder(select);
        if (placementId != null) {
            sql.append(" AND ").append(alias).append(".placement_id = :placement");
        }
        if (status != null) {
            sql.append(" AND ").append(alias).append(".status = :status");
        }
        sql.append(" ORDER BY ").append(alias).append(".seq LIMIT :limit");
        Query q = h.createQuery(sql.toString()).bind("after", afterSeq).bind("exchange", exchange ? 1 : 0).bind("org", orgId)
                .bind("limit", limit);
        if (placementId != null) {
            q.bind("placement", placementId);
        }
        if (status != null) {
            q.bind("status", status);
        }
        return rows(q, type);
    }

    /** Every issued (non-draft) account the organisation is cedent of or participates in, oldest first. */
    public List<TechnicalAccount> issuedAccountsOf(Handle h, UUID orgId) {
        return h.select("SELECT t.doc FROM technical_accounts t WHERE t.status <> 'DRAFT' AND (t.cedent_id = ? "
                        + "OR EXISTS (SELECT 1 FROM account_participants p WHERE p.account_id = t.id AND p.organisation_id = ?)) ORDER BY t.seq",
                orgId, orgId).mapTo(String.class).map(d -> json.parse(d, TechnicalAccount.class)).list();
    }

    /** Every issued (non-draft) account of the placements the organisation brokers, oldest first. */
    public List<TechnicalAccount> issuedAccountsBrokeredBy(Handle h, UUID brokerId) {
        return h.select("SELECT doc FROM technical_accounts WHERE broker_id = ? AND status <> 'DRAFT' ORDER BY seq", brokerId)
                .mapTo(String.class).map(d -> json.parse(d, TechnicalAccount.class)).list();
    }

    /**
     * {@link #issuedAccountsOf(Handle, UUID)} of one period and/or currency (null: any), filtered in SQL;
     * the organisation's accounts are found through the cedent and participant indexes, not by testing
     * every account (the statements of a large book, issue 11).
     */
    public List<TechnicalAccount> issuedAccountsOf(Handle h, UUID orgId, String period, String currency) {
        StringBuilder sql = new StringBuilder("SELECT doc FROM technical_accounts WHERE id IN (SELECT id FROM technical_accounts"
                + " WHERE cedent_id = :org UNION SELECT account_id FROM account_participants WHERE organisation_id = :org)"
                + " AND status <> 'DRAFT'");
        if (period != null) {
            sql.append(" AND period = :period");
        }
        if (currency != null) {
            sql.append(" AND currency = :currency");
        }
        Query q = h.createQuery(sql.append(" ORDER BY seq").toString()).bind("org", orgId);
        if (period != null) {
            q.bind("period", period);
        }
        if (currency != null) {
            q.bind("currency", currency);
        }
        return q.mapTo(String.class).map(d -> json.parse(d, TechnicalAccount.class)).list();
    }

    public Optional<BillRegistrationReceipt> registration(Handle h, UUID accountId) {
        return doc(h, "SELECT doc FROM bill_registrations WHERE account_id = ?", BillRegistrationReceipt.class, accountId);
    }

    /** The next bill registration number (one counter for the exchange). */
    public long nextRegistration(Handle h) {
        return Counters.next(h, "bill_registration");
    }

    public void insertRegistration(Handle h, BillRegistrationReceipt r) {
        h.execute("INSERT INTO bill_registrations(account_id, registration_number, doc) VALUES (?,?,?)", r.accountId(),
                r.registrationNumber(), json.text(r));
    }

    // --- claims

    public Optional<Claim> claim(Handle h, UUID id) {
        return doc(h, "SELECT doc FROM claims WHERE id = ?", Claim.class, id);
    }

    public boolean ucrTaken(Handle h, UUID placementId, String ucr) {
        return h.select("SELECT 1 FROM claims WHERE placement_id = ? AND ucr = ?", placementId, ucr).mapTo(Integer.class).findOne().isPresent();
    }

    public void insert(Handle h, Claim k) {
        long seq = Counters.next(h, "claim");
        h.execute("INSERT INTO claims(id, placement_id, ucr, version, seq, doc) VALUES (?,?,?,?,?,?)", k.id(), k.placementId(), k.ucr(),
                k.version(), seq, json.text(k));
    }

    public void update(Handle h, Claim k) {
        h.execute("UPDATE claims SET version = ?, doc = ? WHERE id = ?", k.version(), json.text(k), k.id());
    }

    /**
     * Claims the organisation may list ({@link io.redesk.exchange.placement.Visibility#CLAIM_LISTED}),
     * optionally of one placement, after {@code afterSeq}.
     */
    public List<Row<Claim>> claimsOf(Handle h, UUID orgId, boolean exchange, UUID placementId, long afterSeq, int limit) {
        return page(h, "SELECT k.doc, k.seq FROM claims k WHERE k.seq > :after AND " + io.redesk.exchange.placement.Visibility.CLAIM_LISTED,
                "k", orgId, exchange, placementId, null, afterSeq, limit, Claim.class);
    }

    // --- settlements

    public Optional<Settlement> settlement(Handle h, UUID id) {
        return doc(h, "SELECT doc FROM settlements WHERE id = ?", Settlement.class, id);
    }

    public void insert(Handle h, Settlement s) {
        long seq = Counters.next(h, "settlement");
        h.execute("INSERT INTO settlements(id, payer_id, payee_id, status, version, seq, doc) VALUES (?,?,?,?,?,?,?)", s.id(), s.payerId(),
                s.payeeId(), s.status().name(), s.version(), seq, json.text(s));
    }

    public void update(Handle h, Settlement s) {
        h.execute("UPDATE settlements SET status = ?, version = ?, doc = ? WHERE id = ?", s.status().name(), s.version(), json.text(s), s.id());
    }

    public List<Row<Settlement>> settlementsOf(Handle h, UUID orgId, boolean exchange, long afterSeq, int limit) {
        return rows(h.createQuery("SELECT doc, seq FROM settlements WHERE seq > :after AND (:exchange = 1 OR payer_id = :org OR payee_id = :org) "
                + "ORDER BY seq LIMIT :limit").bind("after", afterSeq).bind("exchange", exchange ? 1 : 0).bind("org", orgId)
                .bind("limit", limit), Settlement.class);
    }

    // --- invoices

    public Optional<Invoice> invoice(Handle h, UUID id) {
        return doc(h, "SELECT doc FROM invoices WHERE id = ?", Invoice.class, id);
    }

    /** Whether the issuer already used this number for an invoice or a red-letter reversal. */
    public boolean invoiceNumberTaken(Handle h, UUID issuerId, String number) {
        return h.select("SELECT 1 FROM invoices WHERE issuer_id = ? AND (invoice_number = ? OR red_invoice_number = ?)", issuerId, number,
                number).mapTo(Integer.class).findOne().isPresent();
    }

    /** Invoices of one reinsurer's share of an account that are not voided. */
    public List<Invoice> openInvoices(Handle h, UUID accountId, UUID reinsurerId) {
        return h.select("SELECT doc FROM invoices WHERE account_id = ? AND reinsurer_id = ? AND status <> 'VOIDED'", accountId, reinsurerId)
                .mapTo(String.class).map(d -> json.parse(d, Invoice.class)).list();
    }

    public void insert(Handle h, Invoice i) {
        long seq = Counters.next(h, "invoice");
        h.execute("INSERT INTO invoices(id, account_id, issuer_id, recipient_id, reinsurer_id, invoice_number, red_invoice_number, status, "
                        + "version, seq, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?)", i.id(), i.technicalAccountId(), i.issuerId(), i.recipientId(),
                i.reinsurerId(), i.invoiceNumber(), i.redInvoiceNumber(), i.status().name(), i.version(), seq, json.text(i));
    }

    public void update(Handle h, Invoice i) {
        h.execute("UPDATE invoices SET invoice_number = ?, red_invoice_number = ?, status = ?, version = ?, doc = ? WHERE id = ?",
                i.invoiceNumber(), i.redInvoiceNumber(), i.status().name(), i.version(), json.text(i), i.id());
    }

    public List<Row<Invoice>> invoicesOf(Handle h, UUID orgId, boolean exchange, long afterSeq, int limit) {
        return rows(h.createQuery("SELECT doc, seq FROM invoices WHERE seq > :after AND (:exchange = 1 OR issuer_id = :org OR recipient_id = :org) "
                + "ORDER BY seq LIMIT :limit").bind("after", afterSeq).bind("exchange", exchange ? 1 : 0).bind("org", orgId)
                .bind("limit", limit), Invoice.class);
    }
}
