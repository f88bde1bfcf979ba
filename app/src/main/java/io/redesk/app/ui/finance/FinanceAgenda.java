package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.finance.TodoItem;
import io.redesk.app.ui.home.TodayItem;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.ShellModel;
import java.util.List;

/**
 * Finance Home (issue 12): the finance book's to-do list ({@code FinanceBook.todo()}: accounts to
 * agree or answer, queried accounts, settlements due and overdue, invoices to issue, deliver or
 * confirm, withholding due) as Home's items, each opening the page where the step is done, on its
 * record.
 */
public final class FinanceAgenda {

    private FinanceAgenda() {
    }

    /** Home's items for {@code todo}, in the book's order (overdue first). */
    public static List<TodayItem> items(List<TodoItem> todo, FinanceContext desk, ShellModel shell, I18n i18n) {
        return todo.stream().map(t -> item(t, desk, shell, i18n)).toList();
    }

    static TodayItem item(TodoItem t, FinanceContext desk, ShellModel shell, I18n i18n) {
        var f = i18n.formats();
        StringBuilder title = new StringBuilder(t.reference() == null ? "" : t.reference());
        if (t.counterpartyId() != null) {
            title.append(" — ").append(desk.name(t.counterpartyId(), i18n.getLanguage()));
        }
        if (t.amount() != null) {
            title.append(" · ").append(f.money(t.amount()));
        }
        String step = i18n.text(stepKey(t.kind()));
        String detail = t.dueDate() == null ? step
                : i18n.text(t.overdue() ? key("finance.todo.overdue") : key("finance.todo.due"), step, f.date(t.dueDate()));
        Page page = page(t.kind());
        String id = t.subjectId() == null ? "" : t.subjectId().toString();
        return new TodayItem(title.toString(), detail, () -> shell.open(page, id, t.reference()));
    }

    /** The page where a to-do is done. */
    public static Page page(TodoItem.Kind kind) {
        return switch (kind) {
            case ACCOUNT_TO_ISSUE, ACCOUNT_TO_AGREE, ACCOUNT_TO_ANSWER, ACCOUNT_QUERIED -> Page.ACCOUNTS;
            case SETTLEMENT_TO_INSTRUCT, SETTLEMENT_TO_PAY, SETTLEMENT_TO_CONFIRM -> Page.STATEMENTS;
            case INVOICE_TO_ISSUE, INVOICE_TO_DELIVER, INVOICE_TO_CONFIRM, WITHHOLDING_DUE -> Page.INVOICES;
        };
    }

    private static String stepKey(TodoItem.Kind kind) {
        return switch (kind) {
            case ACCOUNT_TO_ISSUE -> key("finance.todo.ACCOUNT_TO_ISSUE");
            case ACCOUNT_TO_AGREE -> key("finance.todo.ACCOUNT_TO_AGREE");
            case ACCOUNT_TO_ANSWER -> key("finance.todo.ACCOUNT_TO_ANSWER");
            case ACCOUNT_QUERIED -> key("finance.todo.ACCOUNT_QUERIED");
            case SETTLEMENT_TO_INSTRUCT -> key("finance.todo.SETTLEMENT_TO_INSTRUCT");
            case SETTLEMENT_TO_PAY -> key("finance.todo.SETTLEMENT_TO_PAY");
            case SETTLEMENT_TO_CONFIRM -> key("finance.todo.SETTLEMENT_TO_CONFIRM");
            case INVOICE_TO_ISSUE -> key("finance.todo.INVOICE_TO_ISSUE");
            case INVOICE_TO_DELIVER -> key("finance.todo.INVOICE_TO_DELIVER");
            case INVOICE_TO_CONFIRM -> key("finance.todo.INVOICE_TO_CONFIRM");
            case WITHHOLDING_DUE -> key("finance.todo.WITHHOLDING_DUE");
        };
    }
}
