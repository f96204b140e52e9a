package io.kaiwu.equipment.tracking;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.kaiwu.equipment.signals.MachineSignals;
import io.kaiwu.equipment.timeline.RecordingMachineStates;
import io.kaiwu.equipment.timeline.StateIntervals;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.telemetry.MeasurementsStored;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands stored measurements to the equipment module's own thread. The listener runs on
 * the telemetry writer thread, the ingestion bottleneck: it only offers the event to a
 * bounded queue and never waits; when the queue is full the event is dropped, counted
 * ({@code kaiwu.equipment.tracking.dropped}) and logged. One thread takes the work and
 * owns every machine's timeline and part tally.
 */
@Component
class MachineTracking implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MachineTracking.class);

	/** Audited changes after which the tracker reads mappings and machines again. */
	private static final Set<String> RELOAD_ON = Set.of("equipment", MachineSignals.AUDITED_AS);

	private sealed interface Work {

	}

	private record Stored(MeasurementsStored event) implements Work {
	}

	private record Tick() implements Work {
	}

	private final BlockingQueue<Work> queue;

	private final Tracker tracker;

	private final Counter dropped;

	private final Clock clock = Clock.systemUTC();

	private final AtomicBoolean forget = new AtomicBoolean();

	private volatile @Nullable Thread thread;

	MachineTracking(TrackingSettings settings, MachineSignals signals, StateIntervals intervals,
			RecordingMachineStates recording, MeterRegistry meters) {
		this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
		this.tracker = new Tracker(signals, intervals, recording, settings.countFlush());
		this.dropped = Counter.builder("kaiwu.equipment.tracking.dropped")
			.description("Stored measurement batches not read for machine states because the queue was full")
			.register(meters);
		meters.gauge("kaiwu.equipment.tracking.queued", this.queue, BlockingQueue::size);
	}

	@EventListener
	void stored(MeasurementsStored event) {
		offer(new Stored(event));
	}

	/**
	 * A machine or a mapping changed: forget the cached ones once the change is
	 * committed.
	 */
	@EventListener
	void changed(ChangeRecorded change) {
		if (!RELOAD_ON.contains(change.entityType())) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					MachineTracking.this.forget.set(true);
				}
			});
		}
		else {
			this.forget.set(true);
		}
	}

	@Scheduled(fixedDelayString = "${kaiwu.equipment.tick:10s}")
	void tick() {
		offer(new Tick());
	}

	private void offer(Work work) {
		if (!this.queue.offer(work)) {
			this.dropped.increment();
			long count = (long) this.dropped.count();
			if (count == 1 || count % 1000 == 0) {
				log.warn("Machine state tracking queue is full: {} batches dropped so far", count);
			}
		}
	}

	private void run() {
		while (!Thread.currentThread().isInterrupted()) {
			try {
				Work work = this.queue.poll(1, TimeUnit.SECONDS);
				if (this.forget.getAndSet(false)) {
					this.tracker.forget();
				}
				if (work instanceof Stored stored) {
					this.tracker.stored(stored.event(), this.clock.instant());
				}
				else if (work instanceof Tick) {
					this.tracker.tick(this.clock.instant());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				// one bad batch (a database hiccup) must not stop tracking
				log.error("Machine state tracking failed for one batch", ex);
			}
		}
	}

	@Override
	public void start() {
		Thread worker = new Thread(this::run, "kaiwu-equipment-tracking");
		worker.setDaemon(true);
		this.thread = worker;
		worker.start();
	}

	/** Stops the thread, then reports the part tallies still open. */
	@Override
	public void stop() {
		Thread worker = this.thread;
		this.thread = null;
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(TimeUnit.SECONDS.toMillis(5));
				if (!worker.isAlive()) {
					this.tracker.forget();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				log.warn("Open part tallies could not be stored at shutdown", ex);
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

}
