package io.kaiwu.telemetry.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.telemetry.AcceptedMeasurements;
import io.kaiwu.telemetry.IngestionResult;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.MeasurementsAccepted;
import io.kaiwu.telemetry.MeasurementsStored;
import io.kaiwu.telemetry.Reading;
import io.kaiwu.telemetry.Rejection;
import io.kaiwu.telemetry.TelemetryIngestion;
import io.kaiwu.telemetry.TelemetryStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Ingestion for every connector: looks up the device, checks each value against the thing
 * model ({@link ValueChecks}), stores what passes with one {@link TelemetryStore#append}
 * (durable when this returns), records the rest as dead letters, marks the device seen
 * and counts both ({@code kaiwu.telemetry.stored}, {@code kaiwu.telemetry.rejected}
 * tagged by connector and reason kind). When something new was stored it publishes
 * {@link MeasurementsStored} in process for live views.
 * <p>
 * {@link #ingestGrouped} queues a message for the writer thread, which stores whatever
 * arrived meanwhile in one transaction ({@link GroupCommit}): one commit for thousands of
 * concurrent MQTT messages instead of one each. Devices are looked up in memory
 * ({@link KnownDevices}) and marked seen once a second ({@link SeenDevices}).
 */
@Service
public class IngestingTelemetry implements TelemetryIngestion, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IngestingTelemetry.class);

	/**
	 * Messages waiting for the writer at most (about 100 ms of the 150,000 points/s
	 * target).
	 */
	static final int QUEUED = 50_000;

	/** Messages written in one transaction at most. */
	static final int GROUP = 5_000;

	private final DeviceRegistry devices;

	private final TelemetryStore store;

	private final DeadLetters deadLetters;

	private final IngestSettings settings;

	private final MeterRegistry meters;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<AcceptedMeasurements> acceptors;

	/** The modules that take accepted measurements, found at start. */
	private volatile List<AcceptedMeasurements> acceptedBy = List.of();

	private final Clock clock;

	private final KnownDevices known;

	private final SeenDevices seen;

	/**
	 * One writer thread per writer of the store; a device's messages always in the same.
	 */
	private final List<GroupCommit<Checked>> writes = new ArrayList<>();

	@Autowired
	IngestingTelemetry(DeviceRegistry devices, KnownDevices known, SeenDevices seen, TelemetryStore store,
			DeadLetters deadLetters, IngestSettings settings, MeterRegistry meters, ApplicationEventPublisher events,
			ObjectProvider<AcceptedMeasurements> acceptors) {
		this(devices, known, seen, store, deadLetters, settings, meters, events, acceptors, Clock.systemUTC());
	}

	IngestingTelemetry(DeviceRegistry devices, KnownDevices known, SeenDevices seen, TelemetryStore store,
			DeadLetters deadLetters, IngestSettings settings, MeterRegistry meters, ApplicationEventPublisher events,
			ObjectProvider<AcceptedMeasurements> acceptors, Clock clock) {
		this.acceptors = acceptors;
		this.devices = devices;
		this.known = known;
		this.seen = seen;
		this.store = store;
		this.deadLetters = deadLetters;
		this.settings = settings;
		this.meters = meters;
		this.events = events;
		this.clock = clock;
		for (int i = 0; i < store.writers(); i++) {
			this.writes
				.add(new GroupCommit<>("kaiwu-telemetry-writer-" + i, QUEUED / store.writers(), GROUP, this::write));
		}
	}

	@Override
	public IngestionResult ingest(String deviceKey, List<Reading> readings, String connector,
			List<Rejection> rejectedByParser) {
		return ingest(deviceKey, readings, connector, rejectedByParser, null);
	}

	/**
	 * As {@link #ingest(String, List, String, List)}, with the raw message so that a
	 * message rejected whole keeps an excerpt of what was sent.
	 */
	public IngestionResult ingest(String deviceKey, List<Reading> readings, String connector,
			List<Rejection> rejectedByParser, byte @Nullable [] raw) {
		Checked checked = check(new Message(deviceKey, readings, connector, rejectedByParser, raw),
				this.clock.instant());
		accepted(checked);
		int stored = checked.accepted().isEmpty() ? 0 : this.store.append(checked.accepted());
		if (checked.device() != null) {
			this.devices.markSeen(deviceKey, checked.now());
		}
		after(checked, stored > 0);
		count(connector, stored, checked.refused());
		return new IngestionResult(checked.accepted().size(), stored,
				checked.refused().stream().map(Refusal::rejection).toList());
	}

	/**
	 * Checks the message on the caller's thread (connectors call from several), then
	 * queues what passed for the writer thread, which only stores.
	 */
	@Override
	public CompletableFuture<Void> ingestGrouped(String deviceKey, List<Reading> readings, String connector,
			List<Rejection> rejectedByParser) {
		Checked checked = check(new Message(deviceKey, readings, connector, rejectedByParser, null),
				this.clock.instant());
		DeviceSummary device = checked.device();
		if (device == null || checked.accepted().isEmpty()) {
			after(checked, false);
			count(connector, 0, checked.refused());
			return CompletableFuture.completedFuture(null);
		}
		accepted(checked);
		return this.writes.get(this.store.writerOf(device.deviceId())).submit(checked);
	}

	/**
	 * Writes a group of checked messages: one {@link TelemetryStore#append} for all of
	 * them, then one live-view event per device.
	 */
	private void write(List<Checked> group) {
		List<Measurement> accepted = new ArrayList<>();
		for (Checked one : group) {
			accepted.addAll(one.accepted());
		}
		long start = System.nanoTime();
		int stored = this.store.append(accepted);
		this.meters.timer("kaiwu.telemetry.group.store").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		this.meters.summary("kaiwu.telemetry.group.messages").record(group.size());
		Map<String, Integer> acceptedPerConnector = new HashMap<>();
		Map<UUID, DeviceBatch> perDevice = new LinkedHashMap<>();
		for (Checked one : group) {
			DeviceSummary device = one.device();
			if (device != null) {
				perDevice
					.computeIfAbsent(device.deviceId(), (id) -> new DeviceBatch(device, one.now(), new ArrayList<>()))
					.measurements()
					.addAll(one.accepted());
			}
			if (!one.refused().isEmpty()) {
				recordRefused(one);
				count(one.connector(), 0, one.refused());
			}
			acceptedPerConnector.merge(one.connector(), one.accepted().size(), Integer::sum);
		}
		for (DeviceBatch batch : perDevice.values()) {
			this.seen.seen(batch.device().deviceKey(), batch.now());
			if (stored > 0) {
				published(batch.device(), batch.measurements());
			}
		}
		// the store counts new measurements per group: a group with duplicates gives each
		// connector its accepted ones until the new ones are used up
		int left = stored;
		for (Map.Entry<String, Integer> entry : acceptedPerConnector.entrySet()) {
			int share = Math.min(left, entry.getValue());
			count(entry.getKey(), share, List.of());
			left -= share;
		}
	}

	private Checked check(Message message, Instant now) {
		String rawExcerpt = (message.raw() != null)
				? ValueChecks.shorten(
						new String(message.raw(), 0, Math.min(message.raw().length, 2000), StandardCharsets.UTF_8), 500)
				: "";
		List<Refusal> refused = new ArrayList<>();
		for (Rejection rejection : message.rejectedByParser()) {
			refused.add(new Refusal(rejection.what(), Refusal.Kind.PAYLOAD, rejection.reason(), rawExcerpt));
		}
		Optional<DeviceSummary> found = this.known.find(message.deviceKey());
		if (found.isEmpty()) {
			for (Reading reading : message.readings()) {
				for (String property : reading.values().keySet()) {
					refused.add(new Refusal(property, Refusal.Kind.UNKNOWN_DEVICE,
							"no device has the key \"" + ValueChecks.shorten(message.deviceKey(), 100) + "\"",
							ValueChecks.shorten("\"" + property + "\": " + reading.values().get(property), 500)));
				}
			}
			return new Checked(null, message.deviceKey(), message.connector(), now, List.of(), refused);
		}
		DeviceSummary device = found.get();
		ValueChecks.Outcome outcome = ValueChecks.check(device, message.readings(), now, this.settings.maxFuture(),
				this.settings.backfillWindow());
		refused.addAll(outcome.refused());
		return new Checked(device, message.deviceKey(), message.connector(), now, outcome.accepted(), refused);
	}

	/** Dead letters, and the event for live views once something new is durable. */
	private void after(Checked checked, boolean somethingNew) {
		if (!checked.refused().isEmpty()) {
			recordRefused(checked);
		}
		DeviceSummary device = checked.device();
		if (somethingNew && device != null && !checked.accepted().isEmpty()) {
			published(device, checked.accepted());
		}
	}

	private void recordRefused(Checked checked) {
		DeviceSummary device = checked.device();
		this.deadLetters.record((device != null) ? device.tenant() : null, checked.deviceKey(), checked.connector(),
				checked.now(), checked.refused());
	}

	/**
	 * Hands what passed the checks to the modules that want values before the store's
	 * commit (alarm rules), on the caller's thread.
	 */
	private void accepted(Checked checked) {
		DeviceSummary device = checked.device();
		List<AcceptedMeasurements> takers = this.acceptedBy;
		if (device == null || checked.accepted().isEmpty() || takers.isEmpty()) {
			return;
		}
		MeasurementsAccepted batch = new MeasurementsAccepted(device.tenant(), device.deviceId(), device.deviceKey(),
				device.typeId(), checked.accepted());
		for (AcceptedMeasurements taker : takers) {
			try {
				taker.accepted(batch);
			}
			catch (RuntimeException ex) {
				log.error("Handing accepted measurements of device {} to {} failed", device.deviceKey(),
						taker.getClass().getName(), ex);
			}
		}
	}

	/**
	 * Tells the listeners once the append returned (durable): a synchronous event for
	 * live views and the modules' hand-offs, never the event publication registry.
	 */
	private void published(DeviceSummary device, List<Measurement> stored) {
		this.events.publishEvent(new MeasurementsStored(device.tenant(), device.deviceId(), device.deviceKey(),
				device.typeId(), stored));
	}

	private void count(String connector, int stored, List<Refusal> refused) {
		if (stored > 0) {
			this.meters.counter("kaiwu.telemetry.stored", "connector", connector).increment(stored);
		}
		for (Refusal refusal : refused) {
			this.meters.counter("kaiwu.telemetry.rejected", "connector", connector, "reason", refusal.kind().tag())
				.increment();
		}
	}

	@Override
	public void start() {
		this.acceptedBy = this.acceptors.orderedStream().toList();
		this.writes.forEach(GroupCommit::start);
	}

	@Override
	public void stop() {
		this.writes.forEach(GroupCommit::stop);
	}

	@Override
	public boolean isRunning() {
		return this.writes.stream().anyMatch(GroupCommit::isRunning);
	}

	/**
	 * Stops after the connectors (default phase), so that they hand over what they hold.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1000;
	}

	/** One message as a connector handed it over. */
	private record Message(String deviceKey, List<Reading> readings, String connector, List<Rejection> rejectedByParser,
			byte @Nullable [] raw) {
	}

	/** What one device had accepted in a group. */
	private record DeviceBatch(DeviceSummary device, Instant now, List<Measurement> measurements) {
	}

	/** One message after the checks. */
	private record Checked(@Nullable DeviceSummary device, String deviceKey, String connector, Instant now,
			List<Measurement> accepted, List<Refusal> refused) {
	}

}
