package io.kaiwu.alarm.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kaiwu.alarm.notification.*}: how deliveries are sent.
 *
 * @param backOff the waits before the 2nd, 3rd … attempt; after the last one fails the
 * delivery is given up.
 * @param poll how often the sender looks for due deliveries.
 * @param connectTimeout for connecting to a webhook or robot.
 * @param readTimeout for its answer.
 * @param threads the sender's own pool.
 * @param batch at most this many deliveries per round.
 * @param mailFrom the sender address of e-mails.
 * @param keep how long sent and given-up deliveries stay in the log.
 */
@ConfigurationProperties("kaiwu.alarm.notification")
record NotificationSettings(@DefaultValue("30s,2m,10m,30m,2h") List<Duration> backOff,
		@DefaultValue("2s") Duration poll, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout, @DefaultValue("4") int threads, @DefaultValue("100") int batch,
		@DefaultValue("kaiwu@localhost") String mailFrom, @DefaultValue("90d") Duration keep) {

	NotificationSettings {
		backOff = List.copyOf(backOff);
		if (threads < 1 || batch < 1 || poll.isNegative() || poll.isZero()) {
			throw new IllegalArgumentException("kaiwu.alarm.notification: threads, batch and poll must be positive");
		}
	}

	/** How long a sender owns a delivery it took: longer than any attempt can last. */
	Duration lease() {
		return this.connectTimeout.plus(this.readTimeout).plus(this.readTimeout).plusSeconds(30);
	}

}
