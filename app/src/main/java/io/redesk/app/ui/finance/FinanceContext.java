package io.redesk.app.ui.finance;

import io.redesk.app.desk.PartyNames;
import io.redesk.app.desk.finance.FinanceActions;
import io.redesk.app.desk.finance.FinanceBook;
import io.redesk.app.export.Exports;
import io.redesk.app.i18n.Language;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the finance pages of one signed-in session share (issue 18's composition root for them): the
 * book they read, the actions they take, organisations' names and the exports folder. Built once per
 * session by the main window.
 *
 * @param book     the UI-free finance book (vault reads)
 * @param actions  the finance actions (through the outbox)
 * @param parties  organisations' names (fetched once, kept)
 * @param exports  where exports are written
 * @param organisationName the signed-in user's organisation, for letterheads
 */
public record FinanceContext(FinanceBook book, FinanceActions actions, Supplier<PartyNames> parties, Exports exports,
                          String organisationName) {

    public FinanceContext {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(organisationName, "organisationName");
    }

    /**
     * Names fetched by {@code fetch} the first time they are asked for and kept; a fetch that fails
     * (offline) gives ids for now and is tried again on the next call.
     */
    public static Supplier<PartyNames> names(Supplier<java.util.List<io.redesk.sdk.model.party.Organisation>> fetch) {
        java.util.concurrent.atomic.AtomicReference<PartyNames> kept = new java.util.concurrent.atomic.AtomicReference<>();
        return () -> {
            PartyNames known = kept.get();
            if (known != null) {
                return known;
            }
            try {
                known = PartyNames.of(fetch.get());
                kept.set(known);
                return known;
            } catch (RuntimeException offline) {
                return PartyNames.of(java.util.List.of());
            }
        };
    }

    /** An organisation's name in {@code language} (its id when unknown; never blank). */
    public String name(UUID id, Language language) {
        return parties.get().name(id, language);
    }
}
