package io.redesk.domain.account;

import static io.redesk.domain.account.AccountStatus.*;

import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.domain.workflow.TransitionTable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The legal moves of a technical account version, and the account status the participants' answers
 * add up to. Only a DRAFT may be edited; an issued account is never edited, only superseded by a
 * correction (reversal plus new version), and a SETTLED account cannot be corrected any more.
 */
public final class AccountWorkflow {

    private static final TransitionTable<AccountStatus> TABLE = TransitionTable.builder(AccountStatus.class)
            .from(DRAFT, ISSUED)
            .from(ISSUED, AGREED, QUERIED, SUPERSEDED)
            .from(QUERIED, SUPERSEDED)
            .from(AGREED, SETTLED, SUPERSEDED)
            .build();

    private AccountWorkflow() {
    }

    /** Returns {@code to} if the move is legal, otherwise throws {@link IllegalTransitionException}. */
    public static AccountStatus transition(AccountStatus from, AccountStatus to) {
        return TABLE.transition(from, to);
    }

    public static boolean isAllowed(AccountStatus from, AccountStatus to) {
        return TABLE.isAllowed(from, to);
    }

    public static Set<AccountStatus> allowedFrom(AccountStatus from) {
        return TABLE.allowedFrom(from);
    }

    /** Whether the account's items and figures may still change (only while DRAFT). */
    public static boolean isEditable(AccountStatus status) {
        return status == DRAFT;
    }

    /**
     * The status of an issued account given each participant's answer: QUERIED as soon as one queried,
     * AGREED once all agreed, ISSUED while answers are pending.
     */
    public static AccountStatus fromResponses(List<ParticipantResponse> responses) {
        Objects.requireNonNull(responses, "responses");
        if (responses.contains(ParticipantResponse.QUERIED)) {
            return QUERIED;
        }
        if (!responses.isEmpty() && responses.stream().allMatch(r -> r == ParticipantResponse.AGREED)) {
            return AGREED;
        }
        return ISSUED;
    }

    /**
     * Whether a participant may still answer: only while the account is ISSUED or QUERIED (by someone
     * else) and the participant has not answered; an answer is final for that version, and a query is
     * answered by a corrected version.
     */
    public static boolean mayRespond(AccountStatus account, ParticipantResponse own) {
        return (account == ISSUED || account == QUERIED) && own == ParticipantResponse.PENDING;
    }
}
