package io.redesk.exchange.account;

import io.redesk.domain.account.AccountStatus;
import io.redesk.domain.account.BalanceSplit;
import io.redesk.domain.account.TaBalance;
import io.redesk.domain.money.Share;
import io.redesk.domain.signing.PoolMember;
import io.redesk.exchange.http.Wire;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountShare;
import io.redesk.sdk.model.account.BalanceDirection;
import io.redesk.sdk.model.account.BillRegistration;
import io.redesk.sdk.model.account.ParticipantResponse;
import io.redesk.sdk.model.account.PoolMemberAmount;
import io.redesk.sdk.model.account.TaItem;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.account.TechnicalAccount;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A technical account being built or changed: its fields, then {@link #build()} recomputes everything
 * {@code domain} decides (balance, memo total, stated difference and flag, direction, every
 * participant's share split by {@link BalanceSplit}), so no stored account ever carries a figure the
 * exchange did not compute from its items.
 */
final class AccountDraft {

    /** A signed line of the placement, in written order: the participant, its signed share of the order, its pool members. */
    record Participant(UUID organisationId, Share signedShare, List<PoolMember> poolMembers) {
    }

    UUID id;
    UUID placementId;
    String contractReference;
    String section;
    String period;
    String currency;
    Integer instalment;
    int accountVersion = 1;
    AccountKind kind = AccountKind.ORIGINAL;
    UUID reversesId;
    UUID supersedesId;
    UUID supersededById;
    AccountStatus status = AccountStatus.DRAFT;
    UUID cedentId;
    UUID brokerId;
    List<TaItem> items = List.of();
    Money statedBalance;
    Share orderShare = Share.HUNDRED;
    List<Participant> participants = List.of();
    /** Answers and settlement links kept from the previous state, by participant. */
    Map<UUID, AccountShare> previous = new LinkedHashMap<>();
    BillRegistration registration;
    Instant createdAt;
    Instant issuedAt;
    long version = 1;

    static AccountDraft of(TechnicalAccount a, Share orderShare, List<Participant> participants) {
        AccountDraft d = new AccountDraft();
        d.id = a.id();
        d.placementId = a.placementId();
        d.contractReference = a.contractReference();
        d.section = a.section();
        d.period = a.period();
        d.currency = a.currency();
        d.instalment = a.instalment();
        d.accountVersion = a.accountVersion();
        d.kind = a.kind();
        d.reversesId = a.reversesId();
        d.supersedesId = a.supersedesId();
        d.supersededById = a.supersededById();
        d.status = AccountStatus.valueOf(a.status().name());
        d.cedentId = a.cedentId();
        d.brokerId = a.brokerId();
        d.items = a.items();
        d.statedBalance = a.statedBalance();
        d.orderShare = orderShare;
        d.participants = participants;
        for (AccountShare s : a.shares()) {
            d.previous.put(s.participantId(), s);
        }
        d.registration = a.registration();
        d.createdAt = a.createdAt();
        d.issuedAt = a.issuedAt();
        d.version = a.version();
        return d;
    }

    /** The account as {@code domain} sees it (validates currencies: every item and the stated total in the account's). */
    io.redesk.domain.account.TechnicalAccount toDomain() {
        List<io.redesk.domain.account.TaItem> di = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            TaItem t = items.get(i);
            di.add(new io.redesk.domain.account.TaItem(io.redesk.domain.account.TaItemType.valueOf(t.type().name()),
                    Wire.money(t.amount(), "items[" + i + "].amount"), t.reference()));
        }
        return new io.redesk.domain.account.TechnicalAccount(contractReference, period, Currency.getInstance(currency), di,
                statedBalance == null ? null : Wire.money(statedBalance, "statedBalance"));
    }

    TechnicalAccount build() {
        TaBalance b = toDomain().balance();
        io.redesk.domain.money.Money orderPart = b.computed().times(orderShare, RoundingMode.HALF_UP);
        List<AccountShare> shares = new ArrayList<>();
        if (!participants.isEmpty()) {
            List<io.redesk.domain.money.Money> parts = BalanceSplit.split(orderPart, participants.stream().map(Participant::signedShare).toList());
            for (int i = 0; i < participants.size(); i++) {
                Participant p = participants.get(i);
                AccountShare prev = previous.get(p.organisationId());
                List<PoolMemberAmount> members = null;
                if (!p.poolMembers().isEmpty()) {
                    List<io.redesk.domain.money.Money> mp = BalanceSplit.splitPool(parts.get(i), p.poolMembers());
                    members = new ArrayList<>();
                    for (int j = 0; j < mp.size(); j++) {
                        members.add(new PoolMemberAmount(UUID.fromString(p.poolMembers().get(j).memberId()),
                                Wire.text(p.poolMembers().get(j).share()), Wire.money(mp.get(j))));
                    }
                }
                shares.add(new AccountShare(p.organisationId(), Wire.text(p.signedShare()), Wire.money(parts.get(i)),
                        prev == null ? ParticipantResponse.PENDING : prev.response(), prev == null ? null : prev.queryReason(),
                        prev == null ? null : prev.respondedAt(), prev == null ? null : prev.settlementId(), members));
            }
        }
        return new TechnicalAccount(id, placementId, contractReference, section, period, currency, instalment, accountVersion, kind,
                reversesId, supersedesId, supersededById, io.redesk.sdk.model.account.AccountStatus.valueOf(status.name()), cedentId, brokerId,
                items, statedBalance, Wire.money(b.computed()), Wire.money(b.memoTotal()), Wire.money(b.difference()), b.isFlagged(),
                BalanceDirection.valueOf(b.direction().name()), shares, registration, createdAt, issuedAt, version);
    }

    /** The items of {@code domain}'s reversal of this account, keeping each item's claim link and description. */
    List<TaItem> reversedItems() {
        List<io.redesk.domain.account.TaItem> rev = toDomain().reversal().items();
        List<TaItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            TaItem t = items.get(i);
            out.add(new TaItem(t.type(), Wire.money(rev.get(i).amount()), t.reference(), t.claimId(), t.description()));
        }
        return out;
    }

    /** The stated total of {@code domain}'s reversal (the negated stated total), or null. */
    Money reversedStatedBalance() {
        io.redesk.domain.money.Money s = toDomain().reversal().statedBalance();
        return s == null ? null : Wire.money(s);
    }

    static boolean isClaimItem(TaItemType t) {
        return t == TaItemType.CLAIMS_PAID || t == TaItemType.CASH_LOSS;
    }
}
