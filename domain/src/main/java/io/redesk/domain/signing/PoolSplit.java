package io.redesk.domain.signing;

import io.redesk.domain.money.Share;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Rule 5 of DESIGN §2: a pool writes one line; after signing down (which treats the pool line like any
 * other), the pool's signed line is split among its members by their fixed shares, rounded to 4
 * decimals by largest remainder so the member lines add up to exactly the pool's line; ties go to the
 * member listed first. A 10% pool line with members at 50/30/20 gives 5/3/2%.
 */
public final class PoolSplit {

    private PoolSplit() {
    }

    /**
     * @param poolLine the pool's (signed) line, a share of the order
     * @param members  the members in tie-break order; shares must be positive and add up to 100%
     */
    public static List<MemberLine> split(Share poolLine, List<PoolMember> members) {
        Objects.requireNonNull(poolLine, "poolLine");
        Objects.requireNonNull(members, "members");
        validateMembers(members);
        List<Long> weights = new ArrayList<>();
        for (PoolMember m : members) {
            weights.add(m.share().units());
        }
        List<Long> parts = LargestRemainder.allocate(poolLine.units(), weights);
        List<MemberLine> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            PoolMember m = members.get(i);
            out.add(new MemberLine(m.memberId(), m.share(), Share.ofUnits(parts.get(i))));
        }
        return out;
    }

    /** Splits the signed line of a pool out of a signing result. */
    public static List<MemberLine> split(SigningResult signing, String poolLineId, List<PoolMember> members) {
        if (!signing.isSigned()) {
            throw new SigningException("the placement is not signed (" + signing.underSubscription()
                    + "): there is no pool line to split yet");
        }
        return split(signing.line(poolLineId).signed(), members);
    }

    /** Checks a pool's membership: non-empty, unique, positive shares adding up to exactly 100%. */
    public static void validateMembers(List<PoolMember> members) {
        if (members.isEmpty()) {
            throw new SigningException("a pool needs at least one member");
        }
        Set<String> ids = new HashSet<>();
        Share total = Share.ZERO;
        for (PoolMember m : members) {
            if (!ids.add(m.memberId())) {
                throw new SigningException("pool member " + m.memberId() + " appears more than once");
            }
            if (m.share().isZero()) {
                throw new SigningException("pool member " + m.memberId() + " has a 0% share");
            }
            total = total.plus(m.share());
        }
        if (total.compareTo(Share.HUNDRED) != 0) {
            throw new SigningException("pool member shares must add up to 100%, they add up to " + total);
        }
    }
}
