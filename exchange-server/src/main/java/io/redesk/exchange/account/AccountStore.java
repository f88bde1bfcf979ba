package io.redesk.exchange.account;

import io.redesk.exchange.db.Sql;
import io.redesk.exchange.http.Json;
import io.redesk.sdk.model.account.BillRegistrationReceipt;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.Invoice;
import io.redesk.sdk.model.account.Settlement;
import io.redesk.sdk.model.account.TechnicalAccount;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts as stored: technical accounts with their participants, bill registrations, claims,
 * settlements and invoices. Every SQL statement of the accounts lives here; the store never decides
 * visibility or answers HTTP (the routes do, through {@link AccountViews}).
 */
public final class AccountStore {
    private final Json json;

    public AccountStore(Json json) {
        this.json = json;
    }

    // --- technical accounts

    public Optional<TechnicalAccount> account(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT doc FROM technical_accounts WHERE id = ?", rs -> json.parse(rs.getString(1), TechnicalAccount.class), id);
    }

    public void insert(Connection c, TechnicalAccount a) throws SQLException {
        long seq = Sql.nextValue(c, "technical_account");
        Sql.update(c, "INSERT INTO technical_accounts(id, placement_id, broker_id, cedent_id, status, currency, period, version, seq, doc) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?)", a.id(), a.placementId(), a.brokerId(), a.cedentId(), a.status(), a.currency(),
                a.period(), a.version(), seq, json.text(a));
        for (var s : a.shares()) {
            Sql.update(c, "INSERT INTO account_participants(account_id, organisation_id) VALUES (?,?) ON CONFLICT DO NOTHING",
                    a.id(), s.participantId());
        }
    }

    public void update(Connection c, TechnicalAccount a) throws SQLException {
        Sql.update(c, "UPDATE technical_accounts SET status = ?, version = ?, doc = ? WHERE id = ?", a.status(), a.version(), json.text(a), a.id());
    }

    /** A row of a list: the document and its paging key. */
    public record Row<T>(T doc, long seq) {
    }

    /**
     * Accounts the organisation is a party to (placing broker, cedent or participant), or every account
     * for the exchange, after {@code afterSeq}, optionally of one placement and one status.
     */
    public List<Row<TechnicalAccount>> accountsOf(Connection c, UUID orgId, boolean exchange, UUID placementId, String status,
                                                  long afterSeq, int limit) throws SQLException {
        // optional filters are added as SQL rather than "? IS NULL" tests, which PostgreSQL cannot type
        StringBuilder sql = new StringBuilder("SELECT t.doc, t.seq FROM technical_accounts t WHERE t.seq > ?");
        List<Object> args = new ArrayList<>(List.of(afterSeq));
        if (!exchange) {
            sql.append(" AND (t.broker_id = ? OR t.cedent_id = ? OR EXISTS (SELECT 1 FROM account_participants p "
                    + "WHERE p.account_id = t.id AND p.organisation_id = ?))");
            args.addAll(List.of(orgId, orgId, orgId));
        }
        if (placementId != null) {
            sql.append(" AND t.placement_id = ?");
            args.add(placementId);
        }
        if (status != null) {
            sql.append(" AND t.status = ?");
            args.add(status);
        }
        sql.append(" ORDER BY t.seq LIMIT ?");
        args.add(limit);
        return Sql.list(c, sql.toString(), rs -> new Row<>(json.parse(rs.getString(1), TechnicalAccount.class), rs.getLong(2)), args.toArray());
    }

    /** Every issued (non-draft) account the organisation is cedent of or participates in, oldest first. */
    public List<TechnicalAccount> issuedAccountsOf(Connection c, UUID orgId) throws SQLException {
        return Sql.list(c, "SELECT t.doc FROM technical_accounts t WHERE t.status <> 'DRAFT' AND (t.cedent_id = ? "
                        + "OR EXISTS (SELECT 1 FROM account_participants p WHERE p.account_id = t.id AND p.organisation_id = ?)) ORDER BY t.seq",
                rs -> json.parse(rs.getString(1), TechnicalAccount.class), orgId, orgId);
    }

