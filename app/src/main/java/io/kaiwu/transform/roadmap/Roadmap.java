package io.kaiwu.transform.roadmap;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.roadmap.kernel.Approach;

/**
 * A roadmap and what it was proposed from.
 *
 * @param goals the value tags the enterprise wants most (the atlas's tag names).
 * @param painPoints the pain points picked, each {@code <scenario code>/<index from 1>}.
 * @param discountRate the yearly rate its projects' NPV is computed at, for example 0.08.
 */
public record Roadmap(UUID id, TenantId tenant, String name, Approach approach, String pack, List<String> goals,
		List<String> painPoints, double discountRate, Instant createdAt, String createdBy) {

	public Roadmap {
		goals = List.copyOf(goals);
		painPoints = List.copyOf(painPoints);
	}

}
