package io.kaiwu.telemetry.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.telemetry.read.ReadingTelemetry;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How many measurements the tenant stored in a time range, all devices together: one
 * query instead of one per series (an operator's check, and how the MQTT ingest benchmark
 * verifies that every acknowledged value was stored). Tenant admins only, since it spans
 * every site.
 */
@RestController
@RequestMapping("/api/v1/telemetry/count")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class TelemetryCountApiController {

	private final ReadingTelemetry reads;

	TelemetryCountApiController(ReadingTelemetry reads) {
		this.reads = reads;
	}

	record Count(OffsetDateTime from, OffsetDateTime to, long count) {
	}

	@GetMapping
	Count count(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
		if (!from.isBefore(to)) {
			throw new KaiwuProblem.InvalidInput("from", "problem.telemetry.range");
		}
		return new Count(from.withOffsetSameInstant(ZoneOffset.UTC), to.withOffsetSameInstant(ZoneOffset.UTC),
				this.reads.countAll(CurrentPrincipal.get(), from.toInstant(), to.toInstant()));
	}

}
