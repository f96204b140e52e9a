package io.kaiwu.production.bom.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.bom.BomDetails;
import io.kaiwu.production.bom.BomImport;
import io.kaiwu.production.bom.BomDraft;
import io.kaiwu.production.bom.Boms;
import io.kaiwu.production.bom.ManagingBoms;
import io.kaiwu.production.resource.web.SheetTemplate;
import io.kaiwu.production.resource.PlantDays;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.ImportReport;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Bills of materials (物料清单): versions with effectivity, the multi-level explosion and
 * where-used.
 */
@RestController
@RequestMapping("/api/v1/production/boms")
@PreAuthorize("hasRole('VIEWER')")
class BomApiController {

	private final ManagingBoms boms;

	private final BomImport imports;

	private final MessageSource messages;

	private final PlantDays days;

	BomApiController(ManagingBoms boms, BomImport imports, MessageSource messages, PlantDays days) {
		this.days = days;
		this.boms = boms;
		this.imports = imports;
		this.messages = messages;
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
		LocalDate day = (on != null) ? on : this.days.today(tenant());
		return this.boms.effective(tenant(), itemId, day)
			.orElseThrow(() -> new KaiwuProblem.NotFound("bom", itemId + " @ " + day));
	}

	/** The indented tree of an item's BOM effective on a day, for a quantity. */
	@GetMapping("/explosion")
	List<ManagingBoms.ExplodedRow> explosion(@RequestParam UUID itemId,
			@RequestParam(required = false) @Nullable LocalDate on,
			@RequestParam(defaultValue = "1") BigDecimal quantity) {
		return this.boms.explosion(tenant(), itemId, (on != null) ? on : this.days.today(tenant()), quantity);
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

	/**
	 * Imports BOM lines from an Excel or CSV file; all or nothing, every bad row
	 * reported.
	 */
	@PostMapping(path = "/import", consumes = "multipart/form-data")
	@PreAuthorize("hasRole('ENGINEER')")
	ImportReport importFile(@RequestParam("file") MultipartFile file) {
		String filename = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		try (InputStream in = file.getInputStream()) {
			return this.imports.importFile(tenant(), filename, in);
		}
		catch (IOException ex) {
			throw new KaiwuProblem.InvalidInput("file", "problem.import.unreadable", filename);
		}
	}

	/** The import template: the header in the user's language and two example lines. */
	@GetMapping("/import/template")
	ResponseEntity<byte[]> template() {
		return SheetTemplate.download("bom-lines", BomImport.COLUMNS.stream().map(this::heading).toList(),
				List.of(List.of("FG-GS-200", "A", "1", "2026-01-01", "", "SF-SHF-B02", "1", "0"),
						List.of("SF-SHF-B02", "A", "1", "2026-01-01", "2026-12-31", "RM-45-D50", "1.8", "3")));
	}

	private String heading(String column) {
		return this.messages.getMessage("production.bom.column." + column, null, column,
				LocaleContextHolder.getLocale());
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
