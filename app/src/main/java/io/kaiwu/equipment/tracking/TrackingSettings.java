package io.kaiwu.equipment.tracking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How machine states are tracked.
 *
 * @param queueCapacity how many stored batches may wait for the tracking thread; more are
 * dropped and counted ({@code kaiwu.equipment.tracking.dropped}) so that ingestion never
 * waits; {@code KAIWU_EQUIPMENT_QUEUE_CAPACITY}.
 * @param countFlush a minute of part counts is reported at the latest this long after it
 * opened, even when no later signal arrives; {@code KAIWU_EQUIPMENT_COUNT_FLUSH}.
 */
@ConfigurationProperties("kaiwu.equipment")
public record TrackingSettings(@DefaultValue("10000") int queueCapacity, @DefaultValue("90s") Duration countFlush) {

	public TrackingSettings {
		if (queueCapacity < 1) {
			throw new IllegalArgumentException("kaiwu.equipment.queue-capacity must be at least 1");
		}
	}

}
