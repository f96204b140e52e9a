package io.kaiwu.equipment.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.kaiwu.equipment.signals.MachineSignals;
import io.kaiwu.equipment.signals.SignalDraft;
import io.kaiwu.equipment.signals.SignalMapping;
import io.kaiwu.equipment.state.StateMapping;
import io.kaiwu.shared.CurrentPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A machine's signal mapping (信号映射): which property of its device gives the state and
 * which are its part counters. Engineers set it; everyone in the tenant reads it.
 */
@RestController
@RequestMapping("/api/v1/equipment/{id}/signals")
@PreAuthorize("hasRole('VIEWER')")
class EquipmentSignalsApiController {

	private final MachineSignals signals;

	EquipmentSignalsApiController(MachineSignals signals) {
		this.signals = signals;
	}

	@GetMapping
	Map<String, Object> get(@PathVariable UUID id) {
		return json(this.signals.get(CurrentPrincipal.get().requireTenant(), id));
	}

	@PutMapping
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> put(@PathVariable UUID id, @RequestBody SignalDraft draft) {
		return json(this.signals.save(CurrentPrincipal.get().requireTenant(), id, draft));
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.signals.delete(CurrentPrincipal.get().requireTenant(), id);
	}

	static Map<String, Object> json(SignalMapping m) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("equipmentId", m.equipmentId());
		json.put("stateProperty", m.state().property());
		if (m.state() instanceof StateMapping.ByValue v) {
			json.put("stateKind", "BY_VALUE");
			Map<String, String> values = new TreeMap<>();
			v.states().forEach((value, state) -> values.put(value, state.name()));
			json.put("stateValues", values);
			json.put("otherwise", v.otherwise().name());
		}
		else if (m.state() instanceof StateMapping.AboveLimit a) {
			json.put("stateKind", "ABOVE_LIMIT");
			json.put("limit", a.limit());
			json.put("above", a.above().name());
			json.put("otherwise", a.otherwise().name());
		}
		json.put("goodCounter", m.goodCounter());
		json.put("rejectCounter", m.rejectCounter());
		json.put("minorStopThreshold", (m.minorStopThreshold() != null) ? m.minorStopThreshold().toString() : null);
		json.put("updatedAt", m.updatedAt().toString());
		return json;
	}

}
