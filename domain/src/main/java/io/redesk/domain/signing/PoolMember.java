package io.redesk.domain.signing;

import io.redesk.domain.money.Share;
import java.util.Objects;

/** A reinsurer's fixed share of a pool (the member shares of a pool add up to 100%). */
public record PoolMember(String memberId, Share share) {

    public PoolMember {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(share, "share");
        if (memberId.isBlank()) {
            throw new IllegalArgumentException("memberId must not be blank");
        }
    }
}
