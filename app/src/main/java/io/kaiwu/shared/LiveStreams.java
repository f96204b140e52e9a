package io.kaiwu.shared;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * Server-sent event streams of live pages, kept per tenant: a stream only ever gets what
 * is pushed to its own tenant. Sending happens on one thread of the owner's own, so a
 * slow browser never holds up whoever pushes; a stream ends after its timeout (the
 * browser reconnects) and is dropped on completion or error. A live page declares one as
 * a bean: as a {@link SmartLifecycle} of the last phase it ends every stream when the
 * application stops, before the web server's graceful shutdown (which would wait for open
 * streams), and {@link #close()} stops its thread when the bean is destroyed.
 *
 * @param <A> what the owner keeps per stream (the reader's locale, a filter)
 */
public final class LiveStreams<A> implements SmartLifecycle, AutoCloseable {

	private record Subscriber<A>(SseEmitter emitter, TenantId tenant, A attachment) {
	}

	private final Map<TenantId, Set<Subscriber<A>>> subscribers = new ConcurrentHashMap<>();

	/** Tenants with a coalesced push waiting to be sent. */
	private final Set<TenantId> due = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService sender;

	private final int maxPerTenant;

	private final Duration timeout;

	private volatile boolean running;

	/**
	 * @param threadName the name of the sending thread
	 * @param maxPerTenant open streams per tenant at most; the oldest is ended beyond
	 * that
	 * @param timeout how long a stream stays open
	 */
	public LiveStreams(String threadName, int maxPerTenant, Duration timeout) {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, threadName);
			thread.setDaemon(true);
			return thread;
		});
		executor.setRemoveOnCancelPolicy(true);
		this.sender = executor;
		this.maxPerTenant = maxPerTenant;
		this.timeout = timeout;
	}

	/**
	 * Opens a stream of a tenant.
	 * @param first the event sent at once (so the browser knows the stream is open);
	 * {@literal null} for none
	 */
	public SseEmitter subscribe(TenantId tenant, A attachment, @Nullable SseEventBuilder first) {
		SseEmitter emitter = new SseEmitter(this.timeout.toMillis());
		Subscriber<A> subscriber = new Subscriber<>(emitter, tenant, attachment);
		Set<Subscriber<A>> open = this.subscribers.computeIfAbsent(tenant, (id) -> ConcurrentHashMap.newKeySet());
		if (open.size() >= this.maxPerTenant) {
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
		if (first != null) {
			send(subscriber, first);
		}
		return emitter;
	}

	/**
	 * Runs a push once the current transaction has committed (so what the browser reads
	 * then includes the change), or at once outside a transaction.
	 */
	public static void afterCommit(Runnable push) {
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

	/** How many streams a tenant has open. */
	public int open(TenantId tenant) {
		return this.subscribers.getOrDefault(tenant, Set.of()).size();
	}

	/**
	 * Sends an event to every stream of a tenant, on the sending thread.
	 * @param event the event for a stream's attachment; {@literal null} to send that
	 * stream nothing
	 */
	public void push(TenantId tenant, Function<A, @Nullable SseEventBuilder> event) {
		if (!this.subscribers.containsKey(tenant)) {
			return;
		}
		execute(() -> sendAll(tenant, event), Duration.ZERO);
	}

	/**
	 * Sends an event to every stream of a tenant after {@code delay}, once for all calls
	 * made while it waits: a burst of changes is one push. The event is made when it is
	 * sent (by the first call's {@code event}), so it can take in everything that changed
	 * meanwhile.
	 */
	public void pushCoalesced(TenantId tenant, Duration delay, Supplier<Function<A, @Nullable SseEventBuilder>> event) {
		if (!this.subscribers.containsKey(tenant) || !this.due.add(tenant)) {
			return;
		}
		execute(() -> {
			this.due.remove(tenant);
			sendAll(tenant, event.get());
		}, delay);
	}

	private void execute(Runnable task, Duration delay) {
		try {
			this.sender.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// shutting down: nobody is listening any more
		}
	}

	private void sendAll(TenantId tenant, Function<A, @Nullable SseEventBuilder> event) {
		for (Subscriber<A> subscriber : List.copyOf(this.subscribers.getOrDefault(tenant, Set.of()))) {
			SseEventBuilder built = event.apply(subscriber.attachment());
			if (built != null) {
				send(subscriber, built);
			}
		}
	}

	private void send(Subscriber<A> subscriber, SseEventBuilder event) {
		try {
			subscriber.emitter().send(event);
		}
		catch (IOException | IllegalStateException ex) {
			remove(subscriber);
			subscriber.emitter().completeWithError(ex);
		}
	}

	private void remove(Subscriber<A> subscriber) {
		this.subscribers.computeIfPresent(subscriber.tenant(), (id, set) -> {
			set.remove(subscriber);
			return set.isEmpty() ? null : set;
		});
	}

	/** Ends every open stream. */
	public void completeAll() {
		this.subscribers.values().forEach((set) -> set.forEach((s) -> s.emitter().complete()));
		this.subscribers.clear();
	}

	@Override
	public void start() {
		this.running = true;
	}

	/** Ends every open stream when the application stops. */
	@Override
	public void stop() {
		this.running = false;
		completeAll();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	/** Stops the sending thread and ends every open stream. */
	@Override
	public void close() {
		this.sender.shutdownNow();
		completeAll();
	}

}
