package io.kaiwu.equipment.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.equipment.Criticality;
import io.kaiwu.equipment.registry.EquipmentDraft;
import io.kaiwu.equipment.registry.ManagingEquipment;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The equipment registry (设备台账) as a page: the list, and a form for a new machine. */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class EquipmentPageController {

	private final ManagingEquipment equipment;

	private final EnterpriseStructure structure;

	private final DeviceRegistry devices;

	private final ProblemDetails problems;

	EquipmentPageController(ManagingEquipment equipment, EnterpriseStructure structure, DeviceRegistry devices,
			ProblemDetails problems) {
		this.equipment = equipment;
		this.structure = structure;
		this.devices = devices;
		this.problems = problems;
	}

	/** The form's fields as the browser sends them; the device is named by its key. */
	record EquipmentForm(@Nullable String code, @Nullable String name, @Nullable String deviceKey,
			@Nullable UUID nodeId, @Nullable String model, @Nullable String vendor, @Nullable String serialNumber,
			@Nullable String commissionedOn, @Nullable String criticality, @Nullable String idealCycleTime) {

		EquipmentDraft draft(@Nullable UUID deviceId) {
			return new EquipmentDraft(this.code, this.name, deviceId, this.nodeId, this.model, this.vendor,
					this.serialNumber, this.commissionedOn, this.criticality, this.idealCycleTime);
		}

	}

	@GetMapping("/equipment")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		model.addAttribute("page", this.equipment.list(me.requireTenant(), PageQuery.of(page, 50)));
		model.addAttribute("nodes", this.structure.allNodes(me.requireTenant()));
		model.addAttribute("criticalities", Criticality.values());
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		model.addAttribute("errors", List.of());
		return "equipment/list";
	}

	@PostMapping("/equipment")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@ModelAttribute EquipmentForm form, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		try {
			this.equipment.create(me.requireTenant(), form.draft(deviceId(me.requireTenant(), form.deviceKey())));
			return "redirect:/equipment";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			list(null, model);
			model.addAttribute("errors", this.problems.lines(ex));
			model.addAttribute("form", form);
			return "equipment/list";
		}
	}

	@PostMapping("/equipment/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.equipment.delete(CurrentPrincipal.get().requireTenant(), id);
		return "redirect:/equipment";
	}

	/** The tenant's device with this key; a key of another tenant is unknown. */
	private @Nullable UUID deviceId(TenantId tenant, @Nullable String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		Optional<DeviceSummary> device = this.devices.findByKey(key.strip()).filter((d) -> d.tenant().equals(tenant));
		return device.map(DeviceSummary::deviceId)
			.orElseThrow(() -> new KaiwuProblem.InvalidInput("deviceKey", "problem.equipment.unknown-device-key", key));
	}

}
