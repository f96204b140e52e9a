package io.kaiwu.energy.consumption;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.kaiwu.energy.meter.ManagingMeters;
import io.kaiwu.energy.meter.Meter;
import io.kaiwu.energy.metering.CounterReading;
import io.kaiwu.energy.metering.Counters;
import io.kaiwu.energy.metering.HourlyConsumption;
import io.kaiwu.energy.metering.MeterHour;
import io.kaiwu.energy.metering.MeterSeries;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.telemetry.DeviceMeasurements;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.MeasurementsStored;
import io.kaiwu.telemetry.MeasurementsWorker;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every physical meter's hourly consumption up to date from its device's stored
 * counter readings ({@link MeasurementsWorker} {@code kaiwu.energy}). When new readings
 * of a meter's counter complete an hour (or arrive late for a stored one), the hours from
 * the earlier of the first new reading and the end of the last stored hour up to the last
 * whole hour read are worked out again from the telemetry store and replace what was
 * stored: re-running is harmless, a restart resumes from the last stored hour, and a
 * batch dropped from a full queue (the worker does not slow ingestion down) is picked up
 * with the next one, because the readings are read back from the store rather than taken
 * from the batch. Readings inside the hour in progress cost no query until the hour is
 * complete.
 */
@Component
public class ConsumptionTracking implements MeasurementsWorker.Owner {

	/** Readings read from the store at once. */
	private static final int PAGE = 10_000;

	/** The longest stretch worked out at once after a long silence. */
	private static final Duration LONGEST_CATCH_UP = Duration.ofDays(35);

	private final MeasurementsWorker worker;

	private final ManagingMeters meters;

	private final ConsumptionRecords records;

	private final TelemetryStore store;

	private final TransactionTemplate transactions;

	/** Where each meter's hours go on; owned by the worker's thread. */
	private final Map<UUID, Instant> resumeAt = new HashMap<>();

	/** Physical meters by the device they read, for the listener to filter on. */
	private volatile Map<UUID, List<Meter>> metersByDevice = Map.of();

	ConsumptionTracking(ManagingMeters meters, ConsumptionRecords records, TelemetryStore store,
			PlatformTransactionManager transactions, MeterRegistry registry,
			@Value("${kaiwu.energy.queue-capacity:10000}") int capacity) {
		this.meters = meters;
		this.records = records;
		this.store = store;
		this.transactions = new TransactionTemplate(transactions);
		this.worker = MeasurementsWorker.named("kaiwu.energy")
			.capacity(capacity)
			.whenFull(MeasurementsWorker.WhenFull.drop())
			.accepting(this::wanted)
			.consumer(this::track)
			.reloading(Duration.ofSeconds(30), this::reloadMeters)
			.build(registry);
	}

	@Override
	public MeasurementsWorker worker() {
		return this.worker;
	}

	/**
	 * On the writer thread: batches of devices with a meter, and every batch while a
	 * meter change is not read yet, so that a new meter's first readings are not skipped.
	 */
	private boolean wanted(DeviceMeasurements batch) {
		return this.worker.changePending() || this.metersByDevice.containsKey(batch.deviceId());
	}

	@EventListener
	void stored(MeasurementsStored event) {
		this.worker.offer(event);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void meterCreated(ChangeRecorded change) {
		if ("energy-meter".equals(change.entityType())) {
			this.worker.changed();
		}
	}

	private void reloadMeters() {
		Map<UUID, List<Meter>> byDevice = new HashMap<>();
		for (Meter meter : this.meters.onCounters()) {
			byDevice.computeIfAbsent(Objects.requireNonNull(meter.deviceId()), (d) -> new ArrayList<>()).add(meter);
		}
		this.metersByDevice = Map.copyOf(byDevice);
	}

	private void track(DeviceMeasurements batch) {
		for (Meter meter : this.metersByDevice.getOrDefault(batch.deviceId(), List.of())) {
			if (!meter.tenant().equals(batch.tenant())) {
				continue;
			}
			List<Instant> times = batch.measurements()
				.stream()
				.filter((m) -> m.property().equals(meter.counterProperty()) && m.number() != null)
				.map(Measurement::ts)
				.sorted()
				.toList();
			if (!times.isEmpty()) {
				track(meter, times.get(0), times.get(times.size() - 1));
			}
		}
	}

	/**
	 * Works the meter's hours out again when the readings complete an hour or arrive late
	 * for a stored one; readings inside the hour in progress wait for its end.
	 */
	private void track(Meter meter, Instant earliest, Instant latest) {
		Instant resume = resumeAt(meter, earliest);
		if (!earliest.isBefore(resume) && !latest.truncatedTo(ChronoUnit.HOURS).isAfter(resume)) {
			return;
		}
		Instant from = earliest.truncatedTo(ChronoUnit.HOURS);
		if (resume.isBefore(from)) {
			from = resume.isBefore(from.minus(LONGEST_CATCH_UP)) ? from.minus(LONGEST_CATCH_UP) : resume;
		}
		// a reading further back than one interval would only open a gap
		Instant lookedBack = from.minus(meter.counterSettings().longestInterval());
		List<CounterReading> readings = readings(meter, lookedBack, Instant.now().plus(Duration.ofDays(1)));
		if (readings.isEmpty()) {
			return;
		}
		Instant to = readings.get(readings.size() - 1).at().truncatedTo(ChronoUnit.HOURS);
		if (!to.isAfter(from)) {
			return;
		}
		MeterSeries series = Counters.intervals(readings, meter.counterSettings());
		List<MeterHour> hours = HourlyConsumption.hours(series, from, to);
		Instant start = from;
		this.transactions
			.executeWithoutResult((tx) -> this.records.replace(meter.tenant(), meter.id(), start, to, hours));
		if (to.isAfter(resume)) {
			this.resumeAt.put(meter.id(), to);
		}
	}

	/**
	 * Where the meter's hours go on: the end of its last stored hour (read once, then
	 * kept by the worker's thread), or, before any is stored, the hour of the first
	 * reading seen.
	 */
	private Instant resumeAt(Meter meter, Instant earliest) {
		Instant known = this.resumeAt.get(meter.id());
		if (known == null) {
			Instant stored = this.records.lastHourEnd(meter.id());
			known = (stored != null) ? stored : earliest.truncatedTo(ChronoUnit.HOURS);
			this.resumeAt.put(meter.id(), known);
		}
		return known;
	}

	/**
	 * The counter's stored numeric readings in [from, to), oldest first, page by page.
	 */
	private List<CounterReading> readings(Meter meter, Instant from, Instant to) {
		List<CounterReading> readings = new ArrayList<>();
		UUID device = Objects.requireNonNull(meter.deviceId());
		String property = Objects.requireNonNull(meter.counterProperty());
		List<Measurement> page;
		long offset = 0;
		do {
			page = this.store.history(meter.tenant(), device, property, from, to, offset, PAGE);
			for (Measurement m : page) {
				// a reading the device itself marks bad is not a counter value
				if (m.number() != null && m.quality() != Quality.BAD) {
					readings.add(CounterReading.of(m.ts(), BigDecimal.valueOf(m.number())));
				}
			}
			offset += page.size();
		}
		while (page.size() == PAGE);
		return readings;
	}

}
