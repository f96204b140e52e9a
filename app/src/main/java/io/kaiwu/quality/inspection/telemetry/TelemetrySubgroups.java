package io.kaiwu.quality.inspection.telemetry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.quality.inspection.plan.Characteristic;
import io.kaiwu.quality.inspection.plan.InspectionPlans;
import io.kaiwu.quality.inspection.record.InspectionRecords;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.DeviceMeasurements;
import io.kaiwu.telemetry.MeasurementsStored;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.MeasurementsWorker;
import io.kaiwu.telemetry.TelemetryStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns mapped telemetry into subgroups ({@link MeasurementsWorker}
 * {@code kaiwu.quality.inspection}). A stored batch of a mapped device only wakes the
 * worker: the values themselves are read from the telemetry store, from just after the
 * newest one taken, so each value is taken once and in time order, and a batch the queue
 * dropped is taken at the next batch or the catch-up (at start and every minute). Each
 * mapping is worked in one transaction: values read, whole subgroups recorded (their ids
 * follow from the mapping and their first and last value's time, so a repeat stores
 * nothing), the rest kept waiting, the mark moved on. Values of quality BAD are not
 * measurements of the part and are skipped; a value measured earlier than the newest one
 * taken (it arrived late) is skipped too.
 */
@Component
class TelemetrySubgroups implements MeasurementsWorker.Owner {

	private static final Logger log = LoggerFactory.getLogger(TelemetrySubgroups.class);

	/** How often every active mapping is read up to now, for what no batch announced. */
	static final Duration CATCH_UP = Duration.ofMinutes(1);

	private static final int PAGE = 1000;

	private final MeasurementsWorker worker;

	private final MappingRows rows;

	private final InspectionPlans plans;

	private final InspectionRecords records;

	private final TelemetryStore store;

	private final TransactionTemplate transaction;

	/** Active mappings by device, for the listener's filter; swapped whole. */
	private volatile Map<UUID, List<TelemetryMapping>> byDevice = Map.of();

	/** Owned by the worker thread; 0 until the first catch-up. */
	private long caughtUpAt;

	TelemetrySubgroups(MappingRows rows, InspectionPlans plans, InspectionRecords records, TelemetryStore store,
			PlatformTransactionManager transactions, MeterRegistry meters) {
		this.rows = rows;
		this.plans = plans;
		this.records = records;
		this.store = store;
		this.transaction = new TransactionTemplate(transactions);
		this.worker = MeasurementsWorker.named("kaiwu.quality.inspection")
			.capacity(1000)
			.whenFull(MeasurementsWorker.WhenFull.drop())
			.accepting(this::wanted)
			.consumer(this::take)
			// mappings are read after a change, and every few seconds anyway
			.reloading(Duration.ofSeconds(5), this::reloadMappings)
			.upkeep(this::catchUp)
			.build(meters);
	}

	@EventListener
	void stored(MeasurementsStored event) {
		this.worker.offer(event);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void mappingsChanged(MappingsChanged event) {
		this.worker.changed();
	}

	/**
	 * On the writer thread: batches of mapped devices, and every batch while a change is
	 * not read yet.
	 */
	private boolean wanted(DeviceMeasurements batch) {
		return this.worker.changePending() || this.byDevice.containsKey(batch.deviceId());
	}

	private void reloadMappings() {
		Map<UUID, List<TelemetryMapping>> mapped = new HashMap<>();
		this.rows.active().forEach((m) -> mapped.computeIfAbsent(m.deviceId(), (d) -> new ArrayList<>()).add(m));
		this.byDevice = Map.copyOf(mapped);
	}

	/** Every {@link #CATCH_UP}, reads every active mapping up to now. */
	private void catchUp() {
		long now = System.nanoTime();
		if (this.caughtUpAt == 0 || now - this.caughtUpAt > CATCH_UP.toNanos()) {
			this.caughtUpAt = now;
			Instant upTo = Instant.now();
			this.byDevice.values().forEach((mappings) -> mappings.forEach((m) -> takeSafely(m.id(), m, upTo)));
		}
	}

	private void take(DeviceMeasurements batch) {
		Instant now = Instant.now();
		for (TelemetryMapping m : this.byDevice.getOrDefault(batch.deviceId(), List.of())) {
			if (!m.tenant().equals(batch.tenant())) {
				continue;
			}
			Instant newest = null;
			for (Measurement measurement : batch.measurements()) {
				if (measurement.property().equals(m.property())
						&& (newest == null || measurement.ts().isAfter(newest))) {
					newest = measurement.ts();
				}
			}
			if (newest != null) {
				takeSafely(m.id(), m, newest.isAfter(now) ? now : newest);
			}
		}
	}

	private void takeSafely(UUID id, TelemetryMapping m, Instant upTo) {
		try {
			this.transaction.executeWithoutResult((status) -> takeUpTo(m, upTo));
		}
		catch (RuntimeException ex) {
			// the mark did not move: the next batch or catch-up takes these values again
			log.warn("Telemetry mapping {} could not take its values up to {}", id, upTo, ex);
		}
	}

	/** In one transaction: the mapping's values up to {@code upTo}, as subgroups. */
	private void takeUpTo(TelemetryMapping cached, Instant upTo) {
		TelemetryMapping m = this.rows.find(cached.tenant(), cached.id(), true).orElse(null);
		if (m == null || !m.active() || !upTo.isAfter(m.takenTo())) {
			return;
		}
		Characteristic c = this.plans.characteristic(m.tenant(), m.characteristicId()).orElse(null);
		if (c == null || !c.variable()) {
			return;
		}
		Instant from = m.takenTo().plus(1, ChronoUnit.MICROS);
		Instant to = upTo.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
		List<TimedValue> arrived = new ArrayList<>();
		Instant newest = m.takenTo();
		for (long offset = 0;; offset += PAGE) {
			List<Measurement> page = this.store.history(m.tenant(), m.deviceId(), m.property(), from, to, offset, PAGE);
			for (Measurement measurement : page) {
				if (measurement.ts().isAfter(newest)) {
					newest = measurement.ts();
				}
				if (measurement.number() != null && measurement.quality() != Quality.BAD
						&& Double.isFinite(measurement.number())) {
					arrived.add(new TimedValue(measurement.ts(), measurement.number()));
				}
			}
			if (page.size() < PAGE) {
				break;
			}
		}
		if (newest.equals(m.takenTo())) {
			return;
		}
		SubgroupGrouping grouping = SubgroupGrouping.of(this.rows.waiting(m.id()), arrived, c.sampleSize());
		for (List<TimedValue> subgroup : grouping.complete()) {
			TimedValue first = subgroup.get(0);
			TimedValue last = subgroup.get(subgroup.size() - 1);
			UUID id = UUID
				.nameUUIDFromBytes((m.id() + "|" + first.at() + "|" + last.at()).getBytes(StandardCharsets.UTF_8));
			this.records.recordFromTelemetry(m.tenant(), c, id, m.deviceId(), last.at(),
					subgroup.stream().map(TimedValue::value).toList());
		}
		this.rows.waiting(m.id(), grouping.waiting());
		this.rows.takenTo(m.id(), newest);
	}

	@Override
	public MeasurementsWorker worker() {
		return this.worker;
	}

}
