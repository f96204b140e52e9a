package io.kaiwu.alarm.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One notice to one channel, as the delivery log shows it.
 *
 * @param id the delivery.
 * @param channelId to which channel.
 * @param event which alarm event.
 * @param alarmId the alarm; {@literal null} for a test.
 * @param status PENDING, SENT or GAVE_UP.
 * @param attempts how many attempts were made.
 * @param createdAt when the event was written to the outbox.
 * @param nextAttemptAt when the next attempt is due; {@literal null} once finished.
 * @param finishedAt when it was sent or given up.
 * @param log every attempt, first first.
 */
public record Delivery(UUID id, UUID channelId, NotifiedEvent event, @Nullable UUID alarmId, Status status,
		int attempts, Instant createdAt, @Nullable Instant nextAttemptAt, @Nullable Instant finishedAt,
		List<Attempt> log) {

	/** Where a delivery stands. */
	public enum Status {

		PENDING, SENT, GAVE_UP

	}

	/**
	 * One attempt.
	 *
	 * @param attempt 1 for the first.
	 * @param at when it started.
	 * @param durationMs how long it took.
	 * @param succeeded whether the receiver took it.
	 * @param httpStatus the HTTP status, when there was an answer.
	 * @param error what went wrong.
	 * @param retryAt when the next attempt was scheduled; {@literal null} after success
	 * or the last one.
	 */
	public record Attempt(int attempt, Instant at, long durationMs, boolean succeeded, @Nullable Integer httpStatus,
			@Nullable String error, @Nullable Instant retryAt) {
	}

}
