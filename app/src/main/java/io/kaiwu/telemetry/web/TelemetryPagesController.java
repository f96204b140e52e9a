package io.kaiwu.telemetry.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.telemetry.aggregation.Aggregate;
import io.kaiwu.telemetry.read.ReadingTelemetry;
import io.kaiwu.telemetry.read.ReadingTelemetry.SeenDevice;
import io.kaiwu.telemetry.web.LiveValues.LiveValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live panel of the device page (signed-in users, page chain): a table of the latest
 * values, a stream of new ones as server-sent events, and the history of one property for
 * the chart, raw or averaged per interval. Another tenant's device, or one in a site the
 * user may not see, answers 404.
 */
@Controller
@RequestMapping("/telemetry/devices/{key}")
@PreAuthorize("hasRole('VIEWER')")
class TelemetryPagesController {

	/** Ranges the history chart offers. */
	static final Map<String, Duration> RANGES = Map.of("PT1H", Duration.ofHours(1), "P1D", Duration.ofDays(1), "P7D",
			Duration.ofDays(7));

	/** Intervals the history chart offers; {@code raw} means every measurement. */
	static final Map<String, Duration> INTERVALS = Map.of("PT1M", Duration.ofMinutes(1), "PT15M",
			Duration.ofMinutes(15), "PT1H", Duration.ofHours(1));

	/** The newest raw points the history chart draws at most. */
	static final int MAX_RAW_POINTS = 20_000;

	private final ReadingTelemetry reads;

	private final LiveTelemetry live;

	private final LiveValues values;

	private final ProblemDetails problems;

	private final JsonMapper json;

	TelemetryPagesController(ReadingTelemetry reads, LiveTelemetry live, LiveValues values, ProblemDetails problems,
			JsonMapper json) {
		this.reads = reads;
		this.live = live;
		this.values = values;
		this.problems = problems;
		this.json = json;
	}

	/** One row of the latest-values table: a property and its newest value, if any. */
	record Row(PropertyDefinition property, String name, @Nullable LiveValue latest) {
	}

	/**
	 * The history of one property for the chart.
	 *
	 * @param points {@code [time, value]} pairs, the time as a wall-clock time in the
	 * site's zone.
	 * @param truncated whether only the newest {@link #MAX_RAW_POINTS} raw points are
	 * drawn.
	 */
	record History(String property, String unit, String zone, String interval, List<Object[]> points,
			boolean truncated) {
	}

	@GetMapping("/panel")
	String panel(@PathVariable String key, Locale locale, Model model) {
		SeenDevice seen = this.reads.device(CurrentPrincipal.get(), key);
		Map<String, LiveValue> latest = this.values.newest(seen, this.reads.latest(seen), locale)
			.stream()
			.collect(Collectors.toMap(LiveValue::property, (v) -> v));
		List<Row> rows = new ArrayList<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (PropertyDefinition p : seen.device().thingModel().properties()) {
			String name = ("en".equals(locale.getLanguage()) && !p.nameEn().isEmpty()) ? p.nameEn() : p.nameZh();
			rows.add(new Row(p, name, latest.get(p.identifier())));
			if (LiveValues.chartable(p)) {
				names.put(p.identifier(), p.unit().isEmpty() ? name : name + " (" + p.unit() + ")");
			}
		}
		model.addAttribute("seen", seen);
		model.addAttribute("rows", rows);
		model.addAttribute("chartable", names);
		model.addAttribute("chartNames", this.json.writeValueAsString(names));
		return "telemetry/panel";
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@PathVariable String key, Locale locale) {
		return this.live.subscribe(this.reads.device(CurrentPrincipal.get(), key), locale);
	}

	@GetMapping(path = "/history", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	History history(@PathVariable String key, @RequestParam String property,
			@RequestParam(defaultValue = "PT1H") String range, @RequestParam(defaultValue = "raw") String interval) {
		SeenDevice seen = this.reads.device(CurrentPrincipal.get(), key);
		PropertyDefinition definition = seen.property(property);
		if (!LiveValues.chartable(definition)) {
			throw new KaiwuProblem.InvalidInput("property", "problem.telemetry.not-numeric", property);
		}
		Duration length = RANGES.get(range);
		if (length == null) {
			throw new KaiwuProblem.InvalidInput("range", "problem.telemetry.chart-range");
		}
		Instant to = Instant.now();
		Instant from = to.minus(length);
		if ("raw".equals(interval)) {
			ArrayDeque<Object[]> points = new ArrayDeque<>();
			boolean[] truncated = { false };
			this.reads.each(seen, property, from, to, (m) -> {
				if (m.number() == null) {
					return;
				}
				points.addLast(point(seen, m.ts(), m.number()));
				if (points.size() > MAX_RAW_POINTS) {
					points.removeFirst();
					truncated[0] = true;
				}
			});
			return new History(property, definition.unit(), seen.zone().getId(), interval, List.copyOf(points),
					truncated[0]);
		}
		Duration bucket = INTERVALS.get(interval);
		if (bucket == null) {
			throw new KaiwuProblem.InvalidInput("interval", "problem.telemetry.interval-format");
		}
		List<Object[]> points = this.reads.aggregate(seen, property, from, to, bucket, Aggregate.AVG)
			.stream()
			.map((b) -> point(seen, b.start(), b.value()))
			.toList();
		return new History(property, definition.unit(), seen.zone().getId(), interval, points, false);
	}

	private static Object[] point(SeenDevice seen, Instant ts, double value) {
		return new Object[] { LiveValues.CHART_TIME.format(ts.atZone(seen.zone())), value };
	}

	// This panel is loaded by htmx, a stream or a chart: a problem answers its status
	// instead of redirecting back like a form.

	@ExceptionHandler(KaiwuProblem.NotFound.class)
	ResponseEntity<Void> notFound() {
		return ResponseEntity.notFound().build();
	}

	@ExceptionHandler(KaiwuProblem.InvalidInput.class)
	ResponseEntity<String> invalid(KaiwuProblem.InvalidInput invalid) {
		String message = invalid.errors()
			.stream()
			.map((e) -> this.problems.message(e.messageKey(), e.args()))
			.collect(Collectors.joining(" "));
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(message);
	}

}
