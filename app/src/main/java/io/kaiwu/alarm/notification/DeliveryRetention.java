package io.kaiwu.alarm.notification;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the delivery log from growing for ever: every night, deliveries that were sent or
 * given up longer ago than {@code kaiwu.alarm.notification.keep} (90 days) are deleted
 * with their attempts. Pending ones are never deleted.
 */
@Component
public class DeliveryRetention {

	private static final Logger log = LoggerFactory.getLogger(DeliveryRetention.class);

	private final DeliveryRecords deliveries;

	private final NotificationSettings settings;

	DeliveryRetention(DeliveryRecords deliveries, NotificationSettings settings) {
		this.deliveries = deliveries;
		this.settings = settings;
	}

	@Scheduled(cron = "${kaiwu.alarm.notification.purge-cron:0 50 2 * * *}")
	void nightly() {
		purge(Instant.now());
	}

	/**
	 * Deletes what is older than the retention at {@code now}; answers how many
	 * deliveries.
	 */
	public int purge(Instant now) {
		int deleted = this.deliveries.purgeFinishedBefore(now.minus(this.settings.keep()));
		if (deleted > 0) {
			log.info("Deleted {} alarm notification deliveries older than {}", deleted, this.settings.keep());
		}
		return deleted;
	}

}
