package io.kaiwu.quality.defect.web;

import java.util.List;
import java.util.UUID;

import io.kaiwu.quality.defect.DefectCode;
import io.kaiwu.quality.defect.DefectCodes;
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

/**
 * The defect code tree (缺陷代码): everyone in the tenant reads it, quality engineers keep
 * it. The list answers parents before children with each node's depth.
 */
@RestController
@RequestMapping("/api/v1/quality/defect-codes")
@PreAuthorize("hasRole('VIEWER')")
class DefectCodeApiController {

	private final DefectCodes codes;

	DefectCodeApiController(DefectCodes codes) {
		this.codes = codes;
	}

	@GetMapping
	List<DefectCode> list() {
		return this.codes.tree(tenant());
	}

	@GetMapping("/{id}")
	DefectCode get(@PathVariable UUID id) {
		return this.codes.get(tenant(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	DefectCode create(@RequestBody DefectCodes.Draft draft) {
		return this.codes.create(tenant(), draft);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	DefectCode update(@PathVariable UUID id, @RequestBody DefectCodes.Draft draft) {
		return this.codes.update(tenant(), id, draft);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.codes.delete(tenant(), id);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
