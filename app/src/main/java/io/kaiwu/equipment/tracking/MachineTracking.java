package io.kaiwu.equipment.tracking;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.kaiwu.equipment.signals.MachineSignals;
import io.kaiwu.equipment.timeline.RecordingMachineStates;
import io.kaiwu.equipment.timeline.StateIntervals;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.telemetry.MeasurementsStored;
import io.kaiwu.telemetry.MeasurementsWorker;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands stored measurements to the equipment module's own thread
 * ({@link MeasurementsWorker} {@code kaiwu.equipment.tracking}). When the queue is full
 * the telemetry writer waits up to {@link TrackingSettings#handOffWait()} (a missed
 * signal is a wrong state interval or a lost part count, which OEE reports as fact), then
 * drops and counts the batch ({@code kaiwu.equipment.tracking.dropped}). One thread owns
 * every machine's timeline and part tally; at shutdown it handles what is queued, then
 * reports the part tallies still open.
 */
@Component
class MachineTracking implements MeasurementsWorker.Owner {

	/** Audited changes after which the tracker reads mappings and machines again. */
	private static final Set<String> RELOAD_ON = Set.of("equipment", MachineSignals.AUDITED_AS);

	private final MeasurementsWorker worker;

	private final Tracker tracker;

	private final Clock clock = Clock.systemUTC();

	private final AtomicBoolean forget = new AtomicBoolean();

	MachineTracking(TrackingSettings settings, MachineSignals signals, StateIntervals intervals,
			RecordingMachineStates recording, MeterRegistry meters) {
		this.tracker = new Tracker(signals, intervals, recording, settings.countFlush());
		this.worker = MeasurementsWorker.named("kaiwu.equipment.tracking")
			.capacity(settings.queueCapacity())
			.whenFull(MeasurementsWorker.WhenFull.waitUpTo(settings.handOffWait()))
			.consumer((batch) -> this.tracker.stored(batch, this.clock.instant()))
			.upkeep(() -> {
				if (this.forget.getAndSet(false)) {
					this.tracker.forget();
				}
			})
			.atStop(this.tracker::forget)
			.build(meters);
	}

	@EventListener
	void stored(MeasurementsStored event) {
		this.worker.offer(event);
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
		this.worker.submit(() -> this.tracker.tick(this.clock.instant()));
	}

	@Override
	public MeasurementsWorker worker() {
		return this.worker;
	}

}
