package io.kaiwu.transform.cycle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One PDCA cycle of a tenant.
 *
 * @param number 1 for the first cycle, counting up.
 * @param roadmapPhase the roadmap phase the cycle carries out.
 * @param carriedGaps what the cycle before left open.
 * @param closingGaps what remained when the cycle was closed; {@literal null} while open.
 */
public record Cycle(UUID id, TenantId tenant, int number, String name, @Nullable UUID roadmapId, int roadmapPhase,
		@Nullable UUID evaluationId, List<Gap> carriedGaps, @Nullable List<Gap> closingGaps,
		@Nullable String closingNote, Instant startedAt, String startedBy, @Nullable Instant closedAt,
		@Nullable String closedBy) {

	public Cycle {
		carriedGaps = List.copyOf(carriedGaps);
		closingGaps = (closingGaps != null) ? List.copyOf(closingGaps) : null;
	}

	public boolean open() {
		return this.closedAt == null;
	}

}
