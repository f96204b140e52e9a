package io.kaiwu.health.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.health.profile.HealthProfile;
import io.kaiwu.health.profile.ManagingProfiles;
import io.kaiwu.health.profile.ProfileDraft;
import io.kaiwu.health.profile.ProfileRecords;
import io.kaiwu.health.watch.AssessmentRecords;
import io.kaiwu.health.watch.HealthWatch;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;

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
 * Machine health over REST: which signals feed each machine's monitor, its newest
 * assessment (health index, phase, remaining life with its band) and its warnings.
 */
@RestController
@RequestMapping("/api/v1/health")
@PreAuthorize("hasRole('VIEWER')")
class HealthApiController {

	private final ManagingProfiles managing;

	private final ProfileRecords profiles;

	private final AssessmentRecords assessments;

	private final EquipmentCatalog equipment;

	private final HealthWatch watch;

	HealthApiController(ManagingProfiles managing, ProfileRecords profiles, AssessmentRecords assessments,
			EquipmentCatalog equipment, HealthWatch watch) {
		this.watch = watch;
		this.managing = managing;
		this.profiles = profiles;
		this.assessments = assessments;
		this.equipment = equipment;
	}

	/** Every watched machine of the tenant with its newest assessment. */
	@GetMapping
	List<Map<String, Object>> list() {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		Map<UUID, AssessmentRecords.Stored> newest = new LinkedHashMap<>();
		this.assessments.ofTenant(tenant).forEach((s) -> newest.put(s.equipmentId(), s));
		return this.profiles.ofTenant(tenant).stream().map((p) -> {
			Map<String, Object> json = machine(tenant, p.equipmentId());
			json.put("profile", HealthJson.profile(p));
			AssessmentRecords.Stored s = newest.get(p.equipmentId());
			json.put("assessment", (s != null) ? HealthJson.assessment(s.assessment()) : null);
			return json;
		}).toList();
	}

	@GetMapping("/{equipmentId}")
	Map<String, Object> get(@PathVariable UUID equipmentId) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		Map<String, Object> json = machine(tenant, equipmentId);
		json.put("profile", this.managing.find(tenant, equipmentId).map(HealthJson::profile).orElse(null));
		json.put("watched", this.watch.watches(equipmentId));
		json.put("assessment",
				this.assessments.find(tenant, equipmentId)
					.map((s) -> HealthJson.assessment(s.assessment()))
					.orElse(null));
		json.put("warnings",
				this.assessments.warnings(tenant, equipmentId, 20).stream().map(HealthJson::warning).toList());
		return json;
	}

	@PutMapping("/{equipmentId}/profile")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> setProfile(@PathVariable UUID equipmentId, @RequestBody ProfileDraft draft) {
		HealthProfile p = this.managing.set(CurrentPrincipal.get().requireTenant(), equipmentId, draft);
		return HealthJson.profile(p);
	}

	@DeleteMapping("/{equipmentId}/profile")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void removeProfile(@PathVariable UUID equipmentId) {
		this.managing.remove(CurrentPrincipal.get().requireTenant(), equipmentId);
	}

	private Map<String, Object> machine(TenantId tenant, UUID equipmentId) {
		EquipmentSummary e = this.equipment.equipment(tenant, equipmentId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("equipment", equipmentId));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("equipmentId", e.id());
		json.put("code", e.code());
		json.put("name", e.name());
		return json;
	}

}
