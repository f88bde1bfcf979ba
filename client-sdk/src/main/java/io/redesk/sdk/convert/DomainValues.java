package io.redesk.sdk.convert;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.signing.WrittenLine;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineStatus;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Converts between the wire records (money and shares as strings, as the contract carries them) and
 * the {@code domain} values the app computes with, so no caller parses a decimal string itself and a
 * malformed value fails with a clear message naming it.
 */
public final class DomainValues {

    private DomainValues() {
    }

    /** Wire money to domain money; the amount is kept exactly. */
    public static Money money(io.redesk.sdk.model.Money wire) {
        if (wire == null) {
            return null;
        }
        try {
            return Money.of(wire.amount(), wire.currency());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid money value from the exchange: amount '" + wire.amount()
                    + "', currency '" + wire.currency() + "'", e);
        }
    }

    /** Domain money to wire money (plain decimal string, never exponent notation). */
    public static io.redesk.sdk.model.Money wire(Money money) {
        return money == null ? null
                : new io.redesk.sdk.model.Money(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }

    /** A wire share ("18.75", "18.7500") to a domain share. */
    public static Share share(String wire) {
        if (wire == null) {
            return null;
        }
        try {
            return Share.of(wire);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid share from the exchange: '" + wire + "'", e);
        }
    }

    /** A domain share as the wire writes it: 4 decimals. */
    public static String wire(Share share) {
        return share == null ? null : share.percent().toPlainString();
    }

    /**
     * The lines that count for signing down (not withdrawn), as domain written lines in written order,
     * ready for {@code SigningDown.sign}.
     */
    public static List<WrittenLine> writtenLines(List<Line> lines) {
        return lines.stream()
                .filter(l -> l.status() != LineStatus.WITHDRAWN)
                .sorted(Comparator.comparing(Line::writtenAt))
                .map(l -> new WrittenLine(l.id().toString(), share(l.writtenShare()), l.toStand(), l.writtenAt()))
                .collect(Collectors.toList());
    }
}
