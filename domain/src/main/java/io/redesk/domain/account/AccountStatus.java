package io.redesk.domain.account;

/**
 * The life of one version of a technical account: DRAFT (the broker prepares it, still editable) →
 * ISSUED (frozen) → AGREED when every participant agreed, or QUERIED as soon as one queried it →
 * SETTLED once agreed and paid. A queried (or agreed but wrong) account is answered by a correction:
 * this version becomes SUPERSEDED, a reversal cancels it and a new version starts as DRAFT.
 */
public enum AccountStatus {
    DRAFT,
    ISSUED,
    AGREED,
    QUERIED,
    SETTLED,
    /** Replaced by a corrected version (reversal plus new version); final. */
    SUPERSEDED
}
