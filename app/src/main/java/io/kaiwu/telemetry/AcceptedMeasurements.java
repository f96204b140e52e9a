package io.kaiwu.telemetry;

/**
 * A module that wants measurements as soon as they passed the checks, before the store's
 * group commit (alarm rules, so that an alarm does not wait for the commit). Called
 * directly on the connector's thread for every accepted message, not through the event
 * multicaster, whose cost per message would be felt at tens of thousands of messages a
 * second: an implementation must be quick (hand the batch to its own queue, e.g. a
 * {@link MeasurementsWorker}) and should not throw; what it throws is logged and does not
 * stop ingestion. The values are not durable yet: when storing fails the device is not
 * acknowledged and sends them again.
 */
public interface AcceptedMeasurements {

	/**
	 * Measurements of one device passed the checks and go to the store now.
	 * @param batch what passed (new or sent before).
	 */
	void accepted(MeasurementsAccepted batch);

}
