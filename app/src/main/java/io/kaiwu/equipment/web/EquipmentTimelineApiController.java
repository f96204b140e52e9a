package io.kaiwu.equipment.web;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.timeline.MachineHistory;
import io.kaiwu.equipment.timeline.PartsCount;
import io.kaiwu.equipment.timeline.StateInterval;
import io.kaiwu.shared.CurrentPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a machine did: its state intervals and part counts in a span (ISO-8601 instants).
 */
@RestController
@RequestMapping("/api/v1/equipment/{id}")
@PreAuthorize("hasRole('VIEWER')")
class EquipmentTimelineApiController {

	private final MachineHistory history;

	EquipmentTimelineApiController(MachineHistory history) {
		this.history = history;
	}

	@GetMapping("/states")
	List<Map<String, Object>> states(@PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
		return this.history.intervals(CurrentPrincipal.get().requireTenant(), id, from.toInstant(), to.toInstant())
			.stream()
			.map(EquipmentTimelineApiController::json)
			.toList();
	}

	@GetMapping("/parts")
	List<Map<String, Object>> parts(@PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
		return this.history.counts(CurrentPrincipal.get().requireTenant(), id, from.toInstant(), to.toInstant())
			.stream()
			.map(EquipmentTimelineApiController::json)
			.toList();
	}

	static Map<String, Object> json(StateInterval i) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", i.id());
		json.put("state", i.state().name());
		json.put("from", i.startedAt().toString());
		json.put("to", (i.endedAt() != null) ? i.endedAt().toString() : null);
		json.put("reasonId", i.reasonId());
		return json;
	}

	static Map<String, Object> json(PartsCount c) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("from", c.from().toString());
		json.put("to", c.to().toString());
		json.put("good", c.good());
		json.put("reject", c.reject());
		json.put("source", c.reported() ? "REPORTED" : "COUNTER");
		return json;
	}

}
