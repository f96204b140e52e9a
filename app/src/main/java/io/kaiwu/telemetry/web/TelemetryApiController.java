package io.kaiwu.telemetry.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.kaiwu.device.DataType;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.shared.CsvTable;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.aggregation.Aggregate;
import io.kaiwu.telemetry.read.ReadingTelemetry;
import io.kaiwu.telemetry.read.ReadingTelemetry.SeenDevice;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A device's telemetry for signed-in users: latest values, raw history (paged),
 * aggregated series with buckets aligned in the site's time zone, and a CSV export.
 * Another tenant's device answers 404.
 */
@RestController
@RequestMapping("/api/v1/devices/{key}/telemetry")
@PreAuthorize("hasRole('VIEWER')")
class TelemetryApiController {

	private static final Duration DEFAULT_RANGE = Duration.ofHours(24);

	private final ReadingTelemetry reads;

	TelemetryApiController(ReadingTelemetry reads) {
		this.reads = reads;
	}

	/**
	 * One measurement.
	 *
	 * @param value a number, {@code true}/{@code false} for a BOOLEAN, or a string.
	 */
	record Point(String property, OffsetDateTime ts, @Nullable Object value, Quality quality) {

		static Point of(Measurement m, @Nullable PropertyDefinition definition) {
			return new Point(m.property(), m.ts().atOffset(ZoneOffset.UTC), TelemetryApiController.value(m, definition),
					m.quality());
		}

	}

	record BucketView(OffsetDateTime start, double value, long count) {
	}

	record Series(String property, String interval, String agg, String zone, OffsetDateTime from, OffsetDateTime to,
			List<BucketView> buckets) {
	}

	@GetMapping("/latest")
	List<Point> latest(@PathVariable String key) {
		SeenDevice seen = this.reads.device(CurrentPrincipal.get(), key);
		return this.reads.latest(seen)
			.stream()
			.map((m) -> Point.of(m, seen.device().thingModel().property(m.property()).orElse(null)))
			.toList();
	}

	@GetMapping("/{property}")
	Object history(@PathVariable String key, @PathVariable String property,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime to,
			@RequestParam(required = false) @Nullable String interval,
			@RequestParam(required = false) @Nullable String agg,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		SeenDevice seen = this.reads.device(CurrentPrincipal.get(), key);
		Instant[] range = range(from, to);
		if (interval == null && agg == null) {
			PropertyDefinition definition = seen.property(property);
			Page<Measurement> rows = this.reads.history(seen, property, range[0], range[1], PageQuery.of(page, size));
			return rows.map((m) -> Point.of(m, definition));
		}
		Duration length = interval(interval);
		Aggregate aggregate = aggregate(agg);
		List<BucketView> buckets = this.reads.aggregate(seen, property, range[0], range[1], length, aggregate)
			.stream()
			.map((b) -> new BucketView(b.start().atOffset(ZoneOffset.UTC), b.value(), b.count()))
			.toList();
		return new Series(property, length.toString(), aggregate.name(), seen.zone().getId(),
				range[0].atOffset(ZoneOffset.UTC), range[1].atOffset(ZoneOffset.UTC), buckets);
	}

	@GetMapping("/{property}/export.csv")
	void export(@PathVariable String key, @PathVariable String property,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime to,
			HttpServletResponse response) throws IOException {
		SeenDevice seen = this.reads.device(CurrentPrincipal.get(), key);
		PropertyDefinition definition = seen.property(property);
		Instant[] range = range(from, to);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"" + key.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + property + ".csv\"");
		Writer out = response.getWriter();
		out.write("ts,value,quality\r\n");
		IOException[] failed = new IOException[1];
		this.reads.each(seen, property, range[0], range[1], (m) -> {
			if (failed[0] != null) {
				return;
			}
			try {
				out.write(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.ts().atZone(seen.zone()).toOffsetDateTime())
						+ "," + CsvTable.cell(value(m, definition)) + "," + m.quality().name() + "\r\n");
			}
			catch (IOException ex) {
				failed[0] = ex;
			}
		});
		if (failed[0] != null) {
			throw failed[0];
		}
		out.flush();
	}

	private static @Nullable Object value(Measurement m, @Nullable PropertyDefinition definition) {
		if (m.number() == null) {
			return m.text();
		}
		double number = m.number();
		if (definition != null && definition.dataType() == DataType.BOOLEAN) {
			return number != 0;
		}
		if (definition != null && definition.dataType().whole()) {
			return (long) number;
		}
		return number;
	}

	private static Instant[] range(@Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
		Instant end = (to != null) ? to.toInstant() : Instant.now();
		Instant start = (from != null) ? from.toInstant() : end.minus(DEFAULT_RANGE);
		if (!start.isBefore(end)) {
			throw new KaiwuProblem.InvalidInput("from", "problem.telemetry.range");
		}
		return new Instant[] { start, end };
	}

	private static Duration interval(@Nullable String interval) {
		if (interval == null) {
			throw new KaiwuProblem.InvalidInput("interval", "problem.telemetry.interval-required");
		}
		try {
			return Duration.parse(interval);
		}
		catch (DateTimeParseException ex) {
			throw new KaiwuProblem.InvalidInput("interval", "problem.telemetry.interval-format");
		}
	}

	private static Aggregate aggregate(@Nullable String agg) {
		if (agg == null) {
			return Aggregate.AVG;
		}
		try {
			return Aggregate.parse(agg);
		}
		catch (IllegalArgumentException ex) {
			throw new KaiwuProblem.InvalidInput("agg", "problem.telemetry.agg");
		}
	}

}
