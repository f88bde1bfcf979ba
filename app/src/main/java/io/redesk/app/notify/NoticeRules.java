package io.redesk.app.notify;

import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import java.util.Optional;
import java.util.UUID;

/**
 * Which changes of the exchange's feed deserve a notification for the organisation {@code me}: only
 * what others did that concerns the user (their own actions are not news). Pure: tested without a
 * network.
 */
public final class NoticeRules {

    private NoticeRules() {
    }

    /** The notice for {@code change}, if it is one. */
    public static Optional<Notice> noticeFor(Change change, UUID me) {
        if (change == null || change.action() == null || change.placementId() == null) {
            return Optional.empty();
        }
        String ref = reference(change.placement());
        return switch (change.action()) {
            case "QUOTE_REQUESTED", "INQUIRY_SENT" -> mine(change.quote(), me)
                    ? Optional.of(new Notice(Notice.Kind.QUOTE_REQUESTED, change.placementId(), ref, "")) : Optional.empty();
            case "QUOTE_SUBMITTED" -> change.quote() != null && !me.equals(change.quote().reinsurerId())
                    ? Optional.of(new Notice(Notice.Kind.QUOTE_RECEIVED, change.placementId(), ref,
                    change.quote().premium() == null ? "" : change.quote().premium().currency() + " " + change.quote().premium().amount()))
                    : Optional.empty();
            case "QUOTE_ACCEPTED" -> mine(change.quote(), me)
                    ? Optional.of(new Notice(Notice.Kind.QUOTE_ACCEPTED, change.placementId(), ref, "")) : Optional.empty();
            case "FIRM_ORDER_PLACED" -> change.placement() != null && change.placement().firmOrder() != null
                    && !isPlacing(change.placement(), me)
                    ? Optional.of(new Notice(Notice.Kind.FIRM_ORDER, change.placementId(), ref, "")) : Optional.empty();
            case "LINE_WRITTEN" -> change.line() != null && !me.equals(change.line().reinsurerId())
                    ? Optional.of(new Notice(Notice.Kind.LINE_WRITTEN, change.placementId(), ref, change.line().writtenShare()))
                    : Optional.empty();
            case "LINE_SIGNED" -> signedLine(change.line(), me)
                    .map(l -> new Notice(Notice.Kind.LINE_SIGNED, change.placementId(), ref, l.signedShare()));
            case "PLACEMENT_SIGNED" -> change.placement() != null && isPlacing(change.placement(), me)
                    ? Optional.of(new Notice(Notice.Kind.PLACEMENT_SIGNED, change.placementId(), ref, "")) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean mine(Quote quote, UUID me) {
        return quote != null && me.equals(quote.reinsurerId());
    }

    private static Optional<Line> signedLine(Line line, UUID me) {
        return line != null && me.equals(line.reinsurerId()) && line.status() == LineStatus.SIGNED
                ? Optional.of(line) : Optional.empty();
    }

    private static boolean isPlacing(Placement p, UUID me) {
        return me.equals(p.brokerId()) || me.equals(p.cedentId());
    }

    private static String reference(Placement p) {
        if (p == null) {
            return "";
        }
        return p.umr() != null ? p.umr() : (p.title() == null ? "" : p.title());
    }
}
