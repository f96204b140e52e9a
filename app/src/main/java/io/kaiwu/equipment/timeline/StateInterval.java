package io.kaiwu.equipment.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.kaiwu.equipment.MachineState;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A span in which a machine was in one state.
 *
 * @param endedAt {@literal null} while the machine is still in it
 * @param reasonId the downtime reason an operator picked; {@literal null} when none
 */
public record StateInterval(UUID id, TenantId tenant, UUID equipmentId, MachineState state, Instant startedAt,
		@Nullable Instant endedAt, @Nullable UUID reasonId) {

	/** Its length up to {@code now} when it is still open. */
	public Duration length(Instant now) {
		return Duration.between(this.startedAt, (this.endedAt != null) ? this.endedAt : now);
	}

}
