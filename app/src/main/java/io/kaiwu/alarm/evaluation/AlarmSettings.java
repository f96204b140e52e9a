package io.kaiwu.alarm.evaluation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How rules are evaluated.
 *
 * @param queueCapacity how many stored batches of watched devices may wait for
 * evaluation; {@code KAIWU_ALARM_QUEUE_CAPACITY}.
 * @param handOffWait how long the telemetry writer waits for room when the queue is full
 * (holding back the MQTT acknowledgement) before it drops the batch and counts it
 * ({@code kaiwu.alarm.evaluation.dropped}); {@code KAIWU_ALARM_HAND_OFF_WAIT}.
 * @param noDataCheck how often no-data rules look for silent devices;
 * {@code KAIWU_ALARM_NO_DATA_CHECK}.
 */
@ConfigurationProperties("kaiwu.alarm")
public record AlarmSettings(@DefaultValue("10000") int queueCapacity, @DefaultValue("5s") Duration handOffWait,
		@DefaultValue("10s") Duration noDataCheck) {

	public AlarmSettings {
		if (queueCapacity < 1) {
			throw new IllegalArgumentException("kaiwu.alarm.queue-capacity must be at least 1");
		}
		if (handOffWait.isNegative()) {
			throw new IllegalArgumentException("kaiwu.alarm.hand-off-wait must not be negative");
		}
	}

}
