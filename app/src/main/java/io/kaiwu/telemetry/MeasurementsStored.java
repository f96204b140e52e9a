package io.kaiwu.telemetry;

import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * New measurements of one device are stored (published after
 * {@link TelemetryStore#append} returned, so they are durable). An in-process
 * notification for live views on the hot ingest path: a plain synchronous application
 * event, not kept in the event publication registry, so a listener must be quick and must
 * not fail.
 *
 * @param tenant whose device.
 * @param deviceId the device.
 * @param deviceKey the device's key.
 * @param deviceTypeId the device's type, so that a listener can filter by type without a
 * lookup.
 * @param measurements what was accepted (new or already stored).
 */
public record MeasurementsStored(TenantId tenant, UUID deviceId, String deviceKey, UUID deviceTypeId,
		List<Measurement> measurements) implements DeviceMeasurements {

	public MeasurementsStored {
		measurements = List.copyOf(measurements);
	}

}
