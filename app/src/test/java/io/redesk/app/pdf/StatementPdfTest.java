package io.redesk.app.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.app.i18n.Language;
import io.redesk.app.i18n.LocaleFormats;
import io.redesk.app.i18n.Localization;
import io.redesk.domain.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The statement of account PDF: letterhead, netting table, net, settlement, in the reader's language. */
class StatementPdfTest {

    static StatementSheet sheet(String counterparty, String status, String direction) {
        List<StatementSheet.Line> lines = List.of(
                new StatementSheet.Line("B0999HT2027001", "2027Q1 · Premium", status, Money.cny("225000.00")),
                new StatementSheet.Line("B0999HT2027002", "2027Q1 · Claims", status, Money.cny("-25000.50")));
        return new StatementSheet("Huatai Re Brokers", counterparty, "2027Q1", Currency.getInstance("CNY"),
                LocalDate.of(2027, 4, 2), lines, Money.cny("199999.50"), direction,
                new StatementSheet.Settlement(Money.cny("199999.50"), "7.1234", "CFETS", LocalDate.of(2027, 4, 1),
                        "Eligible", "Partly paid", Money.cny("100000.00"), Money.cny("99999.50"), "BOC-2027-0001"));
    }

    @Test
    void writesTheLetterheadNettingTableAndSettlementInEnglishWithLocaleAmounts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementPdf.write(sheet("Pudong Re", "Agreed", "due to Huatai Re Brokers"), Localization.of(Language.ENGLISH),
                new LocaleFormats(Locale.US, ZoneOffset.UTC), out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Huatai Re Brokers", "Statement of account", "Drawn up on Apr 2, 2027",
                    "Counterparty", "Pudong Re", "Period", "2027Q1", "CNY · Chinese Yuan",
                    "B0999HT2027001", "Agreed", "CN¥225,000.00", "-CN¥25,000.50",
                    "Net balance: due to Huatai Re Brokers", "CN¥199,999.50",
                    "Exchange rate", "7.1234 (CFETS, Apr 1, 2027)", "Cross-border RMB", "Eligible",
                    "Paid so far", "CN¥100,000.00", "Still to pay", "CN¥99,999.50", "BOC-2027-0001");
            assertThat(text).doesNotContain("AGREED", "DUE_TO");
        }
    }

    @Test
    void writesChineseLabelsForAChineseReader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            StatementPdf.write(sheet("浦东再保险", "已确认", "应付华泰再保险经纪"), Localization.of(Language.CHINESE),
                    new LocaleFormats(Locale.SIMPLIFIED_CHINESE, ZoneOffset.UTC), out);
        } catch (IllegalStateException noCjkFont) {
            assertThat(noCjkFont).hasMessageContaining("fonts-wqy-zenhei");
            return;
        }
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("对账单", "交易对手", "浦东再保险", "账期", "已确认", "¥225,000.00",
                    "净额：应付华泰再保险经纪", "汇率", "跨境人民币", "尚未支付", "¥99,999.50");
        }
    }

    @Test
    void refusesASheetWhoseLinesDoNotAddUpToItsNet() {
        assertThatThrownBy(() -> new StatementSheet("A", "B", "2027Q1", Currency.getInstance("CNY"), LocalDate.of(2027, 1, 1),
                List.of(new StatementSheet.Line("R", "", "", Money.cny("1.00"))), Money.cny("1.01"), "due", null))
                .hasMessageContaining("sum to CNY 1.00, not its net CNY 1.01");
    }
}
