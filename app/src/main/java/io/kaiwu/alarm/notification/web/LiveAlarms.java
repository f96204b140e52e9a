package io.kaiwu.alarm.notification.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import io.kaiwu.alarm.AlarmAcknowledged;
import io.kaiwu.alarm.AlarmCleared;
import io.kaiwu.alarm.AlarmEscalated;
import io.kaiwu.alarm.AlarmRaised;
import io.kaiwu.alarm.Severity;
import io.kaiwu.alarm.notification.UnacknowledgedAlarms;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live alarm indicator of every page: each signed-in browser of a tenant holds one
 * stream, which gets the count of unacknowledged alarms whenever an alarm event of the
 * tenant was committed, and a toast for a new critical or major alarm. Pushing happens on
 * a thread of its own, so a slow browser never holds up the alarms; a stream ends after
 * {@link #TIMEOUT} (the browser reconnects).
 */
@Component
class LiveAlarms implements SmartLifecycle, DisposableBean {

	static final Duration TIMEOUT = Duration.ofMinutes(30);

	/** Open streams per tenant at most; the oldest is ended beyond that. */
	static final int MAX_PER_TENANT = 500;

	private record Subscriber(SseEmitter emitter, TenantId tenant, Locale locale) {
	}

	private final Map<TenantId, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();

	/** Tenants whose count is queued to be pushed. */
	private final Set<TenantId> countDue = ConcurrentHashMap.newKeySet();

	private final ExecutorService sender = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "kaiwu-live-alarms");
		thread.setDaemon(true);
		return thread;
	});

	private final UnacknowledgedAlarms unacknowledged;

	private final MessageSource messages;

	private volatile boolean running;

	LiveAlarms(UnacknowledgedAlarms unacknowledged, MessageSource messages) {
		this.unacknowledged = unacknowledged;
		this.messages = messages;
	}

	SseEmitter subscribe(TenantId tenant, Locale locale) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Subscriber subscriber = new Subscriber(emitter, tenant, locale);
		Set<Subscriber> open = this.subscribers.computeIfAbsent(tenant, (id) -> ConcurrentHashMap.newKeySet());
		if (open.size() >= MAX_PER_TENANT) {
			open.stream().findFirst().ifPresent((oldest) -> {
				open.remove(oldest);
				oldest.emitter().complete();
			});
		}
		open.add(subscriber);
		emitter.onCompletion(() -> remove(subscriber));
		emitter.onTimeout(() -> {
			remove(subscriber);
			emitter.complete();
		});
		emitter.onError((ex) -> remove(subscriber));
		send(subscriber, SseEmitter.event().name("count").data(this.unacknowledged.count(tenant)));
		return emitter;
	}

	/** How many streams a tenant has open. */
	int open(TenantId tenant) {
		return this.subscribers.getOrDefault(tenant, Set.of()).size();
	}

	@EventListener
	void raised(AlarmRaised event) {
		boolean toast = event.severity() == Severity.CRITICAL || event.severity() == Severity.MAJOR;
		afterCommit(event.tenant(), toast ? event : null);
	}

	@EventListener
	void escalated(AlarmEscalated event) {
		afterCommit(event.tenant(), null);
	}

	@EventListener
	void acknowledged(AlarmAcknowledged event) {
		afterCommit(event.tenant(), null);
	}

	@EventListener
	void cleared(AlarmCleared event) {
		afterCommit(event.tenant(), null);
	}

	/** Pushes once the alarm's transaction committed, so the count includes it. */
	private void afterCommit(TenantId tenant, @Nullable AlarmRaised toast) {
		if (!this.subscribers.containsKey(tenant)) {
			return;
		}
		Runnable push = () -> {
			try {
				// one count query covers every event that arrived before it ran (alarm
				// storms)
				if (this.countDue.add(tenant)) {
					this.sender.execute(() -> {
						this.countDue.remove(tenant);
						pushCount(tenant);
					});
				}
				if (toast != null) {
					this.sender.execute(() -> pushToast(tenant, toast));
				}
			}
			catch (RejectedExecutionException ex) {
				// shutting down: nobody is listening any more
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					push.run();
				}
			});
		}
		else {
			push.run();
		}
	}

	private void pushCount(TenantId tenant) {
		Set<Subscriber> open = this.subscribers.get(tenant);
		if (open == null || open.isEmpty()) {
			return;
		}
		long count = this.unacknowledged.count(tenant);
		for (Subscriber subscriber : List.copyOf(open)) {
			send(subscriber, SseEmitter.event().name("count").data(count));
		}
	}

	private void pushToast(TenantId tenant, AlarmRaised alarm) {
		for (Subscriber subscriber : List.copyOf(this.subscribers.getOrDefault(tenant, Set.of()))) {
			send(subscriber,
					SseEmitter.event()
						.name("alarm")
						.data(toast(alarm, subscriber.locale()), MediaType.APPLICATION_JSON));
		}
	}

	private Map<String, Object> toast(AlarmRaised alarm, Locale locale) {
		Map<String, Object> toast = new LinkedHashMap<>();
		toast.put("id", alarm.alarmId().toString());
		toast.put("severity", alarm.severity().name());
		toast.put("severityLabel", this.messages.getMessage("alarm.severity." + alarm.severity().name(), null, locale));
		toast.put("message", alarm.message().in(locale));
		return toast;
	}

	private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
		try {
			subscriber.emitter().send(event);
		}
		catch (IOException | IllegalStateException ex) {
			remove(subscriber);
			subscriber.emitter().completeWithError(ex);
		}
	}

	private void remove(Subscriber subscriber) {
		this.subscribers.computeIfPresent(subscriber.tenant(), (id, set) -> {
			set.remove(subscriber);
			return set.isEmpty() ? null : set;
		});
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Ends every stream before the web server's graceful shutdown, which would wait for
	 * them.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.subscribers.values().forEach((set) -> set.forEach((s) -> s.emitter().complete()));
		this.subscribers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	@Override
	public void destroy() {
		this.sender.shutdownNow();
		stop();
	}

}