    public List<TechnicalAccount> accountsOfPlacement(Connection c, UUID placementId) throws SQLException {
        return Sql.list(c, "SELECT doc FROM technical_accounts WHERE placement_id = ? ORDER BY seq",
                rs -> json.parse(rs.getString(1), TechnicalAccount.class), placementId);
    }

    public Optional<BillRegistrationReceipt> registration(Connection c, UUID accountId) throws SQLException {
        return Sql.one(c, "SELECT doc FROM bill_registrations WHERE account_id = ?",
                rs -> json.parse(rs.getString(1), BillRegistrationReceipt.class), accountId);
    }

    /** The next bill registration number of the counter (per exchange). */
    public long nextRegistration(Connection c) throws SQLException {
        return Sql.nextValue(c, "bill_registration");
    }

    public void insertRegistration(Connection c, BillRegistrationReceipt r) throws SQLException {
        Sql.update(c, "INSERT INTO bill_registrations(account_id, registration_number, doc) VALUES (?,?,?)", r.accountId(),
                r.registrationNumber(), json.text(r));
    }

    // --- claims

    public Optional<Claim> claim(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT doc FROM claims WHERE id = ?", rs -> json.parse(rs.getString(1), Claim.class), id);
    }

    public boolean ucrTaken(Connection c, UUID placementId, String ucr) throws SQLException {
        return Sql.one(c, "SELECT 1 FROM claims WHERE placement_id = ? AND ucr = ?", rs -> true, placementId, ucr).isPresent();
    }

    public void insert(Connection c, Claim k) throws SQLException {
        long seq = Sql.nextValue(c, "claim");
        Sql.update(c, "INSERT INTO claims(id, placement_id, ucr, version, seq, doc) VALUES (?,?,?,?,?,?)", k.id(), k.placementId(), k.ucr(),
                k.version(), seq, json.text(k));
    }

    public void update(Connection c, Claim k) throws SQLException {
        Sql.update(c, "UPDATE claims SET version = ?, doc = ? WHERE id = ?", k.version(), json.text(k), k.id());
    }

    /**
     * Claims of placements the organisation places or holds a signed line on (every claim for the
     * exchange), optionally of one placement, after {@code afterSeq}.
     */
    public List<Row<Claim>> claimsOf(Connection c, UUID orgId, boolean exchange, UUID placementId, long afterSeq, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT k.doc, k.seq FROM claims k WHERE k.seq > ?");
        List<Object> args = new ArrayList<>(List.of(afterSeq));
        if (!exchange) {
            sql.append(" AND (EXISTS (SELECT 1 FROM placements p WHERE p.id = k.placement_id AND (p.broker_id = ? OR p.cedent_id = ?)) "
                    + "OR EXISTS (SELECT 1 FROM lines l WHERE l.placement_id = k.placement_id AND l.reinsurer_id = ? AND l.status = 'SIGNED'))");
            args.addAll(List.of(orgId, orgId, orgId));
        }
        if (placementId != null) {
            sql.append(" AND k.placement_id = ?");
            args.add(placementId);
        }
        sql.append(" ORDER BY k.seq LIMIT ?");
        args.add(limit);
        return Sql.list(c, sql.toString(), rs -> new Row<>(json.parse(rs.getString(1), Claim.class), rs.getLong(2)), args.toArray());
    }

    // --- settlements

    public Optional<Settlement> settlement(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT doc FROM settlements WHERE id = ?", rs -> json.parse(rs.getString(1), Settlement.class), id);
    }

