package io.redesk.app.desk.finance;

import io.redesk.domain.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * Exactly the fields a bill registration sends (the registration standard's minimum), shown before
 * sending, and the receipt once the exchange has registered it.
 *
 * @param accountId          the technical account
 * @param umr                the contract's UMR
 * @param period             accounting period
 * @param currency           ISO 4217 code
 * @param balance            the balance at 100% the domain computed
 * @param registrationNumber the receipt's number, or null while not registered (or queued)
 * @param registeredAt       the receipt's time, or null
 * @param fieldsDigest       the receipt's digest of the registered fields, or null
 * @param sync               a registration queued or refused
 */
public record BillRegistrationFields(UUID accountId, String umr, String period, String currency, Money balance,
                                     String registrationNumber, Instant registeredAt, String fieldsDigest, SyncMark sync) {
}
