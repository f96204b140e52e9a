package io.kaiwu.telemetry.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.telemetry.IngestionResult;
import io.kaiwu.telemetry.MeasurementsStored;
import io.kaiwu.telemetry.Reading;
import io.kaiwu.telemetry.Rejection;
import io.kaiwu.telemetry.TelemetryIngestion;
import io.kaiwu.telemetry.TelemetryStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Ingestion for every connector: looks up the device, checks each value against the thing
 * model ({@link ValueChecks}), stores what passes with one {@link TelemetryStore#append}
 * (durable when this returns), records the rest as dead letters, marks the device seen
 * and counts both ({@code kaiwu.telemetry.stored}, {@code kaiwu.telemetry.rejected}
 * tagged by connector and reason kind). When something new was stored it publishes
 * {@link MeasurementsStored} in process for live views.
 */
@Service
public class IngestingTelemetry implements TelemetryIngestion {

	private final DeviceRegistry devices;

	private final TelemetryStore store;

	private final DeadLetters deadLetters;

	private final IngestSettings settings;

	private final MeterRegistry meters;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Autowired
	IngestingTelemetry(DeviceRegistry devices, TelemetryStore store, DeadLetters deadLetters, IngestSettings settings,
			MeterRegistry meters, ApplicationEventPublisher events) {
		this(devices, store, deadLetters, settings, meters, events, Clock.systemUTC());
	}

	IngestingTelemetry(DeviceRegistry devices, TelemetryStore store, DeadLetters deadLetters, IngestSettings settings,
			MeterRegistry meters, ApplicationEventPublisher events, Clock clock) {
		this.devices = devices;
		this.store = store;
		this.deadLetters = deadLetters;
		this.settings = settings;
		this.meters = meters;
		this.events = events;
		this.clock = clock;
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
		Instant now = this.clock.instant();
		String rawExcerpt = (raw != null)
				? ValueChecks.shorten(new String(raw, 0, Math.min(raw.length, 2000), StandardCharsets.UTF_8), 500) : "";
		List<Refusal> refused = new ArrayList<>();
		for (Rejection rejection : rejectedByParser) {
			refused.add(new Refusal(rejection.what(), Refusal.Kind.PAYLOAD, rejection.reason(), rawExcerpt));
		}
		Optional<DeviceSummary> found = this.devices.findByKey(deviceKey);
		if (found.isEmpty()) {
			for (Reading reading : readings) {
				for (String property : reading.values().keySet()) {
					refused.add(new Refusal(property, Refusal.Kind.UNKNOWN_DEVICE,
							"no device has the key \"" + ValueChecks.shorten(deviceKey, 100) + "\"",
							ValueChecks.shorten("\"" + property + "\": " + reading.values().get(property), 500)));
				}
			}
			return finish(null, deviceKey, connector, now, 0, 0, refused);
		}
		DeviceSummary device = found.get();
		ValueChecks.Outcome outcome = ValueChecks.check(device, readings, now, this.settings.maxFuture(),
				this.settings.backfillWindow());
		refused.addAll(outcome.refused());
		int stored = outcome.accepted().isEmpty() ? 0 : this.store.append(outcome.accepted());
		this.devices.markSeen(deviceKey, now);
		if (stored > 0) {
			// after the append returned (durable): live views only, never the event
			// registry
			this.events.publishEvent(
					new MeasurementsStored(device.tenant(), device.deviceId(), device.deviceKey(), outcome.accepted()));
		}
		return finish(device, deviceKey, connector, now, outcome.accepted().size(), stored, refused);
	}

	private IngestionResult finish(@Nullable DeviceSummary device, String deviceKey, String connector, Instant now,
			int accepted, int stored, List<Refusal> refused) {
		this.deadLetters.record((device != null) ? device.tenant() : null, deviceKey, connector, now, refused);
		if (stored > 0) {
			this.meters.counter("kaiwu.telemetry.stored", "connector", connector).increment(stored);
		}
		for (Refusal refusal : refused) {
			this.meters.counter("kaiwu.telemetry.rejected", "connector", connector, "reason", refusal.kind().tag())
				.increment();
		}
		return new IngestionResult(accepted, stored, refused.stream().map(Refusal::rejection).toList());
	}

}
