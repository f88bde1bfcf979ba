package io.redesk.store.reference;

import io.redesk.domain.signing.PoolMember;
import java.util.List;
import java.util.Objects;

/** An insurance pool (aviation, green shipping, ...) with its members' fixed shares. */
public record PoolRecord(String id, String name, String sector, List<PoolMember> members) {
    public PoolRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        members = members == null ? List.of() : List.copyOf(members);
    }
}
