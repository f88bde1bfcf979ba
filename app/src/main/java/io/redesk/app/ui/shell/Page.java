package io.redesk.app.ui.shell;

import static io.redesk.app.i18n.Localization.key;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The pages of the navigation shell (DESIGN.md §6), in sidebar order.
 *
 * <p>A page whose feature has not landed carries the key of that feature's name; the shell shows a
 * "coming with ..." placeholder for it until its issue replaces the placeholder with a real view.
 */
public enum Page {
    HOME(key("nav.home"), key("nav.home.subtitle"), Material2OutlinedAL.HOME, null),
    INBOX(key("nav.inbox"), key("nav.inbox.subtitle"), Material2OutlinedAL.INBOX, null),
    SLIPS(key("nav.slips"), key("nav.slips.subtitle"), Material2OutlinedAL.DESCRIPTION, null),
    INQUIRIES(key("nav.inquiries"), key("nav.inquiries.subtitle"), Material2OutlinedMZ.QUESTION_ANSWER, null),
    LINES(key("nav.lines"), key("nav.lines.subtitle"), Material2OutlinedAL.FACT_CHECK, null),
    REGISTRATION(key("nav.registration"), key("nav.registration.subtitle"), Material2OutlinedAL.HOW_TO_REG, null),
    ACCOUNTS(key("nav.accounts"), key("nav.accounts.subtitle"), Material2OutlinedAL.ACCOUNT_BALANCE, null),
    CLAIMS(key("nav.claims"), key("nav.claims.subtitle"), Material2OutlinedAL.ASSIGNMENT_LATE, null),
    STATEMENTS(key("nav.statements"), key("nav.statements.subtitle"), Material2OutlinedAL.ACCOUNT_BALANCE_WALLET, null),
    INVOICES(key("nav.invoices"), key("nav.invoices.subtitle"), Material2OutlinedMZ.RECEIPT_LONG, null),
    RECONCILIATION(key("nav.reconciliation"), key("nav.reconciliation.subtitle"), Material2OutlinedAL.COMPARE_ARROWS,
            key("feature.reconciliation")),
    REPORTS(key("nav.reports"), key("nav.reports.subtitle"), Material2OutlinedAL.INSERT_CHART, key("feature.reports")),
    POOLS_SECURITY(key("nav.poolsSecurity"), key("nav.poolsSecurity.subtitle"), Material2OutlinedMZ.VERIFIED_USER,
            key("feature.poolsSecurity")),
    SYNC_ISSUES(key("nav.syncIssues"), key("nav.syncIssues.subtitle"), Material2OutlinedMZ.SYNC_PROBLEM, null),
    SETTINGS(key("nav.settings"), key("nav.settings.subtitle"), Material2OutlinedMZ.SETTINGS, null);

    private final String titleKey;
    private final String subtitleKey;
    private final Ikon icon;
    private final String comingFeatureKey;

    Page(String titleKey, String subtitleKey, Ikon icon, String comingFeatureKey) {
        this.titleKey = titleKey;
        this.subtitleKey = subtitleKey;
        this.icon = icon;
        this.comingFeatureKey = comingFeatureKey;
    }

    /** Message key of the page's name (sidebar and heading). */
    public String titleKey() {
        return titleKey;
    }

    /** Message key of the one-line description under the heading. */
    public String subtitleKey() {
        return subtitleKey;
    }

    /** The sidebar icon. */
    public Ikon icon() {
        return icon;
    }

    /** Message key of the feature this page is waiting for; empty once the page is built. */
    public Optional<String> comingFeatureKey() {
        return Optional.ofNullable(comingFeatureKey);
    }

    /**
     * The page with stable id {@code id}.
     *
     * @throws IllegalArgumentException naming the id and the known ones
     */
    public static Page fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown page '" + id + "'; expected one of "
                        + Arrays.stream(values()).map(Page::id).collect(Collectors.joining(", "))));
    }

    /** Stable id for node ids and tests ({@code pools-security}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
