package io.redesk.recon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MinorUnitsTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");

    @Test
    void convertsAtEachCurrencysScale() {
        assertThat(MinorUnits.toMinor(new BigDecimal("1234.56"), CNY)).isEqualTo(123456);
        assertThat(MinorUnits.toMinor(new BigDecimal("-0.01"), CNY)).isEqualTo(-1);
        assertThat(MinorUnits.toMinor(new BigDecimal("1.500"), CNY)).isEqualTo(150);
        assertThat(MinorUnits.toMinor(new BigDecimal("1500"), JPY)).isEqualTo(1500);
        assertThat(MinorUnits.toMinor(new BigDecimal("1.234"), KWD)).isEqualTo(1234);
        assertThat(MinorUnits.toDecimal(123456, CNY)).isEqualByComparingTo("1234.56");
    }

    @Test
    void refusesExtraDecimalsInsteadOfRounding() {
        assertThatThrownBy(() -> MinorUnits.toMinor(new BigDecimal("1.005"), CNY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.005").hasMessageContaining("CNY");
        assertThatThrownBy(() -> MinorUnits.toMinor(new BigDecimal("1.5"), JPY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MinorUnits.toMinor(new BigDecimal("1e30"), CNY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    }

    @Property
    void roundTripsEveryMinorAmount(@ForAll long minor) {
        assertThat(MinorUnits.toMinor(MinorUnits.toDecimal(minor, CNY), CNY)).isEqualTo(minor);
    }

    @Test
    void anEntryKeepsItsIdExact() {
        assertThatThrownBy(() -> new Entry("L1\n", LocalDate.of(2026, 1, 1), "", CNY, 1, "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        Entry entry = new Entry("L1", LocalDate.of(2026, 1, 1), " China Re ", CNY, 123456, "", "");
        assertThat(entry.counterparty()).isEqualTo(" China Re ");
        assertThat(entry.amount()).isEqualByComparingTo("1234.56");
    }
}
