package io.redesk.app.desk.finance;

import io.redesk.sdk.model.account.AccountStatus;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A filtered, sorted window of the accounts list. Null (or empty) filters match everything. Build one
 * with {@link #all()} and the {@code with…} methods.
 *
 * @param counterpartyId  accounts with this counterparty (a participant for the cedent and broker, the cedent for a participant)
 * @param currency        ISO 4217 code, exact ("USD")
 * @param period          accounting period, exact ("2027Q1")
 * @param statuses        any of these account states
 * @param overdueOnly     only accounts past their due date and not settled ({@link FinanceBook#today()})
 * @param flaggedOnly     only accounts whose stated total differs from the computed balance
 * @param text            search text: every word must be a prefix of a word of the contract reference, section,
 *                        period, an item reference, or a counterparty's name (either language); case and accents ignored
 * @param includeSuperseded whether superseded versions and reversals are listed (default: only the live versions)
 * @param sort            order of the rows
 * @param descending      reverse order
 * @param offset          first row of the window (0-based)
 * @param limit           rows in the window (at most {@link #MAX_LIMIT})
 */
public record AccountQuery(UUID counterpartyId, String currency, String period, Set<AccountStatus> statuses,
                           boolean overdueOnly, boolean flaggedOnly, String text, boolean includeSuperseded,
                           AccountSort sort, boolean descending, int offset, int limit) {

    /** The most rows one window returns. */
    public static final int MAX_LIMIT = 200_000;

    public AccountQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? AccountSort.PERIOD : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Every live account, newest period first, all rows. */
    public static AccountQuery all() {
        return new AccountQuery(null, null, null, Set.of(), false, false, null, false, AccountSort.PERIOD, true, 0,
                MAX_LIMIT);
    }

    public AccountQuery withCounterparty(UUID id) {
        return new AccountQuery(id, currency, period, statuses, overdueOnly, flaggedOnly, text, includeSuperseded, sort,
                descending, offset, limit);
    }

    public AccountQuery withCurrency(String code) {
        return new AccountQuery(counterpartyId, code, period, statuses, overdueOnly, flaggedOnly, text, includeSuperseded,
                sort, descending, offset, limit);
    }

    public AccountQuery withPeriod(String p) {
        return new AccountQuery(counterpartyId, currency, p, statuses, overdueOnly, flaggedOnly, text, includeSuperseded,
                sort, descending, offset, limit);
    }

    public AccountQuery withStatuses(Set<AccountStatus> s) {
        return new AccountQuery(counterpartyId, currency, period, s, overdueOnly, flaggedOnly, text, includeSuperseded,
                sort, descending, offset, limit);
    }

    public AccountQuery withOverdueOnly(boolean on) {
        return new AccountQuery(counterpartyId, currency, period, statuses, on, flaggedOnly, text, includeSuperseded,
                sort, descending, offset, limit);
    }

    public AccountQuery withFlaggedOnly(boolean on) {
        return new AccountQuery(counterpartyId, currency, period, statuses, overdueOnly, on, text, includeSuperseded,
                sort, descending, offset, limit);
    }

    public AccountQuery withText(String t) {
        return new AccountQuery(counterpartyId, currency, period, statuses, overdueOnly, flaggedOnly, t, includeSuperseded,
                sort, descending, offset, limit);
    }

    public AccountQuery withSuperseded(boolean on) {
        return new AccountQuery(counterpartyId, currency, period, statuses, overdueOnly, flaggedOnly, text, on, sort,
                descending, offset, limit);
    }

    public AccountQuery sortedBy(AccountSort s, boolean desc) {
        return new AccountQuery(counterpartyId, currency, period, statuses, overdueOnly, flaggedOnly, text,
                includeSuperseded, Objects.requireNonNull(s, "sort"), desc, offset, limit);
    }

    public AccountQuery window(int from, int rows) {
        return new AccountQuery(counterpartyId, currency, period, statuses, overdueOnly, flaggedOnly, text,
                includeSuperseded, sort, descending, from, rows);
    }
}
