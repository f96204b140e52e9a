package io.kaiwu.equipment.timeline;

import java.time.Instant;
import java.util.UUID;

/**
 * Parts a machine made in a period.
 *
 * @param reported {@literal true} for reported output (报工), {@literal false} for the
 * machine's own counters
 */
public record PartsCount(UUID equipmentId, Instant from, Instant to, long good, long reject, boolean reported) {
}
