package io.kaiwu.ehs.site;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A discharge point (排放口): a stack or a wastewater outlet, with a monitored point per
 * pollutant.
 */
public record DischargePoint(UUID id, String code, String name, Medium medium, UUID nodeId, List<MonitoredPoint> points,
		Instant createdAt) {

	public DischargePoint {
		points = List.copyOf(points);
	}

}
