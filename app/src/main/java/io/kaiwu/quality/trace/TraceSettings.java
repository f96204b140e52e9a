package io.kaiwu.quality.trace;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far traces go and how much they show.
 *
 * @param maxDepth the most genealogy levels a trace walks in each direction; deeper links
 * are left out and the trace says it was cut. {@code KAIWU_QUALITY_TRACE_MAX_DEPTH}.
 * @param maxUnits the most lots and serials a trace collects in each direction.
 * {@code KAIWU_QUALITY_TRACE_MAX_UNITS}.
 * @param telemetryMargin how long before a step's start and after its end the machine's
 * telemetry is summarised. {@code KAIWU_QUALITY_TRACE_TELEMETRY_MARGIN}.
 * @param telemetrySteps the most steps (nearest the traced lot first) whose telemetry a
 * trace summarises.
 * @param telemetrySignals the most numeric properties summarised per machine.
 * @param telemetrySamples the most measurements read per property and step.
 */
@ConfigurationProperties("kaiwu.quality.trace")
record TraceSettings(@DefaultValue("100") int maxDepth, @DefaultValue("20000") int maxUnits,
		@DefaultValue("15m") Duration telemetryMargin, @DefaultValue("20") int telemetrySteps,
		@DefaultValue("8") int telemetrySignals, @DefaultValue("50000") int telemetrySamples) {

}
