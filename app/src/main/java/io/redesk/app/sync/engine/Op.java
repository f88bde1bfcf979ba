package io.redesk.app.sync.engine;

/**
 * The user actions the outbox carries to the exchange. Each belongs to an aggregate (the outbox's unit
 * of ordering: entries of one aggregate are pushed strictly in order, different aggregates in parallel)
 * and may be guarded by the version the user edited ({@code If-Match}). The broker's actions on a
 * placement, including accepting one of its quotes, share the placement's aggregate so the order the
 * broker acted in is the order the exchange sees.
 */
public enum Op {
    CREATE_PLACEMENT(Aggregate.PLACEMENT, false, true),
    PUT_SLIP(Aggregate.PLACEMENT, true, false),
    /** Endorses a bound or registered contract: the next slip version, with an effective date. */
    ENDORSE(Aggregate.PLACEMENT, true, false),
    TRANSITION(Aggregate.PLACEMENT, true, false),
    INQUIRY(Aggregate.PLACEMENT, false, false),
    ACCEPT_QUOTE(Aggregate.PLACEMENT, true, false),
    FIRM_ORDER(Aggregate.PLACEMENT, true, false),
    PREPARE_QUOTE(Aggregate.QUOTE, true, false),
    SUBMIT_QUOTE(Aggregate.QUOTE, true, false),
    DECLINE_QUOTE(Aggregate.QUOTE, true, false),
    WRITE_LINE(Aggregate.LINE, false, true),
    AMEND_LINE(Aggregate.LINE, true, false),
    WITHDRAW_LINE(Aggregate.LINE, true, false),
    // --- finance (issue 11; ADR 0622): one aggregate per account, claim, settlement, invoice
    /** Replaces a draft account's items and stated total. */
    UPDATE_ACCOUNT(Aggregate.TECHNICAL_ACCOUNT, true, false),
    ISSUE_ACCOUNT(Aggregate.TECHNICAL_ACCOUNT, true, false),
    AGREE_ACCOUNT(Aggregate.TECHNICAL_ACCOUNT, true, false),
    QUERY_ACCOUNT(Aggregate.TECHNICAL_ACCOUNT, true, false),
    /**
     * Corrects an issued account: the aggregate is the corrected version (a temporary id until the
     * exchange answers), guarded by the version of the account it supersedes (the mutation's target).
     */
    CORRECT_ACCOUNT(Aggregate.TECHNICAL_ACCOUNT, true, true),
    REGISTER_BILL(Aggregate.TECHNICAL_ACCOUNT, false, false),
    REQUEST_CLAIM_PAYMENT(Aggregate.CLAIM, true, false),
    /** The placing broker advises a claim on a signed placement: the claim's id is temporary until the exchange answers. */
    ADVISE_CLAIM(Aggregate.CLAIM, false, true),
    /** States a claim's new outstanding reserve, guarded by the claim's version (ADR 0440, ADR 0650). */
    MOVE_RESERVE(Aggregate.CLAIM, true, false),
    /** Calls the participants' shares of a loss in cash (creates a cash call; nothing the caller read is changed). */
    REQUEST_CASH_CALL(Aggregate.CLAIM, false, false),
    /** Registers the claim with the exchange (the registration standard's fields); the receipt comes with the claim. */
    REGISTER_CLAIM(Aggregate.CLAIM, false, false),
    /** A participant records that its share of a cash call is paid, guarded by the call's version. */
    PAY_CASH_CALL(Aggregate.CASH_CALL, true, false),
    INSTRUCT_SETTLEMENT(Aggregate.SETTLEMENT, false, true),
    PAY_SETTLEMENT(Aggregate.SETTLEMENT, true, false),
    CONFIRM_SETTLEMENT(Aggregate.SETTLEMENT, true, false),
    REQUEST_INVOICE(Aggregate.INVOICE, false, true),
    ISSUE_INVOICE(Aggregate.INVOICE, true, false),
    DELIVER_INVOICE(Aggregate.INVOICE, true, false),
    CONFIRM_INVOICE(Aggregate.INVOICE, true, false),
    VOID_INVOICE(Aggregate.INVOICE, true, false);

    /** The kinds of aggregate; their names are the outbox's {@code aggregate_type} and the feed's entity types. */
    public enum Aggregate {
        PLACEMENT, QUOTE, LINE, TECHNICAL_ACCOUNT, CLAIM, SETTLEMENT, INVOICE, CASH_CALL;

        /** The finance aggregates (issue 11), projected by replaying the user's queued changes on the exchange's copy. */
        public boolean finance() {
            return ordinal() >= TECHNICAL_ACCOUNT.ordinal();
        }
    }

    private final Aggregate aggregate;
    private final boolean guarded;
    private final boolean creates;

    Op(Aggregate aggregate, boolean guarded, boolean creates) {
        this.aggregate = aggregate;
        this.guarded = guarded;
        this.creates = creates;
    }

    public Aggregate aggregate() {
        return aggregate;
    }

    /** Sent with {@code If-Match}; a stale version comes back as 412 and becomes a conflict. */
    public boolean guarded() {
        return guarded;
    }

    /** Creates its aggregate: the local id is temporary until the exchange answers with its own. */
    public boolean creates() {
        return creates;
    }

    /**
     * Whether the exchange's {@code POST /mutation-batches} takes this op as a batch item (the placement,
     * quote and line mutations); the finance ops go one request each.
     */
    public boolean batchable() {
        return !aggregate.finance();
    }

    /** The entity whose version guards this op: the aggregate itself, except a quote accepted on a placement. */
    public Aggregate target() {
        return this == ACCEPT_QUOTE ? Aggregate.QUOTE : aggregate;
    }
}
