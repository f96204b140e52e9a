package io.kaiwu.health.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.health.kernel.Assessment;
import io.kaiwu.health.profile.HealthProfile;
import io.kaiwu.health.profile.ManagingProfiles;
import io.kaiwu.health.profile.ProfileDraft;
import io.kaiwu.health.profile.ProfileRecords;
import io.kaiwu.health.watch.AssessmentRecords;
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
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The machine health page (设备健康): each watched machine's health index, phase and
 * remaining life, and a form that tells a machine's monitor which signals to watch.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class HealthPagesController {

	private final ManagingProfiles managing;

	private final ProfileRecords profiles;

	private final AssessmentRecords assessments;

	private final EquipmentCatalog equipment;

	private final ProblemDetails problems;

	HealthPagesController(ManagingProfiles managing, ProfileRecords profiles, AssessmentRecords assessments,
			EquipmentCatalog equipment, ProblemDetails problems) {
		this.managing = managing;
		this.profiles = profiles;
		this.assessments = assessments;
		this.equipment = equipment;
		this.problems = problems;
	}

	/** A watched machine as the page shows it. */
	record Row(EquipmentSummary machine, HealthProfile profile, @Nullable Assessment assessment) {
	}

	/** The profile form as the browser sends it. */
	record ProfileForm(@Nullable UUID equipmentId, @Nullable String vibration, @Nullable String temperature,
			@Nullable String load) {
	}

	@GetMapping("/health")
	String list(Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		Map<UUID, Assessment> newest = new HashMap<>();
		this.assessments.ofTenant(tenant).forEach((s) -> newest.put(s.equipmentId(), s.assessment()));
		Map<UUID, EquipmentSummary> machines = new HashMap<>();
		List<EquipmentSummary> all = this.equipment.all(tenant);
		all.forEach((e) -> machines.put(e.id(), e));
		List<Row> rows = this.profiles.ofTenant(tenant)
			.stream()
			.filter((p) -> machines.containsKey(p.equipmentId()))
			.map((p) -> new Row(machines.get(p.equipmentId()), p, newest.get(p.equipmentId())))
			.sorted((a, b) -> a.machine().code().compareTo(b.machine().code()))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("connected", all.stream().filter((e) -> e.deviceId() != null).toList());
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		model.addAttribute("errors", List.of());
		return "health/list";
	}

	@PostMapping("/health/profiles")
	@PreAuthorize("hasRole('ENGINEER')")
	String setProfile(@ModelAttribute ProfileForm form, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		try {
			if (form.equipmentId() == null) {
				throw new KaiwuProblem.InvalidInput("equipmentId", "problem.health.required");
			}
			this.managing.set(tenant, form.equipmentId(),
					new ProfileDraft(form.vibration(), form.temperature(), form.load()));
			return "redirect:/health";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			list(model);
			model.addAttribute("errors", this.problems.lines(ex));
			model.addAttribute("form", form);
			return "health/list";
		}
	}

}
