package io.redesk.app.desk.finance;

import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.InvoiceStatus;
import io.redesk.sdk.model.account.VatTreatment;
import java.time.Instant;
import java.util.UUID;

/**
 * The invoice (发票) for one reinsurer's share of a technical account.
 *
 * @param id                 the exchange's id (temporary while a request made offline is unsent)
 * @param technicalAccountId the account
 * @param contractReference  its UMR when the vault holds the account, else null
 * @param issuerId           who issues it
 * @param recipientId        who receives it
 * @param reinsurerId        the reinsurer whose share it is
 * @param cedentId           the cedent
 * @param treatment          VAT treatment the exchange decided with the domain's {@code VatRules}
 * @param legalBasis         the rule that decided it (e.g. 财税〔2016〕68号 for the exemption), as the exchange states it
 * @param gross              VAT-inclusive amount
 * @param vat                VAT in it (charged, or withheld by the cedent)
 * @param net                gross − VAT
 * @param status             requested, issued, delivered, confirmed, exempt, voided
 * @param invoiceNumber      the number it was issued under, or null
 * @param redInvoiceNumber   the red-letter reversal's number when voided, else null
 * @param voidReason         why it was voided, else null
 * @param withholding        for a withheld treatment: the cedent's withholding certificate is due; else null
 * @param createdAt          requested at
 * @param sync               the user's own changes to it on their way
 */
public record InvoiceView(UUID id, UUID technicalAccountId, String contractReference, UUID issuerId, UUID recipientId,
                          UUID reinsurerId, UUID cedentId, VatTreatment treatment, String legalBasis, Money gross,
                          Money vat, Money net, InvoiceStatus status, String invoiceNumber, String redInvoiceNumber,
                          String voidReason, Withholding withholding, Instant createdAt, SyncMark sync) {

    /**
     * The withholding certificate of a withheld-VAT invoice: the domestic cedent withholds the VAT of an
     * overseas reinsurer and owes it a certificate.
     *
     * @param withheld the VAT withheld
     * @param netPaid  what the cedent pays the reinsurer
     * @param due      true while the invoice is not confirmed (the certificate is still to be given)
     */
    public record Withholding(Money withheld, Money netPaid, boolean due) {
    }
}
