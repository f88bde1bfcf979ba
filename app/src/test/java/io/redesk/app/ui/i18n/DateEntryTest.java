package io.redesk.app.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateEntryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 20);

    @Test
    void readsTheFormsPeopleTypeInEitherLanguage() {
        for (String typed : new String[] {"2026-12-20", " 2026-12-20 ", "2026/12/20", "2026.12.20", "2026年12月20日",
                "20261220", "2026-12-20"}) {
            assertThat(DateEntry.parse(typed, Locale.US)).as(typed).contains(DAY);
            assertThat(DateEntry.parse(typed, Locale.SIMPLIFIED_CHINESE)).as(typed).contains(DAY);
        }
        assertThat(DateEntry.parse("12/20/26", Locale.US)).contains(DAY);
        assertThat(DateEntry.parse("Dec 20, 2026", Locale.US)).contains(DAY);
    }

    @Test
    void refusesWhatIsNoDateInsteadOfGuessing() {
        assertThat(DateEntry.parse("2026-02-30", Locale.US)).isEmpty();
        assertThat(DateEntry.parse("2026-13-01", Locale.US)).isEmpty();
        assertThat(DateEntry.parse("next friday", Locale.US)).isEmpty();
        assertThat(DateEntry.parse("   ", Locale.US)).isEmpty();
        assertThat(DateEntry.parse(null, Locale.US)).isEmpty();
    }
}
