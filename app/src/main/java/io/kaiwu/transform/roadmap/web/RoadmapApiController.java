package io.kaiwu.transform.roadmap.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.roadmap.PlanningRoadmaps;
import io.kaiwu.transform.roadmap.ProjectDraft;
import io.kaiwu.transform.roadmap.RoadmapDraft;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Roadmaps (转型规划) over REST: proposed, then edited scenario by scenario and project by
 * project.
 */
@RestController
@RequestMapping("/api/v1/transform/roadmaps")
@PreAuthorize("hasRole('VIEWER')")
class RoadmapApiController {

	private final PlanningRoadmaps roadmaps;

	private final RoadmapJson json;

	RoadmapApiController(PlanningRoadmaps roadmaps, RoadmapJson json) {
		this.roadmaps = roadmaps;
		this.json = json;
	}

	/** The body that moves a scenario to another phase. */
	record Move(@Nullable Integer phase) {
	}

	@GetMapping
	List<Map<String, Object>> list() {
		return this.roadmaps.list(tenant()).stream().map(this.json::summary).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> propose(@RequestBody RoadmapDraft draft) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		return this.json.full(me.requireTenant(), this.roadmaps.propose(me.requireTenant(), draft, me.username()));
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		return this.json.full(tenant(), this.roadmaps.get(tenant(), id));
	}

	@PutMapping("/{id}/scenarios/{code}")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> move(@PathVariable UUID id, @PathVariable String code, @RequestBody Move body) {
		this.roadmaps.move(tenant(), id, code, body.phase());
		return get(id);
	}

	@PostMapping("/{id}/projects")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> addProject(@PathVariable UUID id, @RequestBody ProjectDraft draft) {
		return this.json.project(this.roadmaps.saveProject(tenant(), id, null, draft),
				this.roadmaps.get(tenant(), id).discountRate());
	}

	@PutMapping("/{id}/projects/{project}")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> changeProject(@PathVariable UUID id, @PathVariable UUID project,
			@RequestBody ProjectDraft draft) {
		return this.json.project(this.roadmaps.saveProject(tenant(), id, project, draft),
				this.roadmaps.get(tenant(), id).discountRate());
	}

	@DeleteMapping("/{id}/projects/{project}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void deleteProject(@PathVariable UUID id, @PathVariable UUID project) {
		this.roadmaps.deleteProject(tenant(), id, project);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
