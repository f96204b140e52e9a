package io.kaiwu.alarm.evaluation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How rules are evaluated.
 *
 * @param queueCapacity how many stored batches may wait for evaluation; more are dropped
 * and counted ({@code kaiwu.alarm.evaluation.dropped}) so that ingestion never waits;
 * {@code KAIWU_ALARM_QUEUE_CAPACITY}.
 * @param noDataCheck how often no-data rules look for silent devices;
 * {@code KAIWU_ALARM_NO_DATA_CHECK}.
 */
@ConfigurationProperties("kaiwu.alarm")
public record AlarmSettings(@DefaultValue("10000") int queueCapacity, @DefaultValue("10s") Duration noDataCheck) {

	public AlarmSettings {
		if (queueCapacity < 1) {
			throw new IllegalArgumentException("kaiwu.alarm.queue-capacity must be at least 1");
		}
	}

}
