package io.kaiwu.production.resource.web;

import java.util.List;
import java.util.UUID;

import io.kaiwu.production.resource.ManagingWorkCentres;
import io.kaiwu.production.resource.WorkCentreDraft;
import io.kaiwu.production.resource.WorkCentres.Resource;
import io.kaiwu.production.resource.WorkCentres.WorkCentre;
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

/** Work centres (工作中心) in the plants: everyone reads them, engineers keep them. */
@RestController
@RequestMapping("/api/v1/production/work-centres")
@PreAuthorize("hasRole('VIEWER')")
class WorkCentreApiController {

	private final ManagingWorkCentres centres;

	WorkCentreApiController(ManagingWorkCentres centres) {
		this.centres = centres;
	}

	@GetMapping
	List<WorkCentre> list() {
		return this.centres.workCentres(tenant());
	}

	@GetMapping("/{id}")
	WorkCentre get(@PathVariable UUID id) {
		return this.centres.requireWorkCentre(tenant(), id);
	}

	@GetMapping("/{id}/resources")
	List<Resource> resources(@PathVariable UUID id) {
		this.centres.requireWorkCentre(tenant(), id);
		return this.centres.resources(tenant(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	WorkCentre create(@RequestBody WorkCentreDraft draft) {
		return this.centres.createWorkCentre(tenant(), draft);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	WorkCentre update(@PathVariable UUID id, @RequestBody WorkCentreDraft draft) {
		return this.centres.updateWorkCentre(tenant(), id, draft);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.centres.deleteWorkCentre(tenant(), id);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
