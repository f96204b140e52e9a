package io.kaiwu.equipment.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.effectiveness.Grouping;
import io.kaiwu.equipment.effectiveness.MeasuringOee;
import io.kaiwu.equipment.effectiveness.OeePeriod;
import io.kaiwu.equipment.oee.Oee;
import io.kaiwu.equipment.oee.SixBigLosses;
import io.kaiwu.equipment.oee.TimeAccount;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OEE (设备综合效率) per shift or day, of one machine or of the machines on a structure node (a
 * line, a workshop). Times in minutes, ratios as fractions.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class EquipmentOeeApiController {

	private final MeasuringOee oee;

	private final ProblemDetails problems;

	EquipmentOeeApiController(MeasuringOee oee, ProblemDetails problems) {
		this.oee = oee;
		this.problems = problems;
	}

	@GetMapping("/api/v1/equipment/{id}/oee")
	Map<String, Object> machine(@PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(required = false) @Nullable String by) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		Grouping grouping = grouping(by);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("equipmentId", id);
		json.put("by", grouping.name().toLowerCase(Locale.ROOT));
		json.put("periods",
				this.oee.machine(tenant, id, from.toInstant(), to.toInstant(), grouping)
					.stream()
					.map(this::json)
					.toList());
		return json;
	}

	@GetMapping("/api/v1/equipment/oee")
	Map<String, Object> node(@RequestParam UUID nodeId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(required = false) @Nullable String by) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		Grouping grouping = grouping(by);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("nodeId", nodeId);
		json.put("by", grouping.name().toLowerCase(Locale.ROOT));
		json.put("periods",
				this.oee.node(tenant, nodeId, from.toInstant(), to.toInstant(), grouping)
					.stream()
					.map(this::json)
					.toList());
		return json;
	}

	private static Grouping grouping(@Nullable String by) {
		if (by == null || by.isBlank()) {
			return Grouping.SHIFT;
		}
		try {
			return Grouping.valueOf(by.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new KaiwuProblem.InvalidInput("by", "problem.equipment.choice", by, "shift, day");
		}
	}

	private Map<String, Object> json(OeePeriod p) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("label", p.label());
		json.put("day", p.day().toString());
		json.put("from", p.from().toString());
		json.put("to", p.to().toString());
		TimeAccount t = p.time();
		json.put("workingMinutes", minutes(t.working()));
		json.put("plannedStopMinutes", minutes(t.plannedStop()));
		json.put("unrecordedMinutes", minutes(t.unrecorded()));
		json.put("plannedProductionMinutes", minutes(t.plannedProduction()));
		json.put("runMinutes", minutes(t.plannedProduction().minus(t.breakdowns()).minus(t.setup())));
		json.put("goodCount", p.good());
		json.put("rejectCount", p.reject());
		json.put("countSource", p.reported() ? "REPORTED" : "COUNTER");
		figures(json, p.oee(), p.reason());
		if (!p.machines().isEmpty()) {
			json.put("machines", p.machines().stream().map((m) -> {
				Map<String, Object> machine = new LinkedHashMap<>();
				machine.put("equipmentId", m.equipmentId());
				machine.put("code", m.code());
				figures(machine, m.oee(), m.reason());
				return machine;
			}).toList());
		}
		return json;
	}

	private void figures(Map<String, Object> json, @Nullable Oee oee, @Nullable String reason) {
		if (oee == null) {
			json.put("oee", null);
			json.put("reason", (reason != null) ? this.problems.message(reason) : null);
			return;
		}
		json.put("availability", oee.availability());
		json.put("performance", oee.performance());
		json.put("quality", oee.quality());
		json.put("oee", oee.oee());
		SixBigLosses l = oee.losses();
		Map<String, Object> losses = new LinkedHashMap<>();
		losses.put("equipmentFailure", l.equipmentFailure());
		losses.put("setupAndAdjustments", l.setupAndAdjustments());
		losses.put("idlingAndMinorStops", l.idlingAndMinorStops());
		losses.put("reducedSpeed", l.reducedSpeed());
		losses.put("processDefects", l.processDefects());
		losses.put("reducedYield", l.reducedYield());
		json.put("lossMinutes", losses);
	}

	private static double minutes(Duration d) {
		return d.toMillis() / 60_000.0;
	}

}
