package io.kaiwu.ehs.watch;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.ehs.site.ManagingEhsSites;
import io.kaiwu.ehs.site.MonitoredPoint;
import io.kaiwu.ehs.site.PointsChanged;
import io.kaiwu.ehs.warning.Exceedance;
import io.kaiwu.ehs.warning.ExceedanceTracker;
import io.kaiwu.ehs.warning.ExceedanceTracker.Step;
import io.kaiwu.telemetry.DeviceMeasurements;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.MeasurementsStored;
import io.kaiwu.telemetry.MeasurementsWorker;
import io.kaiwu.telemetry.Quality;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grades the measurements of monitored points as they are stored
 * ({@link MeasurementsWorker} {@code kaiwu.ehs.watch}). Each point has a tracker, owned
 * by the worker's thread; a point's values are taken in time order, BAD ones skipped.
 * What a value changes is stored in one transaction with its alarm: an exceedance that
 * opens is recorded and raises its grade's alarm, a worsening raises the worse grade and
 * clears the one below, a new peak is written, and a close records the end and clears the
 * alarm. Points are read again after a change and every minute; an exceedance left open
 * (a restart) is resumed from its record, and so is a point whose change could not be
 * stored (logged).
 */
@Component
class EhsWatch implements MeasurementsWorker.Owner {

	private static final Logger log = LoggerFactory.getLogger(EhsWatch.class);

	private final MeasurementsWorker worker;

	private final ManagingEhsSites sites;

	private final ExceedanceRecords records;

	private final GradeAlarms alarms;

	private final TransactionTemplate transaction;

	/** Points by device, for the filter; swapped whole. */
	private volatile Map<UUID, List<MonitoredPoint>> byDevice = Map.of();

	/** Owned by the worker thread. */
	private final Map<UUID, Tracked> tracked = new HashMap<>();

	/** A point's tracker and its open record. */
	private static final class Tracked {

		private final MonitoredPoint point;

		private final ExceedanceTracker tracker;

		private @Nullable StoredExceedance record;

		Tracked(MonitoredPoint point, @Nullable StoredExceedance record) {
			this.point = point;
			this.record = record;
			this.tracker = new ExceedanceTracker(point.limit(), (record != null) ? record.exceedance() : null);
		}

	}

	EhsWatch(ManagingEhsSites sites, ExceedanceRecords records, GradeAlarms alarms,
			PlatformTransactionManager transactions, MeterRegistry meters) {
		this.sites = sites;
		this.records = records;
		this.alarms = alarms;
		this.transaction = new TransactionTemplate(transactions);
		this.worker = MeasurementsWorker.named("kaiwu.ehs.watch")
			.capacity(1000)
			.whenFull(MeasurementsWorker.WhenFull.waitUpTo(Duration.ofMillis(200)))
			.accepting(this::wanted)
			.consumer(this::take)
			.reloading(Duration.ofMinutes(1), this::reload)
			.build(meters);
	}

	@EventListener
	void stored(MeasurementsStored event) {
		this.worker.offer(event);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void pointsChanged(PointsChanged event) {
		this.worker.changed();
	}

	private boolean wanted(DeviceMeasurements batch) {
		return this.worker.changePending() || this.byDevice.containsKey(batch.deviceId());
	}

	private void reload() {
		Map<UUID, StoredExceedance> open = new HashMap<>();
		this.records.open().forEach((e) -> open.put(e.pointId(), e));
		Map<UUID, List<MonitoredPoint>> devices = new HashMap<>();
		Map<UUID, MonitoredPoint> points = new HashMap<>();
		for (MonitoredPoint point : this.sites.allPoints()) {
			devices.computeIfAbsent(point.deviceId(), (d) -> new ArrayList<>()).add(point);
			points.put(point.id(), point);
			Tracked t = this.tracked.get(point.id());
			if (t == null || !t.point.equals(point)) {
				// new, or edited: graded from now on against what was entered
				this.tracked.put(point.id(), new Tracked(point, open.get(point.id())));
			}
		}
		this.tracked.keySet().retainAll(points.keySet());
		this.byDevice = Map.copyOf(devices);
	}

	private void take(DeviceMeasurements batch) {
		for (MonitoredPoint point : this.byDevice.getOrDefault(batch.deviceId(), List.of())) {
			Tracked t = this.tracked.get(point.id());
			if (t == null || !point.tenant().equals(batch.tenant())) {
				continue;
			}
			try {
				batch.measurements()
					.stream()
					.filter((m) -> m.property().equals(point.property()) && m.number() != null
							&& m.quality() != Quality.BAD)
					.sorted(Comparator.comparing(Measurement::ts))
					.forEach((m) -> take(t, m.ts().truncatedTo(ChronoUnit.MICROS), m.number()));
			}
			catch (RuntimeException ex) {
				// the tracker moved on but the record did not: drop it, the reload
				// resumes
				// the point from what is stored
				this.tracked.remove(point.id());
				this.worker.changed();
				log.warn("EHS point {} could not store what its values changed", point.id(), ex);
			}
		}
	}

	private void take(Tracked t, Instant at, double value) {
		Exceedance before = t.tracker.open().orElse(null);
		Step step = t.tracker.take(at, value);
		Exceedance after = step.exceedance();
		if (after == null || after.equals(before)) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> store(t, step, value));
	}

	private void store(Tracked t, Step step, double value) {
		Exceedance x = step.exceedance();
		StoredExceedance record = t.record;
		switch (step.change()) {
			case OPENED -> {
				UUID alarm = this.alarms.raise(t.point, x.worst(), value);
				record = new StoredExceedance(UUID.randomUUID(), t.point.tenant(), t.point.id(), x, alarm);
				this.records.insert(record);
			}
			case WORSENED -> {
				UUID alarm = this.alarms.raise(t.point, x.worst(), value);
				if (step.from() != null) {
					this.alarms.clear(t.point, step.from());
				}
				record = (record != null)
						? new StoredExceedance(record.id(), record.tenant(), record.pointId(), x, alarm) : null;
			}
			case CLOSED -> {
				this.alarms.clear(t.point, x.worst());
				record = (record != null)
						? new StoredExceedance(record.id(), record.tenant(), record.pointId(), x, record.alarmId())
						: null;
			}
			case NONE -> record = (record != null)
					? new StoredExceedance(record.id(), record.tenant(), record.pointId(), x, record.alarmId()) : null;
		}
		if (record != null && step.change() != ExceedanceTracker.Change.OPENED) {
			this.records.update(record);
		}
		t.record = (x.open()) ? record : null;
	}

	@Override
	public MeasurementsWorker worker() {
		return this.worker;
	}

}
