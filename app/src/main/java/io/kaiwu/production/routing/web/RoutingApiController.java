package io.kaiwu.production.routing.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.routing.ManagingRoutings;
import io.kaiwu.production.routing.RoutingDetails;
import io.kaiwu.production.routing.RoutingDraft;
import io.kaiwu.production.routing.RoutingImport;
import io.kaiwu.production.routing.Routings;
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

/** Routings (工艺路线): versions with effectivity, steps and alternative resources. */
@RestController
@RequestMapping("/api/v1/production/routings")
@PreAuthorize("hasRole('VIEWER')")
class RoutingApiController {

	private final ManagingRoutings routings;

	private final RoutingImport imports;

	private final MessageSource messages;

	private final PlantDays days;

	RoutingApiController(ManagingRoutings routings, RoutingImport imports, MessageSource messages, PlantDays days) {
		this.days = days;
		this.routings = routings;
		this.imports = imports;
		this.messages = messages;
	}

	/** All versions, or those of one item. */
	@GetMapping
	List<RoutingDetails> list(@RequestParam(required = false) @Nullable UUID itemId) {
		return (itemId != null) ? this.routings.versions(tenant(), itemId) : this.routings.all(tenant());
	}

	/**
	 * The version of an item's routing effective in a plant on a day (today when not
	 * given), as orders read it. The plant may be left out while only one plant has a
	 * routing of the item that day.
	 */
	@GetMapping("/effective")
	Routings.Routing effective(@RequestParam UUID itemId, @RequestParam(required = false) @Nullable UUID plantId,
			@RequestParam(required = false) @Nullable LocalDate on) {
		LocalDate day = (on != null) ? on
				: ((plantId != null) ? this.days.today(tenant(), plantId) : this.days.today(tenant()));
		if (plantId != null) {
			return this.routings.effective(tenant(), itemId, plantId, day)
				.orElseThrow(() -> new KaiwuProblem.NotFound("routing", itemId + " @ " + plantId + " @ " + day));
		}
		List<Routings.Routing> inPlants = this.routings.effectiveInPlants(tenant(), itemId, day);
		if (inPlants.size() > 1) {
			throw new KaiwuProblem.InvalidInput("plantId", "production.routing.problem.plant-ambiguous",
					inPlants.size(), day);
		}
		return inPlants.stream()
			.findFirst()
			.orElseThrow(() -> new KaiwuProblem.NotFound("routing", itemId + " @ " + day));
	}

	@GetMapping("/{id}")
	RoutingDetails get(@PathVariable UUID id) {
		return this.routings.get(tenant(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	RoutingDetails create(@RequestBody RoutingDraft draft) {
		return this.routings.create(tenant(), draft);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	RoutingDetails update(@PathVariable UUID id, @RequestBody RoutingDraft draft) {
		return this.routings.update(tenant(), id, draft);
	}

	/**
	 * Imports routing steps from an Excel or CSV file; all or nothing, every bad row
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

	/** The import template: the header in the user's language and example steps. */
	@GetMapping("/import/template")
	ResponseEntity<byte[]> template() {
		return SheetTemplate.download("routing-steps", RoutingImport.COLUMNS.stream().map(this::heading).toList(),
				List.of(List.of("FG-GS-200", "A", "SHAFT", "2026-01-01", "", "10", "OP10", "调质", "WC-HT", "HT-01", "0",
						"60", ""),
						List.of("FG-GS-200", "A", "SHAFT", "2026-01-01", "", "20", "OP20", "精车", "WC-TURN",
								"CNC-02; CNC-01*0.9", "20", "180", "20")));
	}

	private String heading(String column) {
		return this.messages.getMessage("production.routing.column." + column, null, column,
				LocaleContextHolder.getLocale());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.routings.delete(tenant(), id);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
