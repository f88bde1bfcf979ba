package io.redesk.domain.account;

import io.redesk.domain.money.FxRate;
import io.redesk.domain.money.Money;
import io.redesk.domain.party.Organisation;
import io.redesk.domain.validation.Errors;
import io.redesk.domain.validation.ValidationException;
import io.redesk.domain.workflow.IllegalTransitionException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A settlement instruction for one net position (DESIGN §2 settlement): the payer pays the payee the
 * netted amount in the settlement currency (CNY unless another is chosen), converted with an
 * {@link FxRate} that names its source and date when the position is in another currency; the
 * cross-border RMB flag only where {@link CrossBorderRmb} allows it. Payments may be partial; the
 * residue is what is still owed. Immutable: each step returns a new settlement.
 *
 * @param due the amount to pay, in the settlement currency (positive)
 */
public record Settlement(NetPosition position, Money due, Optional<FxRate> rate, boolean crossBorderRmb,
                         SettlementStatus status, List<Payment> payments, Optional<String> confirmedBankReference) {

    public Settlement {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(confirmedBankReference, "confirmedBankReference");
        payments = List.copyOf(payments);
    }

    /**
     * Instructs the settlement of a net position.
     *
     * @param settlementCurrency null means CNY (local currency first)
     * @param rate               required exactly when the settlement currency differs from the position's
     * @throws ValidationException naming the field for each problem (nothing to settle, rate missing, not
     *                             needed or for other currencies, RMB flag not applicable)
     */
    public static Settlement instruct(NetPosition position, Currency settlementCurrency, FxRate rate, boolean crossBorderRmb,
                                      Organisation payer, Organisation payee) {
        return instruct(position, settlementCurrency, rate, crossBorderRmb, payer, payee, null);
    }

    /**
     * {@link #instruct(NetPosition, Currency, FxRate, boolean, Organisation, Organisation)} with the security
     * policy that governs the cross-border RMB flag (the cedent's): the flag is refused, with the reason, where
     * the reinsurer's rating is below the policy's cross-border RMB minimum ({@link CrossBorderRmb}).
     */
    public static Settlement instruct(NetPosition position, Currency settlementCurrency, FxRate rate, boolean crossBorderRmb,
                                      Organisation payer, Organisation payee, io.redesk.domain.security.SecurityPolicy policy) {
        Objects.requireNonNull(position, "position");
        Currency ccy = settlementCurrency == null ? Money.CNY : settlementCurrency;
        Currency from = position.net().currency();
        Errors e = new Errors();
        if (position.net().isZero()) {
            e.add("position", "settlement.nothingToSettle", "the net position with " + position.counterpartyId()
                    + " in " + from.getCurrencyCode() + " is zero");
        }
        if (ccy.equals(from)) {
            if (rate != null) {
                e.add("fxRate", "settlement.fxNotNeeded", "the position is already in " + ccy.getCurrencyCode()
                        + "; an exchange rate does not apply");
            }
        } else if (rate == null) {
            e.add("fxRate", "settlement.fxRequired", "settling a " + from.getCurrencyCode() + " position in "
                    + ccy.getCurrencyCode() + " needs an exchange rate with its source and date");
        } else if (!rate.from().equals(from) || !rate.to().equals(ccy)) {
            e.add("fxRate", "settlement.fxCurrencies", "the rate converts " + rate.from().getCurrencyCode() + " to "
                    + rate.to().getCurrencyCode() + "; this settlement needs " + from.getCurrencyCode() + " to "
                    + ccy.getCurrencyCode());
        }
        if (crossBorderRmb) {
            Objects.requireNonNull(payer, "payer");
            Objects.requireNonNull(payee, "payee");
            Optional<String> refused = CrossBorderRmb.refusal(payer, payee, ccy);
            if (refused.isPresent()) {
                e.add("crossBorderRmb", "settlement.rmbNotApplicable", refused.get());
            } else {
                CrossBorderRmb.ratingRefusal(payer, payee, policy)
                        .ifPresent(r -> e.add("crossBorderRmb", "settlement.rmbRatingBelowMinimum", r));
            }
        }
        ValidationException.throwIfAny(e.toList());
        Money abs = position.net().abs();
        Money due = ccy.equals(from) ? abs : rate.convert(abs, RoundingMode.HALF_UP);
        return new Settlement(position, due, Optional.ofNullable(ccy.equals(from) ? null : rate), crossBorderRmb,
                SettlementStatus.INSTRUCTED, List.of(), Optional.empty());
    }

    /** What has been paid so far. */
    public Money paid() {
        return payments.stream().map(Payment::amount).reduce(Money.zero(due.currency()), Money::plus);
    }

    /** What is still owed: due minus paid. */
    public Money residue() {
        return due.minus(paid());
    }

    /**
     * Records a (possibly partial) payment: in the settlement currency, above zero and at most the
     * residue. The status becomes PARTLY_PAID while a residue remains, PAID when none does.
     */
    public Settlement pay(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        if (!EnumSet.of(SettlementStatus.INSTRUCTED, SettlementStatus.PARTLY_PAID).contains(status)) {
            throw new IllegalTransitionException(status, SettlementStatus.PAID, EnumSet.of(SettlementStatus.CONFIRMED));
        }
        Errors e = new Errors();
        Money a = payment.amount();
        if (!a.currency().equals(due.currency())) {
            e.add("amount.currency", "settlement.wrongCurrency", "the settlement is in " + due.currency().getCurrencyCode()
                    + "; a payment in " + a.currency().getCurrencyCode() + " cannot be recorded against it");
        } else if (!a.isPositive()) {
            e.add("amount.amount", "settlement.paymentNotPositive", "a payment must be above zero, not " + a.amount().toPlainString());
        } else if (a.compareTo(residue()) > 0) {
            e.add("amount.amount", "settlement.overpaid", "the residue is " + residue() + "; a payment of " + a + " exceeds it");
        }
        ValidationException.throwIfAny(e.toList());
        List<Payment> next = new ArrayList<>(payments);
        next.add(payment);
        Settlement s = new Settlement(position, due, rate, crossBorderRmb, status, next, confirmedBankReference);
        SettlementStatus to = s.residue().isZero() ? SettlementStatus.PAID : SettlementStatus.PARTLY_PAID;
        return new Settlement(position, due, rate, crossBorderRmb, to, next, confirmedBankReference);
    }

    /** The payee confirms receipt in full, quoting the bank reference of the credit. */
    public Settlement confirm(String bankReference) {
        Objects.requireNonNull(bankReference, "bankReference");
        if (status != SettlementStatus.PAID) {
            throw new IllegalTransitionException(status, SettlementStatus.CONFIRMED,
                    status == SettlementStatus.CONFIRMED ? EnumSet.noneOf(SettlementStatus.class) : EnumSet.of(SettlementStatus.PAID));
        }
        if (bankReference.isBlank()) {
            throw new ValidationException(List.of(new io.redesk.domain.validation.FieldError("bankReference",
                    "required", "a confirmation quotes the bank reference of the credit")));
        }
        return new Settlement(position, due, rate, crossBorderRmb, SettlementStatus.CONFIRMED, payments, Optional.of(bankReference));
    }
}
