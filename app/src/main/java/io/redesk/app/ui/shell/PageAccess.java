package io.redesk.app.ui.shell;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which pages a signed-in user may use (issue 16 item 12, issue 12): the placement desk's pages for
 * users who place business, the inbox for underwriters of a reinsurer or pool, the finance pages for
 * finance users; home, sync issues, reports, pools &amp; security and settings for everyone. A page
 * outside the set is not in the sidebar and never opens — not from a link, a shortcut or
 * {@code --page} (the shell shows home and says why). UI-free: tested without a toolkit.
 *
 * @param placing     the user places business (broker role)
 * @param underwriting the user writes lines for a reinsurer or pool
 * @param finance     the user keeps the organisation's accounts (finance role)
 * @param brokerOrg   the user's organisation is a broker (bills and claims are registered by the broker)
 */
public record PageAccess(boolean placing, boolean underwriting, boolean finance, boolean brokerOrg) {

    private static final Set<Page> EVERYONE = EnumSet.of(Page.HOME, Page.REPORTS, Page.POOLS_SECURITY,
            Page.SYNC_ISSUES, Page.SETTINGS);
    private static final Set<Page> PLACEMENT = EnumSet.of(Page.SLIPS, Page.INQUIRIES, Page.LINES, Page.REGISTRATION);
    private static final Set<Page> FINANCE = EnumSet.of(Page.ACCOUNTS, Page.CLAIMS, Page.STATEMENTS, Page.INVOICES,
            Page.RECONCILIATION);

    /** The pages this user may use. */
    public Set<Page> pages() {
        Set<Page> pages = EnumSet.copyOf(EVERYONE);
        if (placing) {
            pages.addAll(PLACEMENT);
        }
        if (underwriting) {
            pages.add(Page.INBOX);
        }
        if (finance) {
            pages.addAll(FINANCE);
            if (brokerOrg) {
                pages.add(Page.REGISTRATION);
            }
        }
        return pages;
    }

    /** Whether this user may use {@code page}. */
    public boolean allows(Page page) {
        return pages().contains(page);
    }

    /** The allowed pages in sidebar order (Alt+1 is the first of them). */
    public List<Page> inOrder() {
        Set<Page> allowed = pages();
        return Stream.of(Page.values()).filter(allowed::contains).toList();
    }

    /**
     * The role shown when a page is refused ("finance", "underwriter"…), as a message key: the first of
     * the user's desks in the order placing, underwriting, finance.
     */
    public String deskKey() {
        if (placing) {
            return io.redesk.app.i18n.Localization.key("access.desk.placing");
        }
        if (underwriting) {
            return io.redesk.app.i18n.Localization.key("access.desk.underwriting");
        }
        if (finance) {
            return io.redesk.app.i18n.Localization.key("access.desk.finance");
        }
        return io.redesk.app.i18n.Localization.key("access.desk.other");
    }
}
