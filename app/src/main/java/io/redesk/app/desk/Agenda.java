package io.redesk.app.desk;

import io.redesk.app.underwriting.DeskAction;
import io.redesk.app.underwriting.InboxEntry;
import io.redesk.domain.placement.PlacementStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "What needs me today" on the home page: for each placement of the user's book, the next step of the
 * workflow that is the user's to take, most urgent step first. A broker's steps follow the placement
 * status kept in the vault (DESIGN.md §3: draft → submitted → inquiry → firm order → subscribing →
 * signed → bound → registered), so the agenda works offline; an underwriter's follow the inbox (quote
 * requests to answer, firm orders to follow). Placements that are finished or waiting on someone else
 * are not listed: the page is a to-do list, not a second copy of the slips list. An item says what of
 * the placement is still on its way to the exchange ({@link SlipCatalog.Pending}): a submission queued
 * offline is not "submitted" until the exchange has it.
 */
public final class Agenda {

    /** The user's next step on one placement, in workflow order (the home page lists them in this order). */
    public enum Step {
        /** Underwriter: a quote request is open. */
        ANSWER_QUOTE,
        /** Underwriter: invited to follow a firm order, no line written yet. */
        WRITE_LINE,
        /** Broker: the slip is a draft; complete it and submit it to the exchange. */
        FINISH_SLIP,
        /** Broker: submitted; invite reinsurers (the inquiry). */
        SEND_INQUIRY,
        /** Broker: quote requests are out; compare the quotes and accept one. */
        COMPARE_QUOTES,
        /** Broker: firm order or subscribing; follow the lines, then close and sign. */
        COLLECT_LINES,
        /** Broker: signed; bind the contract (the lines page closes and binds). */
        BIND,
        /** Broker: bound; register the contract with the exchange. */
        REGISTER
    }

    /**
     * One thing to do.
     *
     * @param step        what to do
     * @param placementId the placement's id (vault and exchange)
     * @param umr         its market reference, null for a draft that has none yet
     * @param title       its title
     * @param since       when the placement last changed (older first within a step)
     */
    public record Item(Step step, String placementId, String umr, String title, Instant since, SlipCatalog.Pending pending) {
        public Item {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(placementId, "placementId");
            title = title == null ? "" : title;
            pending = pending == null ? SlipCatalog.Pending.NONE : pending;
        }

        /** An item with nothing on its way to the exchange. */
        public Item(Step step, String placementId, String umr, String title, Instant since) {
            this(step, placementId, umr, title, since, SlipCatalog.Pending.NONE);
        }
    }

    private static final Comparator<Item> ORDER = Comparator.comparing(Item::step)
            .thenComparing(Item::since, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Item::placementId);

    private Agenda() {
    }

    /** The broker's next steps over the placements of the book (the slips list's rows). */
    public static List<Item> forBroker(List<SlipCatalog.Row> placements) {
        List<Item> out = new ArrayList<>();
        for (SlipCatalog.Row row : placements) {
            brokerStep(row.status()).ifPresent(step ->
                    out.add(new Item(step, row.id(), row.umr(), row.title(), row.updatedAt(), row.pending())));
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /** The step a broker takes next on a placement in {@code status}; empty when it is not the broker's turn. */
    public static Optional<Step> brokerStep(PlacementStatus status) {
        if (status == null) {
            return Optional.of(Step.FINISH_SLIP);
        }
        return switch (status) {
            case DRAFT -> Optional.of(Step.FINISH_SLIP);
            case SUBMITTED -> Optional.of(Step.SEND_INQUIRY);
            case INQUIRY -> Optional.of(Step.COMPARE_QUOTES);
            case FIRM_ORDER, SUBSCRIBING -> Optional.of(Step.COLLECT_LINES);
            case SIGNED -> Optional.of(Step.BIND);
            case BOUND -> Optional.of(Step.REGISTER);
            case REGISTERED, NOT_TAKEN_UP, CANCELLED, EXPIRED -> Optional.empty();
        };
    }

    /** The underwriter's next steps: the inbox entries that need them (not those already on their way). */
    public static List<Item> forUnderwriter(List<InboxEntry> inbox) {
        List<Item> out = new ArrayList<>();
        for (InboxEntry e : inbox) {
            Step step = e.action() == DeskAction.ANSWER_QUOTE ? Step.ANSWER_QUOTE
                    : e.action() == DeskAction.WRITE_LINE ? Step.WRITE_LINE : null;
            if (step != null && !e.waiting()) {
                var p = e.placement();
                out.add(new Item(step, p.id().toString(), p.umr(), p.title(), p.updatedAt()));
            }
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }
}
