package io.redesk.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    @Test
    void readsBackExactAmountsWithTheirCurrencyFormatDatesAndText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = XlsxExport.write(ExportFixture.accounts(), out);

        assertThat(written).isEqualTo(4);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            Sheet sheet = wb.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("技术账单 Accounts");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("合同编号");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("中国再保险（集团）股份有限公司");
            assertThat(rows.get(1).getCellAsNumber(3)).contains(new BigDecimal("225000.00"));
            assertThat(rows.get(1).getCell(3).getDataFormatString()).isEqualTo("#,##0.00 [$CNY]");
            // 15+ significant digits survive: the BigDecimal is written as is, never through a double
            assertThat(rows.get(2).getCellAsNumber(3)).contains(new BigDecimal("-1234567890123.45"));
            assertThat(rows.get(2).getCell(3).getDataFormatString()).isEqualTo("#,##0.00 [$USD]");
            assertThat(rows.get(1).getCellAsDate(2).orElseThrow().toLocalDate()).isEqualTo("2027-06-29");
            // the screen's "Masked" stays masked, and formula-looking text stays text
            assertThat(rows.get(3).getCellText(3)).isEqualTo("Masked");
            assertThat(rows.get(3).getCellText(1)).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(rows.get(4).getCell(3).getDataFormatString()).isEqualTo("#,##0 [$JPY]");
            assertThat(rows.get(4).getCellAsNumber(5)).contains(BigDecimal.ONE);
        }
    }

    @Test
    void sheetNamesKeepToExcelsRules() {
        assertThat(XlsxExport.sheetName("Statement: Pudong Re [2027/Q1]")).isEqualTo("Statement  Pudong Re  2027 Q1");
        assertThat(XlsxExport.sheetName("x".repeat(40))).hasSize(31);
        assertThat(XlsxExport.sheetName(" ")).isEqualTo("Sheet1");
    }
}
