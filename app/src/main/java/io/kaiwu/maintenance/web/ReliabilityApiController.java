package io.kaiwu.maintenance.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.maintenance.kernel.Period;
import io.kaiwu.maintenance.kernel.Reliability;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.maintenance.usage.ReliabilityReport;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * MTBF and MTTR (平均故障间隔时间 / 平均修复时间) of one machine over a period, for everyone in the
 * tenant.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class ReliabilityApiController {

	private final ReliabilityReport report;

	private final EquipmentCatalog equipment;

	ReliabilityApiController(ReliabilityReport report, EquipmentCatalog equipment) {
		this.report = report;
		this.equipment = equipment;
	}

	@GetMapping("/api/v1/maintenance/reliability")
	Map<String, Object> reliability(@RequestParam(required = false) @Nullable UUID equipmentId,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		List<FieldError> errors = new ArrayList<>();
		if (equipmentId == null) {
			errors.add(new FieldError("equipmentId", "problem.field.required"));
		}
		Instant start = required(from, "from", errors);
		Instant end = required(to, "to", errors);
		if (start != null && end != null && !end.isAfter(start)) {
			errors.add(new FieldError("to", "problem.maintenance.reliability.period"));
		}
		if (!errors.isEmpty() || equipmentId == null || start == null || end == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		if (this.equipment.equipment(tenant, equipmentId).isEmpty()) {
			throw new KaiwuProblem.NotFound("equipment", equipmentId);
		}
		Reliability r = this.report.of(tenant, equipmentId, new Period(start, end), Instant.now());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("equipmentId", equipmentId);
		json.put("from", start.toString());
		json.put("to", end.toString());
		json.put("operatingHours", Reliability.hours(r.operating()));
		json.put("failures", r.failures());
		json.put("repairHours", Reliability.hours(r.repair()));
		json.put("mtbfHours", r.mtbf().map(Reliability::hours).orElse(null));
		json.put("mttrHours", r.mttr().map(Reliability::hours).orElse(null));
		return json;
	}

	private static @Nullable Instant required(@Nullable String value, String field, List<FieldError> errors) {
		if (FieldChecks.blank(value)) {
			errors.add(new FieldError(field, "problem.field.required"));
			return null;
		}
		return FieldChecks.instant(value, field, errors);
	}

}
