package io.redesk.store.reference;

import io.redesk.domain.party.Rating;
import java.util.Objects;

/** One rating of one organisation (history is kept: a new rating is a new record). */
public record RatingRecord(String id, String orgId, Rating rating) {
    public RatingRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(rating, "rating");
    }
}
