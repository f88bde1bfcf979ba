package io.redesk.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.app.export.ExportTable.Column;
import io.redesk.app.export.ExportTable.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void writesUtf8WithABomCrlfAndExactPlainAmounts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = CsvExport.write(ExportFixture.accounts(), out);

        byte[] bytes = out.toByteArray();
        assertThat(rows).isEqualTo(4);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n", -1)).containsExactly(
                "合同编号,Counterparty,Due,Balance,Currency,Share",
                "B0999HT2027001,中国再保险（集团）股份有限公司,2027-06-29,225000.00,CNY,20.0000",
                "B0999HT2027002,\"Thames Re, \"\"London\"\"\",2027-09-29,-1234567890123.45,USD,0.0001",
                "B0999HT2027003,\"'=HYPERLINK(\"\"x\"\")\",,Masked,JPY,",
                "B0999HT2027004,Lion City Re,2027-01-01,1500,JPY,1",
                "");
    }

    @Test
    void guardsFormulaTextButNotNegativeNumbersWrittenAsText() {
        assertThat(CsvExport.guard("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExport.guard("+86 21")).isEqualTo("'+86 21");
        assertThat(CsvExport.guard("@SUM")).isEqualTo("'@SUM");
        assertThat(CsvExport.guard("-cmd")).isEqualTo("'-cmd");
        assertThat(CsvExport.guard("-30.00")).isEqualTo("-30.00");
        assertThat(CsvExport.guard("Pudong Re")).isEqualTo("Pudong Re");
    }

    @Test
    void aRowOfTheWrongWidthIsAProgrammingErrorNamedWithItsRow() {
        ExportTable bad = new ExportTable("t", List.of(new Column("a", Kind.TEXT), new Column("b", Kind.TEXT)),
                List.of(ExportFixture.row("only one")));
        assertThatThrownBy(() -> CsvExport.write(bad, new ByteArrayOutputStream()))
                .hasMessage("row 0 of 't' has 1 cells for 2 columns");
    }
}
