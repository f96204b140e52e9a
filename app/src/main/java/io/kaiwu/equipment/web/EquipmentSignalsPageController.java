package io.kaiwu.equipment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.equipment.MachineState;
import io.kaiwu.equipment.documents.EquipmentDocuments;
import io.kaiwu.equipment.registry.Equipment;
import io.kaiwu.equipment.registry.ManagingEquipment;
import io.kaiwu.equipment.signals.MachineSignals;
import io.kaiwu.equipment.signals.SignalDraft;
import io.kaiwu.equipment.signals.SignalMapping;
import io.kaiwu.equipment.state.StateMapping;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A machine's signal mapping as a form: the device's properties to choose from, the value
 * table as one {@code value=STATE} per line.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class EquipmentSignalsPageController {

	private final ManagingEquipment equipment;

	private final MachineSignals signals;

	private final DeviceCatalog devices;

	private final ProblemDetails problems;

	private final EquipmentDocuments documents;

	EquipmentSignalsPageController(ManagingEquipment equipment, MachineSignals signals, DeviceCatalog devices,
			ProblemDetails problems, EquipmentDocuments documents) {
		this.equipment = equipment;
		this.signals = signals;
		this.devices = devices;
		this.problems = problems;
		this.documents = documents;
	}

	/** The form's fields as the browser sends them. */
	record SignalForm(@Nullable String stateProperty, @Nullable String stateKind, @Nullable String stateValues,
			@Nullable String limit, @Nullable String above, @Nullable String otherwise, @Nullable String goodCounter,
			@Nullable String rejectCounter, @Nullable String minorStopThreshold) {

		static SignalForm of(SignalMapping m) {
			if (m.state() instanceof StateMapping.ByValue v) {
				String lines = v.states()
					.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map((e) -> e.getKey() + "=" + e.getValue().name())
					.collect(Collectors.joining("\n"));
				return new SignalForm(v.property(), "BY_VALUE", lines, null, null, v.otherwise().name(),
						m.goodCounter(), m.rejectCounter(), duration(m));
			}
			StateMapping.AboveLimit a = (StateMapping.AboveLimit) m.state();
			return new SignalForm(a.property(), "ABOVE_LIMIT", null, String.valueOf(a.limit()), a.above().name(),
					a.otherwise().name(), m.goodCounter(), m.rejectCounter(), duration(m));
		}

		private static @Nullable String duration(SignalMapping m) {
			return (m.minorStopThreshold() != null) ? m.minorStopThreshold().toString() : null;
		}

		/** The draft; a line of the value table without {@code =} is refused. */
		SignalDraft draft() {
			Map<String, String> table = new LinkedHashMap<>();
			if (this.stateValues != null) {
				for (String line : this.stateValues.split("\\R")) {
					if (line.isBlank()) {
						continue;
					}
					int eq = line.indexOf('=');
					if (eq <= 0) {
						throw new KaiwuProblem.InvalidInput("stateValues", "problem.equipment.signals.value-line",
								line.strip());
					}
					table.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
				}
			}
			Double limitValue = null;
			if (this.limit != null && !this.limit.isBlank()) {
				try {
					limitValue = Double.valueOf(this.limit.strip());
				}
				catch (NumberFormatException ex) {
					throw new KaiwuProblem.InvalidInput("limit", "problem.equipment.signals.limit", this.limit);
				}
			}
			return new SignalDraft(this.stateProperty, this.stateKind, table, limitValue, blank(this.above),
					this.otherwise, blank(this.goodCounter), blank(this.rejectCounter), this.minorStopThreshold);
		}

		private static @Nullable String blank(@Nullable String value) {
			return (value == null || value.isBlank()) ? null : value;
		}

	}

	@GetMapping("/equipment/{id}/signals")
	String form(@PathVariable UUID id, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		Equipment machine = this.equipment.get(tenant, id);
		SignalForm form = null;
		try {
			form = SignalForm.of(this.signals.get(tenant, id));
		}
		catch (KaiwuProblem.NotFound ex) {
			// not mapped yet: an empty form
		}
		return show(machine, form, List.of(), model);
	}

	@PostMapping("/equipment/{id}/signals")
	@PreAuthorize("hasRole('ENGINEER')")
	String save(@PathVariable UUID id, @ModelAttribute SignalForm form, Model model, RedirectAttributes redirect) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		Equipment machine = this.equipment.get(tenant, id);
		try {
			this.signals.save(tenant, id, form.draft());
			redirect.addFlashAttribute("notice", this.problems.message("equipment.signals.saved"));
			return "redirect:/equipment/" + id + "/signals";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			List<String> errors = this.problems.lines(ex);
			return show(machine, form, errors, model);
		}
	}

	private String show(Equipment machine, @Nullable SignalForm form, List<String> errors, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		List<PropertyDefinition> properties = (machine.deviceId() != null)
				? this.devices.device(machine.tenant(), machine.deviceId())
					.map((d) -> d.thingModel().properties())
					.orElse(List.of())
				: List.of();
		model.addAttribute("machine", machine);
		model.addAttribute("properties", properties);
		model.addAttribute("states", MachineState.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		model.addAttribute("documents", this.documents.list(machine.tenant(), machine.id()));
		model.addAttribute("maxMegabytes", EquipmentDocuments.MAX_BYTES / 1024 / 1024);
		return "equipment/signals";
	}

}
