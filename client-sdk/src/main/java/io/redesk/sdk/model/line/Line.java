package io.redesk.sdk.model.line;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.security.PoolMember;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Wire form of the {@code Line} schema of openapi.yaml; required: {@code id}, {@code placementId},
 * {@code reinsurerId}, {@code status}, {@code writtenShare}, {@code toStand}, {@code writtenAt},
 * {@code subjectivities}, {@code version}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Line(
        UUID id,
        UUID placementId,
        UUID reinsurerId,
        LineStatus status,
        String writtenShare,
        boolean toStand,
        String signedShare,
        String conditions,
        String underwriterReference,
        List<Subjectivity> subjectivities,
        List<PoolMember> poolMemberShares,
        Instant writtenAt,
        String withdrawnReason,
        long version) {
    /** Copies lists so instances stay immutable. */
    public Line {
        subjectivities = subjectivities == null ? null : List.copyOf(subjectivities);
        poolMemberShares = poolMemberShares == null ? null : List.copyOf(poolMemberShares);
    }
}
