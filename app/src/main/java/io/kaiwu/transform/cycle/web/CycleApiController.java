package io.kaiwu.transform.cycle.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.cycle.CycleDraft;
import io.kaiwu.transform.cycle.RunningCycles;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** PDCA cycles (规划-实施-评估-优化循环) over REST. */
@RestController
@RequestMapping("/api/v1/transform/cycles")
@PreAuthorize("hasRole('VIEWER')")
class CycleApiController {

	private final RunningCycles cycles;

	private final CycleJson json;

	CycleApiController(RunningCycles cycles, CycleJson json) {
		this.cycles = cycles;
		this.json = json;
	}

	/** The body that closes a cycle. */
	record Closing(@Nullable String note) {
	}

	@GetMapping
	List<Map<String, Object>> list() {
		return this.cycles.list(tenant()).stream().map(this.json::cycle).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> start(@RequestBody CycleDraft draft) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		return this.json.cycle(this.cycles.start(me.requireTenant(), draft, me.username()));
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		return this.json.cycle(this.cycles.get(tenant(), id));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> change(@PathVariable UUID id, @RequestBody CycleDraft draft) {
		return this.json.cycle(this.cycles.change(tenant(), id, draft));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> close(@PathVariable UUID id, @RequestBody Closing body) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		return this.json.cycle(this.cycles.close(me.requireTenant(), id, body.note(), me.username()));
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
