package io.kaiwu.production.resource.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.resource.ManagingWorkCentres;
import io.kaiwu.production.resource.ResourceDraft;
import io.kaiwu.production.resource.WorkCentres.Resource;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
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
 * Resources (资源) in the work centres, bound to machines, and when each can work: its
 * plant's planned shifts minus its machine's planned maintenance windows.
 */
@RestController
@RequestMapping("/api/v1/production/resources")
@PreAuthorize("hasRole('VIEWER')")
class ResourceApiController {

	/** The longest span one availability request may cover. */
	private static final java.time.Duration MAX_SPAN = java.time.Duration.ofDays(366);

	private final ManagingWorkCentres centres;

	ResourceApiController(ManagingWorkCentres centres) {
		this.centres = centres;
	}

	@GetMapping
	List<Resource> list(@RequestParam(required = false) @Nullable UUID workCentreId) {
		return (workCentreId != null) ? this.centres.resources(tenant(), workCentreId)
				: this.centres.allResources(tenant());
	}

	@GetMapping("/{id}")
	Resource get(@PathVariable UUID id) {
		return this.centres.requireResource(tenant(), id);
	}

	@GetMapping("/{id}/availability")
	ManagingWorkCentres.Availability availability(@PathVariable UUID id, @RequestParam Instant from,
			@RequestParam Instant to) {
		if (to.isBefore(from) || java.time.Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
			throw new KaiwuProblem.InvalidInput("to", "production.problem.span", from, to);
		}
		return this.centres.availability(tenant(), id, from, to);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Resource create(@RequestBody ResourceDraft draft) {
		return this.centres.createResource(tenant(), draft);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	Resource update(@PathVariable UUID id, @RequestBody ResourceDraft draft) {
		return this.centres.updateResource(tenant(), id, draft);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.centres.deleteResource(tenant(), id);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
