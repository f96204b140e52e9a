package io.kaiwu.maintenance.order;

import java.time.Instant;
import java.util.UUID;

/** Time a person worked on an order, in minutes. */
public record LabourEntry(UUID id, String person, int minutes, String recordedBy, Instant recordedAt) {
}
