package io.kaiwu.telemetry.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import io.kaiwu.telemetry.MeasurementsStored;
import io.kaiwu.telemetry.read.ReadingTelemetry.SeenDevice;
import io.kaiwu.telemetry.web.LiveValues.LiveValue;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent event hub of the live panel: every open stream of a device gets the
 * newest values when {@link MeasurementsStored} says new ones were stored. Sending
 * happens on one thread of its own so that a slow browser never holds up ingestion; a
 * stream ends after {@link #TIMEOUT} (the browser reconnects) and is dropped on
 * completion or error.
 */
@Component
class LiveTelemetry implements SmartLifecycle, DisposableBean {

	static final Duration TIMEOUT = Duration.ofMinutes(30);

	/** Open streams per device at most; the oldest is ended beyond that. */
	static final int MAX_PER_DEVICE = 100;

	private record Subscriber(SseEmitter emitter, SeenDevice seen, Locale locale) {
	}

	private final Map<UUID, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();

	private final ExecutorService sender = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "kaiwu-live-telemetry");
		thread.setDaemon(true);
		return thread;
	});

	private final LiveValues values;

	private volatile boolean running;

	LiveTelemetry(LiveValues values) {
		this.values = values;
	}

	SseEmitter subscribe(SeenDevice seen, Locale locale) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Subscriber subscriber = new Subscriber(emitter, seen, locale);
		UUID device = seen.device().deviceId();
		Set<Subscriber> open = this.subscribers.computeIfAbsent(device, (id) -> ConcurrentHashMap.newKeySet());
		if (open.size() >= MAX_PER_DEVICE) {
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
		try {
			emitter.send(SseEmitter.event().name("open").data("open"));
		}
		catch (IOException ex) {
			remove(subscriber);
		}
		return emitter;
	}

	/** How many streams are open for a device. */
	int open(UUID device) {
		return this.subscribers.getOrDefault(device, Set.of()).size();
	}

	@EventListener
	void stored(MeasurementsStored event) {
		Set<Subscriber> open = this.subscribers.get(event.deviceId());
		if (open == null || open.isEmpty()) {
			return;
		}
		try {
			this.sender.execute(() -> push(event, open));
		}
		catch (RejectedExecutionException ex) {
			// shutting down: nobody is listening any more
		}
	}

	private void push(MeasurementsStored event, Set<Subscriber> open) {
		for (Subscriber subscriber : List.copyOf(open)) {
			if (!subscriber.seen().device().tenant().equals(event.tenant())) {
				continue;
			}
			List<LiveValue> newest = this.values.newest(subscriber.seen(), event.measurements(), subscriber.locale());
			try {
				subscriber.emitter().send(SseEmitter.event().name("values").data(newest, MediaType.APPLICATION_JSON));
			}
			catch (IOException | IllegalStateException ex) {
				remove(subscriber);
				subscriber.emitter().completeWithError(ex);
			}
		}
	}

	private void remove(Subscriber subscriber) {
		UUID device = subscriber.seen().device().deviceId();
		this.subscribers.computeIfPresent(device, (id, set) -> {
			set.remove(subscriber);
			return set.isEmpty() ? null : set;
		});
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Ends every stream when the application closes, before the web server's graceful
	 * shutdown (a later phase), which would otherwise wait for them.
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
