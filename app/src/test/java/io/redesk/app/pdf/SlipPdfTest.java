package io.redesk.app.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.DeskFixture;
import io.redesk.app.desk.SlipField;
import io.redesk.app.i18n.Language;
import io.redesk.app.i18n.Localization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The slip PDF: laid out by MRC section, in the user's language. */
class SlipPdfTest {

    @Test
    void writesEverySectionWithChineseLabelsWhenACjkFontIsPresent() throws IOException {
        var form = DeskFixture.completeSlip("B0999PDF00001").with(SlipField.INSURED, "洋山港物流有限公司");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SlipPdf.write("洋山港仓储货物", form, Localization.of(Language.CHINESE), out);
        } catch (IllegalStateException noCjkFont) {
            assertThat(noCjkFont).hasMessageContaining("fonts-wqy-zenhei");
            return;
        }
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("风险详情", "信息", "承保人详情", "认购协议", "财税与监管", "经纪佣金及扣除")
                    .contains("B0999PDF00001", "洋山港物流有限公司", "1200000.00");
        }
    }

    @Test
    void writesEnglishLabelsForAnEnglishUser() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SlipPdf.write("Yangshan port stock", DeskFixture.completeSlip("B0999PDF00002"), Localization.of(Language.ENGLISH), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Risk details", "Broker remuneration and deductions", "Premium", "Yangshan port stock");
        }
    }
}
