package io.kaiwu.production.bom.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.bom.BomDetails;
import io.kaiwu.production.bom.BomDraft;
import io.kaiwu.production.bom.Boms;
import io.kaiwu.production.bom.ManagingBoms;
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
 * Bills of materials (物料清单): versions with effectivity, the multi-level explosion and
 * where-used.
 */
@RestController
@RequestMapping("/api/v1/production/boms")
@PreAuthorize("hasRole('VIEWER')")
class BomApiController {

	private final ManagingBoms boms;

	BomApiController(ManagingBoms boms) {
		this.boms = boms;
	}

	/** All versions, or those of one parent item. */
	@GetMapping
	List<BomDetails> list(@RequestParam(required = false) @Nullable UUID itemId) {
		return (itemId != null) ? this.boms.versions(tenant(), itemId) : this.boms.all(tenant());
	}

	@GetMapping("/{id}")
	BomDetails get(@PathVariable UUID id) {
		return this.boms.get(tenant(), id);
	}

	/**
	 * The version of an item's BOM effective on a day (today when not given), as MRP
	 * reads it.
	 */
	@GetMapping("/effective")
	Boms.BomVersion effective(@RequestParam UUID itemId, @RequestParam(required = false) @Nullable LocalDate on) {
		LocalDate day = (on != null) ? on : LocalDate.now();
		return this.boms.effective(tenant(), itemId, day)
			.orElseThrow(() -> new KaiwuProblem.NotFound("bom", itemId + " @ " + day));
	}

	/** The indented tree of an item's BOM effective on a day, for a quantity. */
	@GetMapping("/explosion")
	List<ManagingBoms.ExplodedRow> explosion(@RequestParam UUID itemId,
			@RequestParam(required = false) @Nullable LocalDate on,
			@RequestParam(defaultValue = "1") BigDecimal quantity) {
		return this.boms.explosion(tenant(), itemId, (on != null) ? on : LocalDate.now(), quantity);
	}

	/**
	 * Every BOM above an item, on all levels; only versions effective on {@code on} if
	 * given.
	 */
	@GetMapping("/where-used")
	List<ManagingBoms.UsedIn> whereUsed(@RequestParam UUID itemId,
			@RequestParam(required = false) @Nullable LocalDate on) {
		return this.boms.whereUsed(tenant(), itemId, on);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	BomDetails create(@RequestBody BomDraft draft) {
		return this.boms.create(tenant(), draft);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	BomDetails update(@PathVariable UUID id, @RequestBody BomDraft draft) {
		return this.boms.update(tenant(), id, draft);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.boms.delete(tenant(), id);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
