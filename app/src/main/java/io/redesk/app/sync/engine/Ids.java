package io.redesk.app.sync.engine;

import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.Invoice;
import io.redesk.sdk.model.account.Settlement;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;

/** Identity, type and version of an exchange document. */
final class Ids {

    private Ids() {
    }

    static String of(Object doc) {
        if (doc instanceof Placement p) {
            return p.id().toString();
        }
        if (doc instanceof Quote q) {
            return q.id().toString();
        }
        if (doc instanceof Line l) {
            return l.id().toString();
        }
        if (doc instanceof TechnicalAccount a) {
            return a.id().toString();
        }
        if (doc instanceof Claim c) {
            return c.id().toString();
        }
        if (doc instanceof Settlement s) {
            return s.id().toString();
        }
        if (doc instanceof Invoice i) {
            return i.id().toString();
        }
        throw new IllegalArgumentException("not an exchange document: " + doc);
    }

    static String typeOf(Object doc) {
        if (doc instanceof Placement) {
            return "PLACEMENT";
        }
        if (doc instanceof Quote) {
            return "QUOTE";
        }
        if (doc instanceof Line) {
            return "LINE";
        }
        if (doc instanceof TechnicalAccount) {
            return "TECHNICAL_ACCOUNT";
        }
        if (doc instanceof Claim) {
            return "CLAIM";
        }
        if (doc instanceof Settlement) {
            return "SETTLEMENT";
        }
        if (doc instanceof Invoice) {
            return "INVOICE";
        }
        throw new IllegalArgumentException("not an exchange document: " + doc);
    }

    static long versionOf(Object doc) {
        if (doc instanceof Placement p) {
            return p.version();
        }
        if (doc instanceof Quote q) {
            return q.version();
        }
        if (doc instanceof Line l) {
            return l.version();
        }
        if (doc instanceof TechnicalAccount a) {
            return a.version();
        }
        if (doc instanceof Claim c) {
            return c.version();
        }
        if (doc instanceof Settlement s) {
            return s.version();
        }
        if (doc instanceof Invoice i) {
            return i.version();
        }
        throw new IllegalArgumentException("not an exchange document: " + doc);
    }

    /** Whether {@code doc} is one of the finance documents (technical account, claim, settlement, invoice). */
    static boolean finance(Object doc) {
        return doc instanceof TechnicalAccount || doc instanceof Claim || doc instanceof Settlement || doc instanceof Invoice;
    }

    /** The wire class of an entity type's documents. */
    static Class<?> wireClass(String entityType) {
        return switch (entityType) {
            case "PLACEMENT" -> Placement.class;
            case "QUOTE" -> Quote.class;
            case "LINE" -> Line.class;
            case "TECHNICAL_ACCOUNT" -> TechnicalAccount.class;
            case "CLAIM" -> Claim.class;
            case "SETTLEMENT" -> Settlement.class;
            case "INVOICE" -> Invoice.class;
            default -> throw new IllegalArgumentException("unknown entity type " + entityType);
        };
    }

    /** The placement a document belongs to (null for settlements and invoices, which span placements). */
    static String placementOf(Object doc) {
        if (doc instanceof Placement p) {
            return p.id().toString();
        }
        if (doc instanceof Quote q) {
            return q.placementId().toString();
        }
        if (doc instanceof Line l) {
            return l.placementId().toString();
        }
        if (doc instanceof TechnicalAccount a) {
            return a.placementId() == null ? null : a.placementId().toString();
        }
        if (doc instanceof Claim c) {
            return c.placementId() == null ? null : c.placementId().toString();
        }
        return null;
    }
}
