package io.kaiwu.telemetry;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Takes batches of measurements ({@link MeasurementsStored} on the telemetry writer
 * thread, or {@link MeasurementsAccepted} on a connector's thread) off the ingest path
 * for a module that works on every measurement (rules, machine states, health): the
 * module calls {@link #offer} from its listener, the worker keeps what the module's
 * filter accepts in a bounded queue and hands it, in order, to the module's consumer on
 * one thread of its own. Tasks of the module ({@link #submit}, e.g. a timer's tick) run
 * on the same thread, so the module's state needs no locks.
 * <p>
 * When the queue is full the module's {@link WhenFull} rule decides: {@code wait} holds
 * the offering thread (writer or connector) back for at most the given time, and the MQTT
 * acknowledgement with it (back-pressure); {@code drop} does not wait. What is still
 * refused is dropped, counted and logged at most every {@link #LOG_EVERY}; after a wait
 * ran out, batches are dropped without waiting until the queue has room again. Stopping
 * refuses new batches, handles those queued, then ends the thread; it stops after the
 * telemetry writers (lower {@link #getPhase() phase}), so that what they stored last is
 * still handled.
 * <p>
 * Meters, all named {@code <name>.*}: {@code queued} (gauge), {@code handled},
 * {@code failed} (the consumer threw), {@code waited} (batches that found the queue full
 * and waited) and {@code dropped}.
 */
public final class MeasurementsWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MeasurementsWorker.class);

	/** A full queue is logged at most this often. */
	public static final Duration LOG_EVERY = Duration.ofSeconds(10);

	/** How long {@link #stop} lets the thread handle what is queued. */
	private static final Duration DRAIN = Duration.ofSeconds(30);

	/**
	 * What the writer thread does when the queue is full.
	 *
	 * @param maxWait how long it waits for room at most; zero: it never waits.
	 */
	public record WhenFull(Duration maxWait) {

		public WhenFull {
			if (maxWait.isNegative()) {
				throw new IllegalArgumentException("the wait for room must not be negative");
			}
		}

		/** Ingestion never waits: a batch that finds the queue full is dropped. */
		public static WhenFull drop() {
			return new WhenFull(Duration.ZERO);
		}

		/** The writer waits for room up to {@code maxWait}, then drops the batch. */
		public static WhenFull waitUpTo(Duration maxWait) {
			return new WhenFull(maxWait);
		}

	}

	/** One entry of the queue: a batch or a task. */
	private record Job(@Nullable DeviceMeasurements batch, @Nullable Runnable task) {
	}

	private final String name;

	private final BlockingQueue<Job> queue;

	private final Predicate<DeviceMeasurements> filter;

	private final Consumer<DeviceMeasurements> consumer;

	private final Runnable upkeep;

	private final @Nullable Runnable reload;

	private final Duration reloadEvery;

	/**
	 * Counts changes announced by {@link #changed()}; starts ahead, so the first reload
	 * is due.
	 */
	private final AtomicLong changes = new AtomicLong(1);

	/** The changes the last successful reload covered. */
	private volatile long reloadedChanges;

	/** Owned by the worker's thread. */
	private long reloadedAt = System.nanoTime();

	private final Runnable atStop;

	private final WhenFull whenFull;

	private final Counter handled;

	private final Counter failed;

	private final Counter waited;

	private final Counter dropped;

	/** Batches dropped since the last log line. */
	private final AtomicLong droppedUnlogged = new AtomicLong();

	private final AtomicLong loggedAt = new AtomicLong(System.nanoTime() - LOG_EVERY.toNanos());

	private volatile boolean running;

	/**
	 * Set when a wait for room ran out: the worker is not keeping up at all, so later
	 * batches are dropped without waiting until the queue has room again (a stuck worker
	 * costs ingestion one wait, not one per batch).
	 */
	private volatile boolean stuck;

	private @Nullable Thread thread;

	private MeasurementsWorker(Builder builder, MeterRegistry meters) {
		this.name = builder.name;
		this.queue = new ArrayBlockingQueue<>(builder.capacity);
		this.filter = builder.filter;
		this.consumer = Objects.requireNonNull(builder.consumer, "a worker needs a consumer");
		this.upkeep = builder.upkeep;
		this.reload = builder.reload;
		this.reloadEvery = builder.reloadEvery;
		this.atStop = builder.atStop;
		this.whenFull = builder.whenFull;
		String prefix = this.name;
		meters.gauge(prefix + ".queued", this.queue, BlockingQueue::size);
		this.handled = Counter.builder(prefix + ".handled")
			.description("Stored measurement batches handled by the " + this.name + " worker")
			.register(meters);
		this.failed = Counter.builder(prefix + ".failed")
			.description("Stored measurement batches or tasks the " + this.name + " worker failed on")
			.register(meters);
		this.waited = Counter.builder(prefix + ".waited")
			.description("Stored measurement batches that found the " + this.name + " queue full and waited")
			.register(meters);
		this.dropped = Counter.builder(prefix + ".dropped")
			.description("Stored measurement batches not handled by the " + this.name + " worker (queue full)")
			.register(meters);
	}

	/**
	 * A worker named {@code name}, e.g. {@code kaiwu.alarm.evaluation}: its meters are
	 * {@code <name>.*}, its thread is the name with dashes for dots
	 * ({@code kaiwu-alarm-evaluation}).
	 */
	public static Builder named(String name) {
		return new Builder(name);
	}

	/**
	 * Called on the telemetry writer thread: queues the batch when the filter accepts it;
	 * when the queue is full, waits as {@link WhenFull} says, then drops and counts it.
	 * @return whether the batch was queued or not wanted; false when it was dropped.
	 */
	public boolean offer(DeviceMeasurements batch) {
		if (!this.filter.test(batch)) {
			return true;
		}
		Job job = new Job(batch, null);
		if (this.running && this.queue.offer(job)) {
			this.stuck = false;
			return true;
		}
		if (this.running && !this.stuck && !this.whenFull.maxWait().isZero()) {
			this.waited.increment();
			try {
				if (this.queue.offer(job, this.whenFull.maxWait().toNanos(), TimeUnit.NANOSECONDS)) {
					return true;
				}
				this.stuck = true;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		drop();
		return false;
	}

	/**
	 * Runs a task of the module on the worker's thread, in order with the batches; never
	 * waits.
	 * @return false when the queue is full or the worker stopped (the task is not run).
	 */
	public boolean submit(Runnable task) {
		return this.running && this.queue.offer(new Job(null, task));
	}

	/**
	 * What the module keeps in memory changed (rules, mappings, profiles saved): its
	 * {@link Builder#reloading reload} runs on the worker's thread before the next batch,
	 * and the thread is woken for it now.
	 */
	public void changed() {
		this.changes.incrementAndGet();
		submit(() -> {
		});
	}

	/**
	 * Whether a change is not reloaded yet: a module's filter lets every batch through
	 * meanwhile, so that the first values of what was just added are not skipped.
	 */
	public boolean changePending() {
		return this.reloadedChanges != this.changes.get();
	}

	/**
	 * Reloads when a change is pending or the last reload is older than the builder's
	 * period; a reload that fails stays pending and is tried again.
	 */
	private void reloadWhenDue() {
		Runnable r = this.reload;
		if (r == null) {
			return;
		}
		long change = this.changes.get();
		long now = System.nanoTime();
		if (change != this.reloadedChanges || now - this.reloadedAt > this.reloadEvery.toNanos()) {
			this.reloadedAt = now;
			r.run();
			this.reloadedChanges = change;
		}
	}

	private void drop() {
		this.dropped.increment();
		long unlogged = this.droppedUnlogged.incrementAndGet();
		long now = System.nanoTime();
		long last = this.loggedAt.get();
		if (now - last >= LOG_EVERY.toNanos() && this.loggedAt.compareAndSet(last, now)) {
			this.droppedUnlogged.addAndGet(-unlogged);
			log.warn(
					"The {} queue is full{}: {} stored measurement batches not handled since the last report, {} in all",
					this.name, this.running ? "" : " or the worker stopped", unlogged, (long) this.dropped.count());
		}
	}

	private void run() {
		while (this.running || !this.queue.isEmpty()) {
			Job job;
			try {
				job = this.queue.poll(1, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			try {
				reloadWhenDue();
				this.upkeep.run();
			}
			catch (RuntimeException ex) {
				log.error("The {} worker's upkeep failed", this.name, ex);
			}
			if (job != null) {
				try {
					handle(job);
				}
				catch (RuntimeException ex) {
					// one bad batch (a database hiccup) must not stop the worker
					this.failed.increment();
					log.error("The {} worker failed on one batch or task", this.name, ex);
				}
			}
		}
		try {
			this.atStop.run();
		}
		catch (RuntimeException ex) {
			log.warn("The {} worker failed to finish at shutdown", this.name, ex);
		}
	}

	private void handle(Job job) {
		DeviceMeasurements batch = job.batch();
		if (batch != null) {
			// counted before it is handled: a batch that fails counts as handled and
			// failed
			this.handled.increment();
			this.consumer.accept(batch);
		}
		else if (job.task() != null) {
			job.task().run();
		}
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		Thread worker = new Thread(this::run, this.name.replace('.', '-'));
		worker.setDaemon(true);
		this.thread = worker;
		worker.start();
	}

	/**
	 * Refuses new batches, lets the thread handle those queued (for at most 30 s), then
	 * ends it; what it could not handle in time is logged.
	 */
	@Override
	public synchronized void stop() {
		this.running = false;
		Thread worker = this.thread;
		this.thread = null;
		if (worker == null) {
			return;
		}
		// an empty job wakes the thread now rather than at its next poll
		this.queue.offer(new Job(null, null));
		try {
			worker.join(DRAIN.toMillis());
			if (worker.isAlive()) {
				int left = this.queue.size();
				worker.interrupt();
				log.warn("The {} worker did not finish within {} s; {} queued batches or tasks not handled", this.name,
						DRAIN.toSeconds(), left);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Starts before and stops after the telemetry writers (phase
	 * {@code DEFAULT_PHASE - 1000}), so that every batch they store reaches a running
	 * worker.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2000;
	}

	/**
	 * Implemented by the module bean that builds a worker: Spring starts and stops the
	 * worker with the bean, in the worker's phase.
	 */
	public interface Owner extends SmartLifecycle {

		/** The worker the bean built. */
		MeasurementsWorker worker();

		@Override
		default void start() {
			worker().start();
		}

		@Override
		default void stop() {
			worker().stop();
		}

		@Override
		default boolean isRunning() {
			return worker().isRunning();
		}

		@Override
		default int getPhase() {
			return worker().getPhase();
		}

	}

	/** How a module describes its worker. */
	public static final class Builder {

		private final String name;

		private int capacity = 10_000;

		private Predicate<DeviceMeasurements> filter = (batch) -> true;

		private @Nullable Consumer<DeviceMeasurements> consumer;

		private Runnable upkeep = () -> {
		};

		private @Nullable Runnable reload;

		private Duration reloadEvery = Duration.ofSeconds(5);

		private Runnable atStop = () -> {
		};

		private WhenFull whenFull = WhenFull.drop();

		private Builder(String name) {
			if (!name.matches("kaiwu(\\.[a-z]+)+")) {
				throw new IllegalArgumentException(
						"a worker's name is kaiwu and lower-case words, joined by dots: " + name);
			}
			this.name = name;
		}

		/** Batches that may wait at most (10,000 by default). */
		public Builder capacity(int capacity) {
			if (capacity < 1) {
				throw new IllegalArgumentException("the " + this.name + " queue needs room for at least one batch");
			}
			this.capacity = capacity;
			return this;
		}

		/**
		 * Which batches the module wants; checked on the writer thread, so it must be
		 * quick (a look in a map, no query).
		 */
		public Builder accepting(Predicate<DeviceMeasurements> filter) {
			this.filter = filter;
			return this;
		}

		/** What the worker's thread does with each batch. */
		public Builder consumer(Consumer<DeviceMeasurements> consumer) {
			this.consumer = consumer;
			return this;
		}

		/**
		 * Run on the worker's thread before each batch or task, and about once a second
		 * while idle (e.g. to reload what changed).
		 */
		public Builder upkeep(Runnable upkeep) {
			this.upkeep = upkeep;
			return this;
		}

		/**
		 * What the module reads from the database and keeps in memory: read on the
		 * worker's thread at start, after each {@link MeasurementsWorker#changed()}, and
		 * every {@code every} anyway (a change made by another node of a cluster), before
		 * the upkeep.
		 */
		public Builder reloading(Duration every, Runnable reload) {
			this.reloadEvery = every;
			this.reload = reload;
			return this;
		}

		/** Run on the worker's thread once the queue is drained at shutdown. */
		public Builder atStop(Runnable atStop) {
			this.atStop = atStop;
			return this;
		}

		/** What happens when the queue is full ({@link WhenFull#drop()} by default). */
		public Builder whenFull(WhenFull whenFull) {
			this.whenFull = whenFull;
			return this;
		}

		public MeasurementsWorker build(MeterRegistry meters) {
			return new MeasurementsWorker(this, meters);
		}

	}

}
