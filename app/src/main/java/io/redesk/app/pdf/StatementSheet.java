package io.redesk.app.pdf;

import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A statement of account as it is printed: who sends it to whom, for which period and currency, one
 * line per technical account netted, the net and which way it runs, and the settlement terms when
 * there is a settlement. Every text is already in the reader's language (names as the exchange holds
 * them in that language, statuses and kinds as labels, never codes); amounts stay {@link Money} so
 * the PDF formats them in the reader's locale with their currency.
 *
 * @param issuer the book owner's organisation (the letterhead)
 * @param counterparty the other side's name
 * @param period the accounting period as shown ("2027 Q1")
 * @param currency the statement's currency
 * @param date the date the statement is drawn up
 * @param lines the accounts netted, in order
 * @param net the sum of the lines (positive: the counterparty owes the issuer)
 * @param netDirection the net in words ("Due to you", "Due to Pudong Re")
 * @param settlement the settlement terms, or null before one exists
 */
public record StatementSheet(String issuer, String counterparty, String period, Currency currency, LocalDate date,
                             List<Line> lines, Money net, String netDirection, Settlement settlement) {

    /** One account on the statement. */
    public record Line(String reference, String description, String status, Money amount) {
        public Line {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(amount, "amount");
            description = description == null ? "" : description;
            status = status == null ? "" : status;
        }
    }

    /**
     * The settlement of the net: its currency and amount after FX, the rate with its source and date
     * (null rate for a same-currency settlement), the cross-border RMB verdict and the payment status.
     */
    public record Settlement(Money due, String fxRate, String fxSource, LocalDate fxDate, String crossBorderRmb,
                             String status, Money paid, Money residue, String bankReference) {
        public Settlement {
            Objects.requireNonNull(due, "due");
        }
    }

    public StatementSheet {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(date, "date");
        lines = List.copyOf(lines);
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(netDirection, "netDirection");
        Money sum = lines.stream().map(Line::amount).reduce(Money.zero(currency), Money::plus);
        if (!sum.equals(net)) {
            // a printed statement whose lines do not add up to its net would be worse than none
            throw new IllegalArgumentException("the statement's lines sum to " + sum + ", not its net " + net);
        }
    }
}
