package io.kaiwu.alarm.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox: every {@code poll} (and right after new deliveries were committed) it
 * takes the due deliveries and sends them on its own small pool, so a slow or dead
 * receiver holds up only this pool, never ingestion or the alarms. A failed attempt is
 * retried after the next wait of {@code back-off}; after the last one it is given up.
 * Every attempt is logged.
 */
@Component
public class DeliverySender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

	private final DeliveryRecords deliveries;

	private final ChannelRecords channels;

	private final Dispatch dispatch;

	private final NotificationSettings settings;

	private final JsonMapper json;

	private @Nullable ScheduledExecutorService poller;

	private @Nullable ExecutorService senders;

	private volatile boolean running;

	DeliverySender(DeliveryRecords deliveries, ChannelRecords channels, Dispatch dispatch,
			NotificationSettings settings, JsonMapper json) {
		this.deliveries = deliveries;
		this.channels = channels;
		this.dispatch = dispatch;
		this.settings = settings;
		this.json = json;
	}

	/**
	 * Sends every delivery due at {@code now} and returns when all are attempted. The
	 * poller calls it with the clock's time; a test may call it with a later time to
	 * bring the retries forward.
	 * @return how many attempts were made.
	 */
	public int sendDue(Instant now) {
		ExecutorService pool = this.senders;
		if (pool == null) {
			return 0;
		}
		List<Future<?>> sending = new ArrayList<>();
		AtomicInteger attempts = new AtomicInteger();
		for (UUID id : this.deliveries.due(now, this.settings.batch())) {
			Optional<DeliveryRecords.Taken> taken = this.deliveries.take(id, Instant.now().plus(this.settings.lease()));
			taken.ifPresent((delivery) -> sending.add(pool.submit(() -> {
				attempt(delivery);
				attempts.incrementAndGet();
			})));
		}
		for (Future<?> attempt : sending) {
			try {
				attempt.get();
			}
			catch (ExecutionException ex) {
				log.error("Sending an alarm notification failed unexpectedly", ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return attempts.get();
	}

	private void attempt(DeliveryRecords.Taken delivery) {
		int attempt = delivery.attempts() + 1;
		Instant at = Instant.now();
		Optional<Channel> channel = this.channels.find(delivery.tenant(), delivery.channelId());
		Outcome outcome = channel.isEmpty() ? Outcome.failed("channel deleted", Duration.ZERO) : this.dispatch
			.send(channel.get(), delivery.id(), this.json.readValue(delivery.notice(), Notice.class));
		Instant retryAt = (outcome.succeeded() || channel.isEmpty()) ? null : retryAt(attempt, Instant.now());
		try {
			this.deliveries.attempted(delivery.id(), attempt, at, outcome, retryAt);
		}
		catch (DataIntegrityViolationException ex) {
			// the channel was deleted while this attempt ran: its deliveries went with it
			log.info("Alarm notification {} was deleted with its channel while it was being sent", delivery.id());
			return;
		}
		if (!outcome.succeeded()) {
			log.info("Alarm notification {} to {} failed (attempt {}): {}; {}", delivery.id(),
					channel.map(Channel::target).orElse("?"), attempt, outcome.error(),
					(retryAt != null) ? "retry at " + retryAt : "given up");
		}
	}

	/** When to try again after failed attempt number {@code attempt}; null to give up. */
	@Nullable Instant retryAt(int attempt, Instant failedAt) {
		List<Duration> backOff = this.settings.backOff();
		return (attempt <= backOff.size()) ? failedAt.plus(backOff.get(attempt - 1)) : null;
	}

	/**
	 * Looks for due deliveries now rather than at the next poll (new ones were
	 * committed).
	 */
	void wake() {
		ScheduledExecutorService p = this.poller;
		if (p != null && this.running) {
			p.execute(this::poll);
		}
	}

	private void poll() {
		try {
			sendDue(Instant.now());
		}
		catch (RuntimeException ex) {
			log.warn("Looking for due alarm notifications failed; trying again at the next poll", ex);
		}
	}

	@Override
	public void start() {
		this.senders = Executors.newFixedThreadPool(this.settings.threads(), named("kaiwu-alarm-notify-"));
		this.poller = Executors.newSingleThreadScheduledExecutor(named("kaiwu-alarm-notify-poll-"));
		long every = this.settings.poll().toMillis();
		this.poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.poller != null) {
			this.poller.shutdownNow();
		}
		if (this.senders != null) {
			this.senders.shutdown();
			try {
				this.senders.awaitTermination(this.settings.readTimeout().toSeconds() + 1, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.senders.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static java.util.concurrent.ThreadFactory named(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
