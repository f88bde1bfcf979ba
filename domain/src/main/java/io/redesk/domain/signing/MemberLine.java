package io.redesk.domain.signing;

import io.redesk.domain.money.Share;

/** One pool member's part of the pool's line, as a share of the order. */
public record MemberLine(String memberId, Share memberShare, Share line) {
}
