package io.kaiwu.alarm.notification;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How one attempt to send went.
 *
 * @param succeeded whether the receiver took it.
 * @param httpStatus the HTTP status, when there was an answer.
 * @param error what went wrong (the answer's start, the robot's errcode, the SMTP or
 * connection error); {@literal null} on success.
 * @param duration how long the attempt took.
 */
public record Outcome(boolean succeeded, @Nullable Integer httpStatus, @Nullable String error, Duration duration) {

	static Outcome failed(String error, Duration duration) {
		return new Outcome(false, null, error, duration);
	}

}
