package io.kaiwu.energy.report.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.energy.consumption.ConsumptionReport;
import io.kaiwu.energy.consumption.ReadingConsumption;
import io.kaiwu.energy.meter.ManagingMeters;
import io.kaiwu.energy.pricing.ManagingTariffs;
import io.kaiwu.energy.report.MonthlyEnergyReport;
import io.kaiwu.energy.report.MonthlyReporting;
import io.kaiwu.energy.report.TouSplit;
import io.kaiwu.shared.CsvTable;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly energy report and the time-of-use split over REST, and the CSV export of
 * every energy table: consumption, time-of-use split, meters and tariffs (the demand
 * tables export beside their own endpoints).
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class EnergyReportApiController {

	private final MonthlyReporting reporting;

	private final ReadingConsumption consumption;

	private final ManagingMeters meters;

	private final ManagingTariffs tariffs;

	private final EnterpriseStructure structure;

	EnergyReportApiController(MonthlyReporting reporting, ReadingConsumption consumption, ManagingMeters meters,
			ManagingTariffs tariffs, EnterpriseStructure structure) {
		this.reporting = reporting;
		this.consumption = consumption;
		this.meters = meters;
		this.tariffs = tariffs;
		this.structure = structure;
	}

	@GetMapping("/api/v1/energy/reports/monthly")
	MonthlyEnergyReport monthly(@RequestParam(required = false) @Nullable UUID siteId,
			@RequestParam(required = false) @Nullable String month) {
		if (siteId == null) {
			throw new KaiwuProblem.InvalidInput("siteId", "problem.field.required");
		}
		return this.reporting.report(tenant(), siteId, (month != null) ? month : "");
	}

	@GetMapping("/api/v1/energy/consumption/export.csv")
	void consumptionCsv(@RequestParam(required = false) @Nullable UUID meterId,
			@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String granularity, HttpServletResponse response)
			throws IOException {
		ConsumptionReport report = this.consumption.report(tenant(), meterId, nodeId, from, to, granularity);
		EnergyTables.consumption(report).writeTo(response, "energy-consumption-" + from + "-" + to);
	}

	@GetMapping("/api/v1/energy/tou-split")
	TouSplit touSplit(@RequestParam(required = false) @Nullable UUID meterId,
			@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		return TouSplit.of(this.consumption.report(tenant(), meterId, nodeId, from, to, "DAY"));
	}

	@GetMapping("/api/v1/energy/tou-split/export.csv")
	void touSplitCsv(@RequestParam(required = false) @Nullable UUID meterId,
			@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			HttpServletResponse response) throws IOException {
		EnergyTables.touSplit(touSplit(meterId, nodeId, from, to)).writeTo(response, "tou-split-" + from + "-" + to);
	}

	@GetMapping("/api/v1/energy/meters/export.csv")
	void metersCsv(HttpServletResponse response) throws IOException {
		TenantId tenant = tenant();
		Map<UUID, String> names = this.structure.allNodes(tenant)
			.stream()
			.collect(Collectors.toMap(StructureNode::id, StructureNode::name));
		EnergyTables.meters(this.meters.list(tenant), names).writeTo(response, "energy-meters");
	}

	@GetMapping("/api/v1/energy/tariffs/export.csv")
	void tariffsCsv(HttpServletResponse response) throws IOException {
		TenantId tenant = tenant();
		Map<UUID, List<String>> sites = new HashMap<>();
		for (StructureNode site : this.structure.sites(tenant)) {
			this.tariffs.ofSite(tenant, site.id())
				.ifPresent((t) -> sites.computeIfAbsent(t.id(), (k) -> new ArrayList<>()).add(site.name()));
		}
		CsvTable table = EnergyTables.tariffs(this.tariffs.list(tenant), sites);
		table.writeTo(response, "energy-tariffs");
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
