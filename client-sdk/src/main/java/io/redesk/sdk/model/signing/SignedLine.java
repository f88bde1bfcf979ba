package io.redesk.sdk.model.signing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.security.PoolMember;

import java.util.List;
import java.util.UUID;

/**
 * Wire form of the {@code SignedLine} schema of openapi.yaml; required: {@code lineId}, {@code
 * reinsurerId}, {@code writtenShare}, {@code toStand}, {@code signedShare}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignedLine(
        UUID lineId,
        UUID reinsurerId,
        String writtenShare,
        boolean toStand,
        String signedShare,
        List<PoolMember> poolMemberShares) {
    /** Copies lists so instances stay immutable. */
    public SignedLine {
        poolMemberShares = poolMemberShares == null ? null : List.copyOf(poolMemberShares);
    }
}
