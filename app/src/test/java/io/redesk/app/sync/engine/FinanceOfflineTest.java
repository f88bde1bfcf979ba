package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.app.desk.finance.AccountDetail;
import io.redesk.app.desk.finance.AccountItem;
import io.redesk.app.desk.finance.AccountQuery;
import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.desk.finance.FinanceInputException;
import io.redesk.app.desk.finance.Queued;
import io.redesk.app.desk.finance.SettlementInstruction;
import io.redesk.app.desk.finance.SyncMark;
import io.redesk.app.desk.finance.TodoItem;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountShare;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.ParticipantResponse;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.store.outbox.OutboxEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Account actions offline through the outbox, against the real in-process exchange with the demo's year
 * of accounts: the exchange stops; the broker issues a draft and corrects a queried account, the app is
 * restarted (new vault session, new engine), the exchange comes back, and everything arrives exactly once;
 * then two reinsurers answer offline (one agrees, one queries) and the account ends QUERIED with both
 * answers. A stale version becomes a conflict with base, mine and theirs; a refusal is kept with the
 * exchange's reason; bad input is refused before anything is saved.
 */
class FinanceOfflineTest {

    @TempDir
    Path dir;

    private Exchange exchange;

    @BeforeEach
    void start() {
        exchange = new Exchange(dir.resolve("exchange"));
    }

    @AfterEach
    void stop() {
        exchange.close();
    }

    private FinanceUser desk(String user, UUID org) {
        return new FinanceUser(exchange, dir, user, org);
    }

