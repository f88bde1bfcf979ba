package io.redesk.domain.tax;

import static io.redesk.domain.tax.InvoiceStatus.*;

import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.domain.workflow.TransitionTable;
import java.util.Set;

/**
 * The legal moves of an invoice. Voiding is possible from any issued state (issued, delivered,
 * confirmed) and, on {@link Invoice}, only with a red-letter reversal. CONFIRMED may still be voided;
 * EXEMPT and VOIDED are final.
 */
public final class InvoiceWorkflow {

    private static final TransitionTable<InvoiceStatus> TABLE = TransitionTable.builder(InvoiceStatus.class)
            .from(REQUESTED, ISSUED, EXEMPT)
            .from(ISSUED, DELIVERED, VOIDED)
            .from(DELIVERED, CONFIRMED, VOIDED)
            .from(CONFIRMED, VOIDED)
            .build();

    private InvoiceWorkflow() {
    }

    /** Returns {@code to} if the move is legal, otherwise throws {@link IllegalTransitionException}. */
    public static InvoiceStatus transition(InvoiceStatus from, InvoiceStatus to) {
        return TABLE.transition(from, to);
    }

    public static boolean isAllowed(InvoiceStatus from, InvoiceStatus to) {
        return TABLE.isAllowed(from, to);
    }

    public static Set<InvoiceStatus> allowedFrom(InvoiceStatus from) {
        return TABLE.allowedFrom(from);
    }

    public static boolean isFinal(InvoiceStatus status) {
        return TABLE.isFinal(status);
    }
}
