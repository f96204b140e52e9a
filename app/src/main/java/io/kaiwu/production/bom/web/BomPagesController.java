package io.kaiwu.production.bom.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.bom.BomDetails;
import io.kaiwu.production.bom.BomDraft;
import io.kaiwu.production.bom.BomImport;
import io.kaiwu.production.bom.ManagingBoms;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
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
 * BOMs as pages: every version with its effectivity, the Excel import with its row
 * report, and the editor of one version (header and component lines by item code) beside
 * its multi-level tree for a day and quantity and where its item is used.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class BomPagesController {

	/** Empty lines the editor offers below the filled ones. */
	private static final int SPARE_LINES = 5;

	private final ManagingBoms boms;

	private final BomImport imports;

	private final ItemCatalog items;

	private final ProblemDetails problems;

	BomPagesController(ManagingBoms boms, BomImport imports, ItemCatalog items, ProblemDetails problems) {
		this.boms = boms;
		this.imports = imports;
		this.items = items;
		this.problems = problems;
	}

	/** One editor line: component code, quantity and scrap as typed. */
	record LineForm(String component, String quantity, String scrap) {
	}

	@GetMapping("/production/boms")
	String list(Model model) {
		model.addAttribute("boms", this.boms.all(tenant()));
		model.addAttribute("canEdit", CurrentPrincipal.get().has(Role.ENGINEER));
		model.addAttribute("lines", spare(List.of()));
		defaults(model);
		return "production/boms";
	}

	@GetMapping("/production/boms/{id}")
	String bom(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate on,
			@RequestParam(required = false) @Nullable BigDecimal quantity, Model model) {
		TenantId tenant = tenant();
		BomDetails bom = this.boms.get(tenant, id);
		LocalDate day = (on != null) ? on
				: (bom.validFrom().isAfter(LocalDate.now()) ? bom.validFrom() : LocalDate.now());
		BigDecimal amount = (quantity != null && quantity.signum() > 0) ? quantity : bom.baseQuantity();
		model.addAttribute("bom", bom);
		model.addAttribute("on", day);
		model.addAttribute("quantity", amount.toPlainString());
		model.addAttribute("tree", this.boms.explosion(tenant, bom.itemId(), day, amount));
		model.addAttribute("usedIn", this.boms.whereUsed(tenant, bom.itemId(), null));
		model.addAttribute("versions", this.boms.versions(tenant, bom.itemId()));
		model.addAttribute("canEdit", CurrentPrincipal.get().has(Role.ENGINEER));
		model.addAttribute("lines", spare(bom.lines()
			.stream()
			.map((l) -> new LineForm(l.componentCode(), l.quantity().toPlainString(), l.scrapPercent().toPlainString()))
			.toList()));
		defaults(model);
		return "production/bom";
	}

	@PostMapping("/production/boms")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@RequestParam(required = false) @Nullable String item,
			@RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String baseQuantity,
			@RequestParam(required = false) @Nullable String validFrom,
			@RequestParam(required = false) @Nullable String validTo,
			@RequestParam(name = "component", required = false) @Nullable List<String> components,
			@RequestParam(name = "quantity", required = false) @Nullable List<String> quantities,
			@RequestParam(name = "scrap", required = false) @Nullable List<String> scraps,
			RedirectAttributes redirect) {
		TenantId tenant = tenant();
		try {
			UUID itemId = this.items.byCode(tenant, (item != null) ? item.strip() : "")
				.map(ItemCatalog.ItemSummary::id)
				.orElseThrow(() -> new KaiwuProblem.InvalidInput("item", "production.import.item-unknown",
						(item != null) ? item.strip() : ""));
			BomDetails created = this.boms.create(tenant,
					draft(tenant, itemId, version, baseQuantity, validFrom, validTo, components, quantities, scraps));
			return "redirect:/production/boms/" + created.id();
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
			return "redirect:/production/boms";
		}
	}

	@PostMapping("/production/boms/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	String update(@PathVariable UUID id, @RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String baseQuantity,
			@RequestParam(required = false) @Nullable String validFrom,
			@RequestParam(required = false) @Nullable String validTo,
			@RequestParam(name = "component", required = false) @Nullable List<String> components,
			@RequestParam(name = "quantity", required = false) @Nullable List<String> quantities,
			@RequestParam(name = "scrap", required = false) @Nullable List<String> scraps,
			RedirectAttributes redirect) {
		TenantId tenant = tenant();
		try {
			BomDetails bom = this.boms.get(tenant, id);
			this.boms.update(tenant, id, draft(tenant, bom.itemId(), version, baseQuantity, validFrom, validTo,
					components, quantities, scraps));
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return "redirect:/production/boms/" + id;
	}

	@PostMapping("/production/boms/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.boms.delete(tenant(), id);
		return "redirect:/production/boms";
	}

	@PostMapping("/production/boms/import")
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
		return "redirect:/production/boms";
	}

	private BomDraft draft(TenantId tenant, UUID itemId, @Nullable String version, @Nullable String baseQuantity,
			@Nullable String validFrom, @Nullable String validTo, @Nullable List<String> components,
			@Nullable List<String> quantities, @Nullable List<String> scraps) {
		List<BomDraft.Line> lines = new ArrayList<>();
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		List<String> codes = (components != null) ? components : List.of();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i).strip();
			if (code.isEmpty()) {
				continue;
			}
			String at = "lines[" + lines.size() + "]";
			UUID component = this.items.byCode(tenant, code).map(ItemCatalog.ItemSummary::id).orElse(null);
			if (component == null) {
				errors.add(new KaiwuProblem.FieldError(at, "production.import.item-unknown", code));
			}
			lines.add(new BomDraft.Line(component, number(at(quantities, i), at + ".quantity", errors),
					number(at(scraps, i), at + ".scrapPercent", errors)));
		}
		LocalDate from = date(validFrom, "validFrom", errors);
		LocalDate to = date(validTo, "validTo", errors);
		BigDecimal base = number(baseQuantity, "baseQuantity", errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new BomDraft(itemId, version, base, from, to, lines);
	}

	private static String at(@Nullable List<String> values, int index) {
		return (values != null && index < values.size()) ? values.get(index) : "";
	}

	private static @Nullable BigDecimal number(@Nullable String text, String field,
			List<KaiwuProblem.FieldError> errors) {
		if (text == null || text.isBlank()) {
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

	private static List<LineForm> spare(List<LineForm> filled) {
		List<LineForm> lines = new ArrayList<>(filled);
		for (int i = 0; i < SPARE_LINES; i++) {
			lines.add(new LineForm("", "", ""));
		}
		return lines;
	}

	private static void defaults(Model model) {
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
