package io.kaiwu.telemetry.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What incoming telemetry must satisfy, how long it is kept, and how many dead letters
 * are kept.
 *
 * @param maxFuture how far in the future a timestamp may lie (device clocks drift);
 * {@code KAIWU_TELEMETRY_MAX_FUTURE}.
 * @param backfillWindow how old a timestamp may be (a gateway flushing its buffer after
 * an outage); {@code KAIWU_TELEMETRY_BACKFILL_WINDOW}.
 * @param retention how long measurements are kept; {@code KAIWU_TELEMETRY_RETENTION}.
 * @param retentionCron when the nightly retention job runs (a Spring cron expression).
 * @param deadLetterLimit how many dead letters are kept per tenant (the newest ones).
 */
@ConfigurationProperties("kaiwu.telemetry")
public record IngestSettings(@DefaultValue("5m") Duration maxFuture, @DefaultValue("7d") Duration backfillWindow,
		@DefaultValue("365d") Duration retention, @DefaultValue("0 45 2 * * *") String retentionCron,
		@DefaultValue("1000") int deadLetterLimit) {

}
