package io.kaiwu.equipment.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.registry.Equipment;
import io.kaiwu.equipment.registry.EquipmentDraft;
import io.kaiwu.equipment.registry.ManagingEquipment;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The equipment registry (设备台账) of the signed-in tenant. Engineers create, change and
 * delete machines; everyone in the tenant reads them.
 */
@RestController
@RequestMapping("/api/v1/equipment")
@PreAuthorize("hasRole('VIEWER')")
class EquipmentApiController {

	private final ManagingEquipment equipment;

	EquipmentApiController(ManagingEquipment equipment) {
		this.equipment = equipment;
	}

	@GetMapping
	Page<Map<String, Object>> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.equipment.list(CurrentPrincipal.get().requireTenant(), PageQuery.of(page, size))
			.map(EquipmentApiController::json);
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		return json(this.equipment.get(CurrentPrincipal.get().requireTenant(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> create(@RequestBody EquipmentDraft draft) {
		return json(this.equipment.create(CurrentPrincipal.get().requireTenant(), draft));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> update(@PathVariable UUID id, @RequestBody EquipmentDraft draft) {
		return json(this.equipment.update(CurrentPrincipal.get().requireTenant(), id, draft));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.equipment.delete(CurrentPrincipal.get().requireTenant(), id);
	}

	static Map<String, Object> json(Equipment e) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", e.id());
		json.put("code", e.code());
		json.put("name", e.name());
		json.put("deviceId", e.deviceId());
		json.put("nodeId", e.nodeId());
		json.put("model", e.model());
		json.put("vendor", e.vendor());
		json.put("serialNumber", e.serialNumber());
		json.put("commissionedOn", (e.commissionedOn() != null) ? e.commissionedOn().toString() : null);
		json.put("criticality", e.criticality().name());
		json.put("idealCycleTime", (e.idealCycleTime() != null) ? e.idealCycleTime().toString() : null);
		json.put("createdAt", e.createdAt().toString());
		json.put("updatedAt", e.updatedAt().toString());
		return json;
	}

}