    public void insert(Connection c, Settlement s) throws SQLException {
        long seq = Sql.nextValue(c, "settlement");
        Sql.update(c, "INSERT INTO settlements(id, payer_id, payee_id, status, version, seq, doc) VALUES (?,?,?,?,?,?,?)", s.id(), s.payerId(),
                s.payeeId(), s.status(), s.version(), seq, json.text(s));
    }

    public void update(Connection c, Settlement s) throws SQLException {
        Sql.update(c, "UPDATE settlements SET status = ?, version = ?, doc = ? WHERE id = ?", s.status(), s.version(), json.text(s), s.id());
    }

    public List<Row<Settlement>> settlementsOf(Connection c, UUID orgId, boolean exchange, long afterSeq, int limit) throws SQLException {
        if (exchange) {
            return Sql.list(c, "SELECT doc, seq FROM settlements WHERE seq > ? ORDER BY seq LIMIT ?",
                    rs -> new Row<>(json.parse(rs.getString(1), Settlement.class), rs.getLong(2)), afterSeq, limit);
        }
        return Sql.list(c, "SELECT doc, seq FROM settlements WHERE seq > ? AND (payer_id = ? OR payee_id = ?) ORDER BY seq LIMIT ?",
                rs -> new Row<>(json.parse(rs.getString(1), Settlement.class), rs.getLong(2)), afterSeq, orgId, orgId, limit);
    }

    // --- invoices

    public Optional<Invoice> invoice(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT doc FROM invoices WHERE id = ?", rs -> json.parse(rs.getString(1), Invoice.class), id);
    }

    /** Whether the issuer already used this number for an invoice or a red-letter reversal. */
    public boolean invoiceNumberTaken(Connection c, UUID issuerId, String number) throws SQLException {
        return Sql.one(c, "SELECT 1 FROM invoices WHERE issuer_id = ? AND (invoice_number = ? OR red_invoice_number = ?)", rs -> true,
                issuerId, number, number).isPresent();
    }

    /** Invoices of one reinsurer's share of an account that are not voided. */
    public List<Invoice> openInvoices(Connection c, UUID accountId, UUID reinsurerId) throws SQLException {
        return Sql.list(c, "SELECT doc FROM invoices WHERE account_id = ? AND reinsurer_id = ? AND status <> 'VOIDED'",
                rs -> json.parse(rs.getString(1), Invoice.class), accountId, reinsurerId);
    }

    public void insert(Connection c, Invoice i) throws SQLException {
        long seq = Sql.nextValue(c, "invoice");
        Sql.update(c, "INSERT INTO invoices(id, account_id, issuer_id, recipient_id, reinsurer_id, invoice_number, red_invoice_number, status, "
                        + "version, seq, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?)", i.id(), i.technicalAccountId(), i.issuerId(), i.recipientId(),
                i.reinsurerId(), i.invoiceNumber(), i.redInvoiceNumber(), i.status(), i.version(), seq, json.text(i));
    }

    public void update(Connection c, Invoice i) throws SQLException {
        Sql.update(c, "UPDATE invoices SET invoice_number = ?, red_invoice_number = ?, status = ?, version = ?, doc = ? WHERE id = ?",
                i.invoiceNumber(), i.redInvoiceNumber(), i.status(), i.version(), json.text(i), i.id());
    }

    public List<Row<Invoice>> invoicesOf(Connection c, UUID orgId, boolean exchange, long afterSeq, int limit) throws SQLException {
        if (exchange) {
            return Sql.list(c, "SELECT doc, seq FROM invoices WHERE seq > ? ORDER BY seq LIMIT ?",
                    rs -> new Row<>(json.parse(rs.getString(1), Invoice.class), rs.getLong(2)), afterSeq, limit);
        }
        return Sql.list(c, "SELECT doc, seq FROM invoices WHERE seq > ? AND (issuer_id = ? OR recipient_id = ?) ORDER BY seq LIMIT ?",
                rs -> new Row<>(json.parse(rs.getString(1), Invoice.class), rs.getLong(2)), afterSeq, orgId, orgId, limit);
    }
}