    @Test
    void issueCorrectAgreeAndQueryOfflineArriveExactlyOnce() {
        try (FinanceUser broker = desk("broker.finance", DemoSeed.HUATAI);
             FinanceUser chinare = desk("chinare.finance", DemoSeed.CHINA_RE);
             FinanceUser pudong = desk("pudong.finance", DemoSeed.PUDONG_RE)) {
            broker.sync();
            chinare.sync();
            pudong.sync();
            long brokerMark = Convergence.auditMark(broker.client);

            AccountRow draft = broker.book.accounts(AccountQuery.all().withStatuses(Set.of(AccountStatus.DRAFT))
                    .withCounterparty(DemoSeed.CHINA_RE).withCounterparty(null)).rows().stream()
                    .filter(r -> r.counterpartyIds().containsAll(List.of(DemoSeed.CHINA_RE, DemoSeed.PUDONG_RE)))
                    .findFirst().orElseThrow();
            AccountRow queried = broker.book.accounts(AccountQuery.all().withStatuses(Set.of(AccountStatus.QUERIED)))
                    .rows().get(0);
            AccountDetail before = broker.book.account(queried.id()).orElseThrow();

            // the exchange goes away; the broker works on
            exchange.stop();
            Queued issued = broker.actions.issue(draft.id());
            List<AccountItem> fixed = before.items().stream()
                    .map(i -> new AccountItem(i.type(), i.amount(), i.reference(), i.claimId(), i.description(), null)).toList();
            Queued corrected = broker.actions.correct(queried.id(), fixed, null);
            assertThat(broker.book.account(draft.id()).orElseThrow().row().status()).isEqualTo(AccountStatus.ISSUED);
            assertThat(broker.book.account(draft.id()).orElseThrow().row().sync()).isEqualTo(SyncMark.QUEUED);
            assertThat(broker.book.account(queried.id()).orElseThrow().row().status()).isEqualTo(AccountStatus.SUPERSEDED);
            AccountDetail local = broker.book.account(UUID.fromString(corrected.subjectId())).orElseThrow();
            assertThat(local.row().status()).isEqualTo(AccountStatus.DRAFT);
            assertThat(local.row().kind()).isEqualTo(AccountKind.CORRECTION);
            assertThat(local.row().balance()).isEqualTo(before.row().balance());
            assertThat(local.shareTotal()).isEqualTo(before.row().balance());
            assertThat(broker.book.todo()).extracting(TodoItem::subjectId).doesNotContain(draft.id());
            assertThat(broker.sync().online()).isFalse();
            assertThat(broker.engine.store().outbox().pendingCount()).isEqualTo(2);

            // the app restarts, the exchange comes back
            broker.restart();
            exchange.startAgain();
            assertThat(broker.sync().online()).isTrue();
            broker.sync();
            Convergence.assertDrained(broker.engine.store());
            Convergence.assertExactlyOnce(broker.engine.store(), broker.client, Users.userId("broker.finance"), brokerMark);
            assertThat(broker.client.accounts().get(draft.id()).status()).isEqualTo(AccountStatus.ISSUED);
            TechnicalAccount old = broker.client.accounts().get(queried.id());
            assertThat(old.status()).isEqualTo(AccountStatus.SUPERSEDED);
            // the temporary correction became the exchange's; no trace of the temporary id is left
            assertThat(broker.book.account(UUID.fromString(corrected.subjectId()))).isEmpty();
            AccountDetail correction = broker.book.account(old.supersededById()).orElseThrow();
            assertThat(correction.row().kind()).isEqualTo(AccountKind.CORRECTION);
            assertThat(correction.row().sync()).isEqualTo(SyncMark.SYNCED);
            assertThat(broker.engine.store().outbox().withStatus(OutboxEntry.Status.DONE))
                    .extracting(OutboxEntry::clientMutationId).contains(issued.clientMutationId(), corrected.clientMutationId());

            // two reinsurers answer the issued account offline
            chinare.sync();
            pudong.sync();
            long chinaMark = Convergence.auditMark(chinare.client);
            long pudongMark = Convergence.auditMark(pudong.client);
            exchange.stop();
            chinare.actions.agree(draft.id());
            assertThatThrownBy(() -> pudong.actions.query(draft.id(), "premium differs from the slip\n"))
                    .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("whitespace"));
            assertThat(pudong.engine.store().outbox().pendingCount()).isZero();
            pudong.actions.query(draft.id(), "premium differs from the slip");
            AccountDetail agreedHere = chinare.book.account(draft.id()).orElseThrow();
            assertThat(agreedHere.row().myResponse()).isEqualTo(ParticipantResponse.AGREED);
            assertThat(agreedHere.row().status()).isEqualTo(AccountStatus.ISSUED); // the others' answers are the exchange's
            assertThat(agreedHere.allowedActions()).isEmpty();
            assertThat(pudong.book.account(draft.id()).orElseThrow().row().status()).isEqualTo(AccountStatus.QUERIED);
            chinare.sync();
            pudong.sync();
            chinare.restart();
            pudong.restart();
            exchange.startAgain();
            chinare.sync();
            // Pudong's query was made on the version before China Re's agreement: the exchange answers 412, and
            // since only another party's share changed, the query goes again on the new version by itself
            pudong.sync();
            assertThat(pudong.engine.store().conflicts().all()).extracting(c -> c.value().automatic()).containsOnly(true);
            pudong.sync();
            chinare.sync();
            Convergence.assertDrained(chinare.engine.store());
            Convergence.assertDrained(pudong.engine.store());
            Convergence.assertExactlyOnce(chinare.engine.store(), chinare.client, Users.userId("chinare.finance"), chinaMark);
            Convergence.assertExactlyOnce(pudong.engine.store(), pudong.client, Users.userId("pudong.finance"), pudongMark);
            TechnicalAccount onExchange = broker.client.accounts().get(draft.id());
            assertThat(onExchange.status()).isEqualTo(AccountStatus.QUERIED);
            assertThat(share(onExchange, DemoSeed.CHINA_RE).response()).isEqualTo(ParticipantResponse.AGREED);
            assertThat(share(onExchange, DemoSeed.PUDONG_RE).response()).isEqualTo(ParticipantResponse.QUERIED);
            assertThat(share(onExchange, DemoSeed.PUDONG_RE).queryReason()).isEqualTo("premium differs from the slip");
            // China Re's vault now shows the exchange's state: queried (by someone it cannot see), its own agreement kept
            AccountDetail there = chinare.book.account(draft.id()).orElseThrow();
            assertThat(there.row().status()).isEqualTo(AccountStatus.QUERIED);
            assertThat(there.row().myResponse()).isEqualTo(ParticipantResponse.AGREED);
            assertThat(there.shares()).extracting(s -> s.participantId()).containsExactly(DemoSeed.CHINA_RE);
        }
    }

    @Test
    void aStaleAnswerBecomesAConflictAndARefusalKeepsTheExchangesReason() {
        try (FinanceUser chinare = desk("chinare.finance", DemoSeed.CHINA_RE);
             FinanceUser cedent = desk("cedent.finance", DemoSeed.DONGFANG)) {
            chinare.sync();
            cedent.sync();
            AccountRow toAnswer = chinare.book.todo().stream().filter(t -> t.kind() == TodoItem.Kind.ACCOUNT_TO_AGREE)
                    .map(t -> chinare.book.account(t.subjectId()).orElseThrow().row()).findFirst().orElseThrow();
            // another China Re desk agrees at the exchange meanwhile
            TechnicalAccount seen = chinare.client.accounts().get(toAnswer.id());
            chinare.client.accounts().agree(toAnswer.id(), seen.version());
            // this desk, not synced since, queries on the version it saw
            chinare.actions.query(toAnswer.id(), "brokerage rate is wrong");
            chinare.engine.pushOnly();
            List<ConflictRecord> open = chinare.engine.conflicts().open();
            assertThat(open).hasSize(1);
            ConflictRecord c = open.get(0);
            assertThat(c.op()).isEqualTo("QUERY_ACCOUNT");
            assertThat(c.base()).isNotNull();
            assertThat(c.mine().path("reason").asText()).isEqualTo("brokerage rate is wrong");
            assertThat(c.theirs()).isNotNull();
            assertThat(chinare.book.account(toAnswer.id()).orElseThrow().row().sync().state()).isEqualTo(SyncMark.State.CONFLICT);
            chinare.engine.conflicts().takeTheirs(c.id());
            assertThat(chinare.book.account(toAnswer.id()).orElseThrow().row().myResponse()).isEqualTo(ParticipantResponse.AGREED);

            // a cross-border RMB flag between two domestic parties: the exchange refuses it, with its reason
            TodoItem settle = cedent.book.todo().stream().filter(t -> t.kind() == TodoItem.Kind.SETTLEMENT_TO_INSTRUCT)
                    .findFirst().orElseThrow();
            Queued q = cedent.actions.instructSettlement(new SettlementInstruction(settle.counterpartyId(),
                    settle.amount().currency().getCurrencyCode(), null, null, true));
            assertThat(cedent.book.settlement(UUID.fromString(q.subjectId())).orElseThrow().sync()).isEqualTo(SyncMark.QUEUED);
            cedent.sync();
            OutboxEntry refused = cedent.engine.store().outbox().find(q.clientMutationId()).orElseThrow();
            assertThat(refused.status()).isEqualTo(OutboxEntry.Status.FAILED);
            assertThat(refused.lastError()).isNotBlank();
            var view = cedent.book.settlement(UUID.fromString(q.subjectId())).orElseThrow();
            assertThat(view.sync().state()).isEqualTo(SyncMark.State.REFUSED);
            assertThat(view.crossBorderVerdict()).isEqualTo(refused.lastError());
            assertThat(cedent.engine.rejectedChanges()).extracting(OutboxEntry::clientMutationId).contains(q.clientMutationId());
        }
    }

    private static AccountShare share(TechnicalAccount a, UUID org) {
        return a.shares().stream().filter(s -> s.participantId().equals(org)).findFirst().orElseThrow();
    }
}
