package io.kaiwu.production.routing.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.resource.ManagingWorkCentres;
import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.production.routing.AlternativeCodes;
import io.kaiwu.production.routing.ManagingRoutings;
import io.kaiwu.production.routing.RoutingDetails;
import io.kaiwu.production.routing.RoutingDraft;
import io.kaiwu.production.routing.RoutingImport;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Routings as pages: every version, the Excel import with its row report, and the editor
 * of one version: its steps with work centre, alternative resources written as
 * {@code CNC-01*1.2; CNC-02}, setup and run times and transfer batch.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class RoutingPagesController {

	private static final int SPARE_STEPS = 3;

	private final ManagingRoutings routings;

	private final RoutingImport imports;

	private final ManagingWorkCentres centres;

	private final ItemCatalog items;

	private final ProblemDetails problems;

	private final EnterpriseStructure structure;

	RoutingPagesController(ManagingRoutings routings, RoutingImport imports, ManagingWorkCentres centres,
			ItemCatalog items, ProblemDetails problems, EnterpriseStructure structure) {
		this.routings = routings;
		this.imports = imports;
		this.centres = centres;
		this.items = items;
		this.problems = problems;
		this.structure = structure;
	}

	/** One editor row as typed. */
	record StepForm(String sequence, String operationCode, String name, String workCentre, String resources,
			String setupMinutes, String runSeconds, String transferBatch) {
	}

	@GetMapping("/production/routings")
	String list(Model model) {
		model.addAttribute("routings", this.routings.all(tenant()));
		// each version's plant by code, as the structure names it
		Map<UUID, String> plantCodes = new HashMap<>();
		this.structure.sites(tenant()).forEach((p) -> plantCodes.put(p.id(), p.code()));
		model.addAttribute("plantCodes", plantCodes);
		model.addAttribute("steps", spare(List.of()));
		common(model);
		return "production/routings";
	}

	@GetMapping("/production/routings/{id}")
	String routing(@PathVariable UUID id, Model model) {
		TenantId tenant = tenant();
		RoutingDetails routing = this.routings.get(tenant, id);
		model.addAttribute("routing", routing);
		model.addAttribute("versions", this.routings.versions(tenant, routing.itemId()));
		model.addAttribute("steps",
				spare(routing.steps()
					.stream()
					.map((s) -> new StepForm(String.valueOf(s.sequence()), s.operationCode(), s.name(),
							s.workCentreCode(), AlternativeCodes.format(s.resources()),
							s.setupMinutes().toPlainString(), s.runSecondsPerUnit().toPlainString(),
							(s.transferBatch() != null) ? s.transferBatch().toPlainString() : ""))
					.toList()));
		common(model);
		return "production/routing";
	}

	@PostMapping("/production/routings")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@RequestParam(required = false) @Nullable String item,
			@RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String productFamily,
			@RequestParam(required = false) @Nullable String validFrom,
			@RequestParam(required = false) @Nullable String validTo, Form steps, RedirectAttributes redirect) {
		TenantId tenant = tenant();
		try {
			String code = (item != null) ? item.strip() : "";
			UUID itemId = this.items.byCode(tenant, code)
				.map(ItemCatalog.ItemSummary::id)
				.orElseThrow(() -> new KaiwuProblem.InvalidInput("item", "production.import.item-unknown", code));
			RoutingDetails created = this.routings.create(tenant,
					draft(tenant, itemId, version, productFamily, validFrom, validTo, steps));
			return "redirect:/production/routings/" + created.id();
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
			return "redirect:/production/routings";
		}
	}

	@PostMapping("/production/routings/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	String update(@PathVariable UUID id, @RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String productFamily,
			@RequestParam(required = false) @Nullable String validFrom,
			@RequestParam(required = false) @Nullable String validTo, Form steps, RedirectAttributes redirect) {
		TenantId tenant = tenant();
		try {
			RoutingDetails routing = this.routings.get(tenant, id);
			this.routings.update(tenant, id,
					draft(tenant, routing.itemId(), version, productFamily, validFrom, validTo, steps));
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return "redirect:/production/routings/" + id;
	}

	@PostMapping("/production/routings/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.routings.delete(tenant(), id);
		return "redirect:/production/routings";
	}

	@PostMapping("/production/routings/import")
	@PreAuthorize("hasRole('ENGINEER')")
	String importFile(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
		String filename = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		try (InputStream in = file.getInputStream()) {
			redirect.addFlashAttribute("report", this.imports.importFile(tenant(), filename, in));
			redirect.addFlashAttribute("reportFile", filename);
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("errors",
					this.problems.lines(new KaiwuProblem.InvalidInput("file", "problem.import.unreadable", filename)));
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return "redirect:/production/routings";
	}

	/**
	 * The editor's step columns, one list per column, row by row.
	 *
	 * @param sequence the sequence numbers
	 * @param operationCode the operation codes
	 * @param name the names
	 * @param workCentre the work centre codes
	 * @param resources the alternative resources as text
	 * @param setupMinutes the setup times
	 * @param runSeconds the run times per unit
	 * @param transferBatch the transfer batches
	 */
	record Form(@Nullable List<String> sequence, @Nullable List<String> operationCode, @Nullable List<String> name,
			@Nullable List<String> workCentre, @Nullable List<String> resources, @Nullable List<String> setupMinutes,
			@Nullable List<String> runSeconds, @Nullable List<String> transferBatch) {
	}

	private RoutingDraft draft(TenantId tenant, UUID itemId, @Nullable String version, @Nullable String family,
			@Nullable String validFrom, @Nullable String validTo, Form form) {
		Map<String, UUID> centres = new HashMap<>();
		this.centres.workCentres(tenant).forEach((c) -> centres.put(c.code().toUpperCase(Locale.ROOT), c.id()));
		Map<String, UUID> resources = new HashMap<>();
		for (WorkCentres.Resource r : this.centres.allResources(tenant)) {
			resources.put(r.code().toUpperCase(Locale.ROOT), r.id());
		}
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		List<RoutingDraft.Step> steps = new ArrayList<>();
		List<String> codes = (form.operationCode() != null) ? form.operationCode() : List.of();
		for (int i = 0; i < codes.size(); i++) {
			if (codes.get(i).isBlank() && at(form.sequence(), i).isBlank()) {
				continue;
			}
			String field = "steps[" + steps.size() + "]";
			String centreCode = at(form.workCentre(), i).strip();
			UUID centre = centres.get(centreCode.toUpperCase(Locale.ROOT));
			if (centre == null) {
				errors.add(new KaiwuProblem.FieldError(field + ".workCentre", "production.import.work-centre-unknown",
						centreCode));
			}
			AlternativeCodes.Parsed parsed = AlternativeCodes.parse(at(form.resources(), i), resources);
			parsed.problems()
				.forEach(
						(p) -> errors.add(new KaiwuProblem.FieldError(field + ".resources", p.messageKey(), p.text())));
			BigDecimal sequence = number(at(form.sequence(), i), field + ".sequence", errors);
			steps.add(new RoutingDraft.Step((sequence != null) ? sequence.intValue() : null, codes.get(i),
					at(form.name(), i), centre, parsed.alternatives(),
					number(at(form.setupMinutes(), i), field + ".setupMinutes", errors),
					number(at(form.runSeconds(), i), field + ".runSecondsPerUnit", errors),
					number(at(form.transferBatch(), i), field + ".transferBatch", errors)));
		}
		LocalDate from = date(validFrom, "validFrom", errors);
		LocalDate to = date(validTo, "validTo", errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new RoutingDraft(itemId, version, family, from, to, steps);
	}

	private static String at(@Nullable List<String> values, int index) {
		return (values != null && index < values.size()) ? values.get(index) : "";
	}

	private static @Nullable BigDecimal number(String text, String field, List<KaiwuProblem.FieldError> errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.add(new KaiwuProblem.FieldError(field, "production.import.number", text));
			return null;
		}
	}

	private static @Nullable LocalDate date(@Nullable String text, String field, List<KaiwuProblem.FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new KaiwuProblem.FieldError(field, "production.import.date", text));
			return null;
		}
	}

	private static List<StepForm> spare(List<StepForm> filled) {
		List<StepForm> steps = new ArrayList<>(filled);
		for (int i = 0; i < SPARE_STEPS; i++) {
			steps.add(new StepForm("", "", "", "", "", "", "", ""));
		}
		return steps;
	}

	private void common(Model model) {
		model.addAttribute("centres", this.centres.workCentres(tenant()));
		model.addAttribute("canEdit", CurrentPrincipal.get().has(Role.ENGINEER));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
