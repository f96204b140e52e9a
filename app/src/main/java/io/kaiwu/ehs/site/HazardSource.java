package io.kaiwu.ehs.site;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hazardous source (危险源): where hazardous substances are produced, stored or used.
 *
 * @param level its grade 一级..四级 (GB 18218-2018).
 * @param nodeId the node of the enterprise structure it is on.
 * @param substances the hazardous substances it holds, e.g. {@code 天然气}.
 * @param points what is watched there.
 */
public record HazardSource(UUID id, String code, String name, HazardLevel level, UUID nodeId, List<String> substances,
		List<MonitoredPoint> points, Instant createdAt) {

	public HazardSource {
		substances = List.copyOf(substances);
		points = List.copyOf(points);
	}

}
