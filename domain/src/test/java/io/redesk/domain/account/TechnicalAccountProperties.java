package io.redesk.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TechnicalAccountProperties {

    @Provide
    Arbitrary<List<TaItem>> items() {
        Arbitrary<TaItemType> type = Arbitraries.of(TaItemType.class);
        Arbitrary<Money> amount = Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000_000L)
                .map(cents -> Money.of(BigDecimal.valueOf(cents, 2), Money.CNY));
        return Combinators.combine(type, amount).as(TaItem::new).list().ofMaxSize(40);
    }

    @Property
    void aBalanceDoesNotDependOnItemOrder(@ForAll("items") List<TaItem> items, @ForAll long seed) {
        List<TaItem> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(seed));
        TaBalance a = new TechnicalAccount("C", "P", Money.CNY, items, null).balance();
        TaBalance b = new TechnicalAccount("C", "P", Money.CNY, shuffled, null).balance();
        assertThat(b).isEqualTo(a);
    }

    @Property
    void memoItemsNeverChangeTheBalance(@ForAll("items") List<TaItem> items) {
        List<TaItem> withoutMemo = items.stream().filter(i -> !i.type().isMemo()).toList();
        assertThat(new TechnicalAccount("C", "P", Money.CNY, items, null).balance().computed())
                .isEqualTo(new TechnicalAccount("C", "P", Money.CNY, withoutMemo, null).balance().computed());
    }
}
