package io.redesk.domain.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Money;
import io.redesk.domain.workflow.IllegalTransitionException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceTest {

    private static Invoice requested() {
        return Invoice.request("inv-1", Money.cny("1060000"), Money.cny("60000"));
    }

    @Test
    void goesFromRequestedThroughIssuedAndDeliveredToConfirmed() {
        Invoice i = requested().issue("No.044001").deliver().confirm();
        assertThat(i.status()).isEqualTo(InvoiceStatus.CONFIRMED);
        assertThat(i.invoiceNumber()).contains("No.044001");
    }

    @Test
    void anExemptRequestEndsExempt() {
        assertThat(requested().exempt().status()).isEqualTo(InvoiceStatus.EXEMPT);
        assertThat(InvoiceWorkflow.isFinal(InvoiceStatus.EXEMPT)).isTrue();
    }

    @Test
    void voidingNeedsARedLetterReversalThatNegatesTheInvoice() {
        Invoice issued = requested().issue("No.1");
        RedLetterReversal red = new RedLetterReversal("No.1-R", Money.cny("-1060000"), Money.cny("-60000"),
                LocalDate.of(2026, 11, 27), "wrong cedent");
        Invoice voided = issued.deliver().confirm().voidWith(red);
        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOIDED);
        assertThat(voided.reversal()).contains(red);

        RedLetterReversal partial = new RedLetterReversal("No.1-R", Money.cny("-1000"), Money.cny("-60000"),
                LocalDate.of(2026, 11, 27), "x");
        assertThatThrownBy(() -> issued.voidWith(partial)).hasMessageContaining("must negate the invoice exactly");
        assertThatThrownBy(() -> requested().voidWith(red)).isInstanceOf(IllegalTransitionException.class);
    }

    @ParameterizedTest
    @CsvSource({"REQUESTED,DELIVERED", "REQUESTED,CONFIRMED", "REQUESTED,VOIDED", "ISSUED,CONFIRMED", "ISSUED,EXEMPT",
            "EXEMPT,ISSUED", "VOIDED,ISSUED", "CONFIRMED,DELIVERED"})
    void rejectsIllegalInvoiceTransitions(InvoiceStatus from, InvoiceStatus to) {
        assertThatThrownBy(() -> InvoiceWorkflow.transition(from, to)).isInstanceOf(IllegalTransitionException.class);
    }
}
