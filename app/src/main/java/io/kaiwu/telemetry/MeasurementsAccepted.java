package io.kaiwu.telemetry;

import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * Measurements of one device that passed the checks against its thing model and go to the
 * store now, handed to every {@link AcceptedMeasurements} on the connector's thread just
 * before they are queued for the group commit, so a module sees them without waiting for
 * the store's commit. They are not durable yet: when storing fails the device is not
 * acknowledged and sends them again, so a module must take a value it has seen before in
 * its stride (alarm rules ignore values not newer than the last they judged).
 *
 * @param tenant whose device.
 * @param deviceId the device.
 * @param deviceKey the device's key.
 * @param deviceTypeId the device's type.
 * @param measurements what passed the checks (new or sent before).
 */
public record MeasurementsAccepted(TenantId tenant, UUID deviceId, String deviceKey, UUID deviceTypeId,
		List<Measurement> measurements) implements DeviceMeasurements {

	public MeasurementsAccepted {
		measurements = List.copyOf(measurements);
	}

}
