package io.redesk.domain.party;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A market participant: cedent, broker, reinsurer, pool or the exchange itself. The country (ISO 3166
 * alpha-2) decides whether business is domestic or cross-border for statistics and VAT; reinsurers
 * and pools carry their ratings.
 */
public record Organisation(String id, String name, OrgType type, String countryCode, List<Rating> ratings) {

    /** The exchange's home jurisdiction: business with an organisation elsewhere is cross-border. */
    public static final String HOME_COUNTRY = "CN";

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(countryCode, "countryCode");
        if (id.isBlank()) {
            throw new IllegalArgumentException("organisation id must not be blank");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("organisation name must not be blank");
        }
        countryCode = countryCode.trim().toUpperCase(Locale.ROOT);
        if (!List.of(Locale.getISOCountries()).contains(countryCode)) {
            throw new IllegalArgumentException("not an ISO 3166 country code: '" + countryCode + "'");
        }
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
    }

    public Organisation(String id, String name, OrgType type, String countryCode) {
        this(id, name, type, countryCode, List.of());
    }

    public boolean isDomestic() {
        return HOME_COUNTRY.equals(countryCode);
    }

    /** The rating from one agency, if held. */
    public Optional<Rating> rating(RatingAgency agency) {
        return ratings.stream().filter(r -> r.agency() == agency).findFirst();
    }

    /** The weakest of the ratings held (a conservative reading when agencies disagree). */
    public Optional<Rating> lowestRating() {
        return ratings.stream().min(Comparator.naturalOrder());
    }
}
