package io.redesk.app.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.finance.AccountAction;
import io.redesk.app.desk.finance.AccountItem;
import io.redesk.app.i18n.Language;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.TaItemType;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The items editor against the small fake book (no exchange): the balance is the domain's while the user
 * types, every malformed amount is refused under its field in the user's language and nothing is sent,
 * and a correction sends exactly the items typed and opens the new version.
 */
class AccountItemsEditorViewModelTest {

    static final UUID QUERIED = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final UUID DRAFT = UUID.fromString("00000000-0000-0000-0000-0000000000e2");

    @TempDir
    Path exports;

    private FakeFinance book;
    private I18n english;
    private AccountsViewModel list;
    private AccountDetailViewModel detail;
    private AccountItemsEditorViewModel editor;

    @BeforeEach
    void setUp() {
        book = new FakeFinance(FakeFinance.HUATAI);
        book.designAccount(QUERIED, "B0999HT2027001", AccountStatus.QUERIED, List.of(AccountAction.CORRECT));
        book.designAccount(DRAFT, "B0999HT2027003", AccountStatus.DRAFT, List.of(AccountAction.ISSUE, AccountAction.EDIT_DRAFT));
        english = AccountsViewModelTest.i18n(Language.ENGLISH);
        list = new AccountsViewModel(book.desk(exports), new CurrentThreadTaskExecutor(), english);
        list.reload();
        detail = list.detail();
        editor = detail.editor();
    }

    @Test
    void theBalanceIsRecomputedByTheDomainAsTheUserTypesAndTheDifferenceIsExplained() {
        detail.open(QUERIED);
        detail.startEditing();

        assertThat(editor.modeProperty().get()).isEqualTo(AccountItemsEditorViewModel.Mode.CORRECT);
        assertThat(editor.lines()).hasSize(7);
        // DESIGN §2 rule 2 as issued: 225,000 against a stated 230,000
        assertThat(editor.balanceProperty().get()).isEqualTo("CN¥225,000.00");
        assertThat(editor.explanationProperty().get()).contains("differs from the balance recomputed from the items CN¥225,000.00 by CN¥5,000.00");

        // the reinsurer's query: brokerage is 30,000, not 25,000 → 220,000; the stated total is corrected too
        editor.lines().get(2).amountProperty().set("30,000.00");
        assertThat(editor.balanceProperty().get()).isEqualTo("CN¥220,000.00");
        assertThat(editor.lines().get(2).effectProperty().get()).isEqualTo("-CN¥30,000.00");
        editor.statedProperty().set("220000.00");
        assertThat(editor.explanationProperty().get()).startsWith("The stated total CN¥220,000.00 agrees with the items.")
                .contains("Version 1 showed CN¥225,000.00; this correction changes the balance by -CN¥5,000.00.");
        assertThat(editor.lines().get(6).effectProperty().get()).isEqualTo("Memo (no effect)");
    }

    @Test
    void malformedAmountsAreRefusedUnderTheFieldInTheUsersLanguageAndNothingIsSent() {
        detail.open(QUERIED);
        detail.startEditing();
        var brokerage = editor.lines().get(2);

        brokerage.amountProperty().set("30000.00 ");
        assertThat(brokerage.errorProperty().get()).isEqualTo("Remove the spaces or line break around the amount: ‘30000.00’.");
        brokerage.amountProperty().set("30000.001");
        assertThat(brokerage.errorProperty().get()).startsWith("CNY allows 2 decimals; ‘30000.001’ has more. Nothing is rounded");
        brokerage.amountProperty().set("3O000");
        assertThat(brokerage.errorProperty().get()).startsWith("‘3O000’ is not an amount");
        brokerage.amountProperty().set("30,00.00");
        assertThat(brokerage.errorProperty().get()).startsWith("‘30,00.00’ is not an amount");
        editor.statedProperty().set("¥220000");
        assertThat(editor.statedErrorProperty().get()).startsWith("‘¥220000’ is not an amount");
        // the bad line is left out of the balance, and that is said
        assertThat(editor.balanceProperty().get()).isEqualTo("CN¥250,000.00");
        assertThat(editor.explanationProperty().get()).contains("Lines with an error are left out");

        editor.save();
        assertThat(editor.formErrorProperty().get()).startsWith("Fix the fields marked in red");
        assertThat(book.calls).isEmpty();
        // what was typed is kept
        assertThat(brokerage.amountProperty().get()).isEqualTo("30,00.00");
        assertThat(editor.isOpen()).isTrue();

        english.setLanguage(Language.CHINESE);
        assertThat(brokerage.errorProperty().get()).startsWith("“30,00.00”不是金额");
    }

    @Test
    void aCorrectionSendsExactlyTheItemsTypedAndOpensTheNewVersion() {
        detail.open(QUERIED);
        detail.startEditing();
        editor.save();
        assertThat(editor.formErrorProperty().get()).startsWith("Nothing is changed");
        assertThat(book.calls).isEmpty();

        editor.lines().get(2).amountProperty().set("30000.00");
        editor.lines().get(2).referenceProperty().set("BRK-2.5%");
        AccountItemsEditorViewModel.Line added = editor.addLine();
        added.typeProperty().set(TaItemType.TAXES);
        added.amountProperty().set("1250.50");
        editor.statedProperty().set("");
        editor.save();

        assertThat(book.calls).containsExactly("correct " + QUERIED);
        assertThat(book.sentItems).hasSize(8);
        assertThat(book.sentItems.get(2)).isEqualTo(new AccountItem(TaItemType.BROKERAGE, Money.cny("30000.00"), "BRK-2.5%",
                null, null, null));
        assertThat(book.sentItems.get(7).amount()).isEqualTo(Money.cny("1250.50"));
        assertThat(book.sentStated).isNull();
        assertThat(editor.isOpen()).isFalse();
        assertThat(detail.messageProperty().get()).startsWith("Correction of B0999HT2027001 saved: a reversal and version 2");
        // the new version is open, the old one is superseded in the list
        assertThat(detail.detailProperty().get().supersedesId()).isEqualTo(QUERIED);
        assertThat(detail.detailProperty().get().row().balance()).isEqualTo(Money.cny("218749.50"));
        assertThat(book.accounts.get(QUERIED).row().status()).isEqualTo(AccountStatus.SUPERSEDED);
    }

    @Test
    void aDraftIsEditedInPlaceAndAnEmptyAccountIsRefused() {
        detail.open(DRAFT);
        detail.startEditing();
        assertThat(editor.modeProperty().get()).isEqualTo(AccountItemsEditorViewModel.Mode.EDIT_DRAFT);
        List.copyOf(editor.lines()).forEach(editor::removeLine);
        editor.save();
        assertThat(editor.formErrorProperty().get()).isEqualTo("An account needs at least one item: add one.");
        assertThat(book.calls).isEmpty();

        editor.addLine().amountProperty().set("500000.00");
        editor.statedProperty().set("500000.00");
        editor.save();
        assertThat(book.calls).containsExactly("editDraft " + DRAFT);
        assertThat(book.sentItems).containsExactly(new AccountItem(TaItemType.PREMIUM, Money.cny("500000.00"), null, null,
                null, null));
        assertThat(book.sentStated).isEqualTo(Money.cny("500000.00"));
        assertThat(detail.messageProperty().get()).isEqualTo("Draft B0999HT2027003 saved, and sent when the exchange is reachable.");
    }
}
