package io.kaiwu.quality.trace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.TelemetryStore;

import org.springframework.stereotype.Component;

/**
 * What a machine's device measured around a production step: for each numeric property of
 * its thing model, count, minimum, mean and maximum from the step's start less the margin
 * to its end plus the margin, read from the telemetry store.
 */
@Component
class StepTelemetry {

	private final DeviceCatalog devices;

	private final TelemetryStore store;

	private final TraceSettings settings;

	StepTelemetry(DeviceCatalog devices, TelemetryStore store, TraceSettings settings) {
		this.devices = devices;
		this.store = store;
		this.settings = settings;
	}

	/** The window a step's telemetry is read in. */
	Instant from(ProductionStep step) {
		return step.startedAt().minus(this.settings.telemetryMargin());
	}

	Instant to(ProductionStep step) {
		return step.endedAt().plus(this.settings.telemetryMargin());
	}

	List<SignalSummary> around(TenantId tenant, UUID deviceId, ProductionStep step) {
		DeviceSummary device = this.devices.device(tenant, deviceId).orElse(null);
		if (device == null) {
			return List.of();
		}
		Instant from = from(step);
		Instant to = to(step);
		List<SignalSummary> signals = new ArrayList<>();
		for (PropertyDefinition property : device.properties()) {
			if (!property.dataType().numeric()) {
				continue;
			}
			if (signals.size() == this.settings.telemetrySignals()) {
				break;
			}
			long count = 0;
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			double sum = 0;
			for (Measurement m : this.store.history(tenant, deviceId, property.identifier(), from, to, 0,
					this.settings.telemetrySamples())) {
				if (m.number() == null) {
					continue;
				}
				double value = m.number();
				count++;
				sum += value;
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
			signals.add(new SignalSummary(property.identifier(), property.nameZh(), property.nameEn(), property.unit(),
					count, (count > 0) ? min : null, (count > 0) ? sum / count : null, (count > 0) ? max : null,
					(property.min() != null) ? property.min().doubleValue() : null,
					(property.max() != null) ? property.max().doubleValue() : null));
		}
		return signals;
	}

}
