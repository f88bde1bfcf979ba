/**
 * The finance desk's UI-free services (issue 11, client side): {@link io.redesk.app.desk.finance.FinanceBook}
 * reads technical accounts, claims, statements, settlements and invoices from the vault (what the last sync
 * brought, with the user's own queued changes already in it), and {@link io.redesk.app.desk.finance.FinanceActions}
 * queues the finance actions through the sync engine's outbox, offline too. Amounts are the domain's exact
 * {@link io.redesk.domain.money.Money}; states are the exchange contract's enums
 * ({@code io.redesk.sdk.model.account}). Balances, shares, netting and VAT come from {@code domain}; nothing
 * here rounds or converts on its own. No JavaFX.
 */
package io.redesk.app.desk.finance;
