package io.redesk.store.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.money.Share;
import io.redesk.domain.party.OrgType;
import io.redesk.domain.party.Organisation;
import io.redesk.domain.party.Rating;
import io.redesk.domain.party.RatingAgency;
import io.redesk.domain.signing.PoolMember;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.doc.Stored;
import io.redesk.store.testing.TestVaults;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {

    @TempDir
    Path appData;

    @Test
    void domainOrganisationsRatingsAndPoolsRoundTrip() {
        try (Vault v = TestVaults.create(appData, CryptoSuite.INTERNATIONAL)) {
            OrganisationRepository orgs = new OrganisationRepository(v);
            Organisation swiss = new Organisation("org-1", "Zürich Rückversicherung", OrgType.REINSURER, "CH",
                    List.of(new Rating(RatingAgency.SP, "AA-", LocalDate.of(2026, 6, 1))));
            orgs.insert(swiss);
            orgs.insert(new Organisation("org-2", "中国再保险集团", OrgType.REINSURER, "CN"));
            orgs.insert(new Organisation("org-3", "Pacific Cedent Insurance", OrgType.CEDENT, "SG"));
            assertThat(orgs.find("org-1").orElseThrow().value()).isEqualTo(swiss);
            assertThat(orgs.ofType(OrgType.REINSURER)).extracting(Stored::id).containsExactlyInAnyOrder("org-1", "org-2");
            assertThat(orgs.search("zurich")).extracting(Stored::id).containsExactly("org-1");
            assertThat(orgs.search("再保险")).extracting(Stored::id).containsExactly("org-2");

            RatingRepository ratings = new RatingRepository(v);
            ratings.insert(new RatingRecord("r-1", "org-2", Rating.of(RatingAgency.AM_BEST, "A")));
            assertThat(ratings.forOrganisation("org-2")).extracting(s -> s.value().rating().grade()).containsExactly("A");
            orgs.delete("org-2");
            assertThat(ratings.count()).as("ratings go with their organisation").isZero();

            PoolRepository pools = new PoolRepository(v);
            PoolRecord pool = new PoolRecord("pool-1", "Green Shipping Pool", "green shipping",
                    List.of(new PoolMember("org-1", Share.of("50")), new PoolMember("org-3", Share.of("50"))));
            pools.insert(pool);
            assertThat(pools.named("green ship")).extracting(Stored::value).containsExactly(pool);
        }
    }
}
