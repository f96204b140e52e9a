package io.kaiwu.quality.inspection.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.quality.inspection.telemetry.MappingDraft;
import io.kaiwu.quality.inspection.telemetry.TelemetryMapping;
import io.kaiwu.quality.inspection.telemetry.TelemetryMappings;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Telemetry mappings (自动检验): which device property feeds which variable characteristic.
 * Engineers create, pause and delete them.
 */
@RestController
@RequestMapping("/api/v1/quality/telemetry-mappings")
@PreAuthorize("hasRole('VIEWER')")
class TelemetryMappingApiController {

	private final TelemetryMappings mappings;

	TelemetryMappingApiController(TelemetryMappings mappings) {
		this.mappings = mappings;
	}

	@GetMapping
	List<Map<String, Object>> list() {
		return this.mappings.list(tenant()).stream().map(this::json).toList();
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		return json(this.mappings.get(tenant(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> create(@RequestBody MappingDraft draft) {
		return json(this.mappings.create(tenant(), draft));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> update(@PathVariable UUID id, @RequestBody MappingDraft draft) {
		return json(this.mappings.update(tenant(), id, draft));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.mappings.delete(tenant(), id);
	}

	private Map<String, Object> json(TelemetryMapping m) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", m.id());
		json.put("deviceId", m.deviceId());
		json.put("property", m.property());
		json.put("characteristicId", m.characteristicId());
		json.put("active", m.active());
		json.put("takenTo", m.takenTo().toString());
		json.put("waiting", this.mappings.waiting(m));
		json.put("createdAt", m.createdAt().toString());
		json.put("updatedAt", m.updatedAt().toString());
		return json;
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
