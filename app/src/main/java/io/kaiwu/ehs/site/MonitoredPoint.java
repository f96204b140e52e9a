package io.kaiwu.ehs.site;

import java.util.UUID;

import io.kaiwu.ehs.warning.GradedLimit;
import io.kaiwu.shared.TenantId;

/**
 * A device's property watched against a legal limit: a pollutant at a discharge point or
 * a substance at a hazardous source.
 *
 * @param id the point.
 * @param tenant whose.
 * @param ownerId the hazardous source or discharge point it belongs to.
 * @param ownerName that owner's name, for alarm texts.
 * @param substance the pollutant or substance watched, e.g. {@code SO₂}.
 * @param deviceId the monitoring device.
 * @param property the device's property.
 * @param limit the legal limit, its unit and the grade thresholds.
 * @param standard where the limit comes from, e.g. {@code GB 13271-2014 表2}.
 */
public record MonitoredPoint(UUID id, TenantId tenant, UUID ownerId, String ownerName, String substance, UUID deviceId,
		String property, GradedLimit limit, String standard) {
}
