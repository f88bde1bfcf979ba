package io.redesk.app.export;

import io.redesk.app.export.ExportTable.Column;
import io.redesk.app.export.ExportTable.Kind;
import io.redesk.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A small accounts table with every kind of cell, a masked one and text that needs quoting. */
final class ExportFixture {

    private ExportFixture() {
    }

    static ExportTable accounts() {
        return new ExportTable("技术账单 Accounts", List.of(
                new Column("合同编号", Kind.TEXT), new Column("Counterparty", Kind.TEXT), new Column("Due", Kind.DATE),
                new Column("Balance", Kind.AMOUNT), new Column("Currency", Kind.TEXT), new Column("Share", Kind.NUMBER)),
                List.of(
                        row("B0999HT2027001", "中国再保险（集团）股份有限公司", LocalDate.of(2027, 6, 29),
                                Money.cny("225000.00"), "CNY", new BigDecimal("20.0000")),
                        row("B0999HT2027002", "Thames Re, \"London\"", LocalDate.of(2027, 9, 29),
                                Money.of("-1234567890123.45", "USD"), "USD", new BigDecimal("0.0001")),
                        row("B0999HT2027003", "=HYPERLINK(\"x\")", null, "Masked", "JPY", null),
                        row("B0999HT2027004", "Lion City Re", LocalDate.of(2027, 1, 1), Money.of("1500", "JPY"), "JPY",
                                BigDecimal.ONE)));
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
