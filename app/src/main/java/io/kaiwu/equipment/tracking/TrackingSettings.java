package io.kaiwu.equipment.tracking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How machine states are tracked.
 *
 * @param queueCapacity how many stored batches may wait for the tracking thread;
 * {@code KAIWU_EQUIPMENT_QUEUE_CAPACITY}.
 * @param handOffWait how long the telemetry writer waits for room when the queue is full
 * (holding back the MQTT acknowledgement) before it drops the batch and counts it
 * ({@code kaiwu.equipment.tracking.dropped}); {@code KAIWU_EQUIPMENT_HAND_OFF_WAIT}.
 * @param countFlush a minute of part counts is reported at the latest this long after it
 * opened, even when no later signal arrives; {@code KAIWU_EQUIPMENT_COUNT_FLUSH}.
 */
@ConfigurationProperties("kaiwu.equipment")
public record TrackingSettings(@DefaultValue("10000") int queueCapacity, @DefaultValue("5s") Duration handOffWait,
		@DefaultValue("90s") Duration countFlush) {

	public TrackingSettings {
		if (queueCapacity < 1) {
			throw new IllegalArgumentException("kaiwu.equipment.queue-capacity must be at least 1");
		}
		if (handOffWait.isNegative()) {
			throw new IllegalArgumentException("kaiwu.equipment.hand-off-wait must not be negative");
		}
	}

}
