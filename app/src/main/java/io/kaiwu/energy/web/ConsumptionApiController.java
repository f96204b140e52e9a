package io.kaiwu.energy.web;

import java.util.UUID;

import io.kaiwu.energy.consumption.ConsumptionReport;
import io.kaiwu.energy.consumption.ReadingConsumption;
import io.kaiwu.shared.CurrentPrincipal;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consumption over REST: a meter's or a structure node's consumption by hour, day or
 * month, with tce, CO₂ and cost, every bucket saying how many of its hours are missing.
 */
@RestController
@RequestMapping("/api/v1/energy/consumption")
@PreAuthorize("hasRole('VIEWER')")
class ConsumptionApiController {

	private final ReadingConsumption consumption;

	ConsumptionApiController(ReadingConsumption consumption) {
		this.consumption = consumption;
	}

	@GetMapping
	ConsumptionReport report(@RequestParam(required = false) @Nullable UUID meterId,
			@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String granularity) {
		return this.consumption.report(CurrentPrincipal.get().requireTenant(), meterId, nodeId, from, to, granularity);
	}

}
