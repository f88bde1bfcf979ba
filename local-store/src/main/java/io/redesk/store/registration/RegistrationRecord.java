package io.redesk.store.registration;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A registration with the exchange (contract, bill or claim): exactly the fields that were (or will
 * be) sent, shown to the user before sending, and the receipt (registration number and time) once
 * the exchange accepts it.
 */
public record RegistrationRecord(String id, String placementId, Kind kind, Status status, Map<String, String> sentFields,
                                 String registrationNumber, Instant registeredAt, String rejectionReason) {

    /** What is registered. */
    public enum Kind { CONTRACT, BILL, CLAIM }

    /** Where the registration stands. */
    public enum Status { PREPARED, SUBMITTED, REGISTERED, REJECTED }

    public RegistrationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        sentFields = sentFields == null ? Map.of() : Map.copyOf(sentFields);
    }
}
