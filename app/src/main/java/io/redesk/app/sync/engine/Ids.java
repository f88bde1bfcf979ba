package io.redesk.app.sync.engine;

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
        throw new IllegalArgumentException("not an exchange document: " + doc);
    }
}
