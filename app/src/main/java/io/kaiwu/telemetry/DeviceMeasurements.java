package io.kaiwu.telemetry;

import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * A batch of measurements of one device, as the ingest path hands it on: accepted by the
 * checks ({@link MeasurementsAccepted}) or durable in the store
 * ({@link MeasurementsStored}).
 */
public interface DeviceMeasurements {

	/** Whose device. */
	TenantId tenant();

	/** The device. */
	UUID deviceId();

	/** The device's key. */
	String deviceKey();

	/** The device's type, so that a listener can filter by type without a lookup. */
	UUID deviceTypeId();

	/** The measurements, in the order they came. */
	List<Measurement> measurements();

}
