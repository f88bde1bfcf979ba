package io.redesk.exchange.account;

import io.redesk.exchange.db.Counters;
import io.redesk.exchange.http.Json;
import io.redesk.sdk.model.account.CashCall;
import io.redesk.sdk.model.account.ClaimRegistrationReceipt;
import io.redesk.sdk.model.account.ReserveMovement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * What hangs off a claim, as stored: reserve movements, cash calls and claim registrations (the claims
 * themselves are in {@link AccountStore}). Every SQL statement of these tables lives here; the store
 * answers with data and never throws an HTTP problem. Documents are kept at 100% with every share;
 * whoever may read them is decided by the routes through {@link io.redesk.exchange.placement.Visibility}.
 */
public final class ClaimStore {
    private final Json json;

    public ClaimStore(Json json) {
        this.json = json;
    }

    private <T> Optional<T> doc(Handle h, String sql, Class<T> type, Object... args) {
        return h.select(sql, args).mapTo(String.class).findOne().map(d -> json.parse(d, type));
    }

    private <T> List<AccountStore.Row<T>> rows(Handle h, String sql, Class<T> type, Object... args) {
        return h.select(sql, args).map((rs, ctx) -> new AccountStore.Row<>(json.parse(rs.getString(1), type), rs.getLong(2))).list();
    }

    // --- reserve movements

    public Optional<ReserveMovement> movement(Handle h, UUID id) {
        return doc(h, "SELECT doc FROM reserve_movements WHERE id = ?", ReserveMovement.class, id);
    }

    /** The number of movements the claim has (the next one's sequence is one more). */
    public int movementCount(Handle h, UUID claimId) {
        return h.select("SELECT COUNT(*) FROM reserve_movements WHERE claim_id = ?", claimId).mapTo(Integer.class).one();
    }

    public void insert(Handle h, ReserveMovement r) {
        long seq = Counters.next(h, "reserve_movement");
        h.execute("INSERT INTO reserve_movements(id, claim_id, sequence, seq, doc) VALUES (?,?,?,?,?)", r.id(), r.claimId(), r.sequence(), seq,
                json.text(r));
    }

    /** The claim's movements after {@code afterSeq}, oldest first. */
    public List<AccountStore.Row<ReserveMovement>> movementsOf(Handle h, UUID claimId, long afterSeq, int limit) {
        return rows(h, "SELECT doc, seq FROM reserve_movements WHERE claim_id = ? AND seq > ? ORDER BY seq LIMIT ?", ReserveMovement.class,
                claimId, afterSeq, limit);
    }

    // --- cash calls

    public Optional<CashCall> cashCall(Handle h, UUID id) {
        return doc(h, "SELECT doc FROM cash_calls WHERE id = ?", CashCall.class, id);
    }

    public void insert(Handle h, CashCall c) {
        long seq = Counters.next(h, "cash_call");
        h.execute("INSERT INTO cash_calls(id, claim_id, status, version, seq, doc) VALUES (?,?,?,?,?,?)", c.id(), c.claimId(), c.status().name(),
                c.version(), seq, json.text(c));
    }

    public void update(Handle h, CashCall c) {
        h.execute("UPDATE cash_calls SET status = ?, version = ?, doc = ? WHERE id = ?", c.status().name(), c.version(), json.text(c), c.id());
    }

    /** The claim's cash calls after {@code afterSeq}, oldest first. */
    public List<AccountStore.Row<CashCall>> cashCallsOf(Handle h, UUID claimId, long afterSeq, int limit) {
        return rows(h, "SELECT doc, seq FROM cash_calls WHERE claim_id = ? AND seq > ? ORDER BY seq LIMIT ?", CashCall.class, claimId, afterSeq,
                limit);
    }

    // --- claim registrations

    public boolean registered(Handle h, UUID claimId) {
        return h.select("SELECT 1 FROM claim_registrations WHERE claim_id = ?", claimId).mapTo(Integer.class).findOne().isPresent();
    }

    /** The next claim registration number (one counter for the exchange). */
    public long nextRegistration(Handle h) {
        return Counters.next(h, "claim_registration");
    }

    public void insertRegistration(Handle h, ClaimRegistrationReceipt r) {
        h.execute("INSERT INTO claim_registrations(claim_id, registration_number, doc) VALUES (?,?,?)", r.claimId(), r.registrationNumber(),
                json.text(r));
    }
}
