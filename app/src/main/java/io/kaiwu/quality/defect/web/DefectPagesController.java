package io.kaiwu.quality.defect.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.quality.defect.DefectCode;
import io.kaiwu.quality.defect.DefectCodes;
import io.kaiwu.quality.defect.DefectDraft;
import io.kaiwu.quality.defect.DefectFilter;
import io.kaiwu.quality.defect.DefectPhotos;
import io.kaiwu.quality.defect.DefectRecord;
import io.kaiwu.quality.defect.DefectRecords;
import io.kaiwu.quality.defect.ParetoDimension;
import io.kaiwu.quality.defect.kernel.Pareto;
import io.kaiwu.quality.nonconformance.NonconformanceSettings;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
 * Defects as a page for a tablet at the line: a form to record defects (code, item and
 * supplier by their codes, where on the part, a photo from the camera), the Pareto chart
 * of a period by code, category, item, line, shift or supplier, and the latest records.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class DefectPagesController {

	private final DefectRecords records;

	private final DefectCodes codes;

	private final DefectPhotos photos;

	private final ItemCatalog items;

	private final PartnerCatalog partners;

	private final EnterpriseStructure structure;

	private final NonconformanceSettings settings;

	private final ProblemDetails problems;

	private final JsonMapper json;

	DefectPagesController(DefectRecords records, DefectCodes codes, DefectPhotos photos, ItemCatalog items,
			PartnerCatalog partners, EnterpriseStructure structure, NonconformanceSettings settings,
			ProblemDetails problems, JsonMapper json) {
		this.records = records;
		this.codes = codes;
		this.photos = photos;
		this.items = items;
		this.partners = partners;
		this.structure = structure;
		this.settings = settings;
		this.problems = problems;
		this.json = json;
	}

	@GetMapping("/quality/defects")
	String defects(@RequestParam(defaultValue = "CODE") ParetoDimension by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		ZoneId zone = this.settings.zone();
		LocalDate last = (to != null) ? to : LocalDate.now(zone);
		LocalDate first = (from != null && from.isBefore(last.plusDays(1))) ? from : last.minusDays(29);
		Instant start = first.atStartOfDay(zone).toInstant();
		Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
		Pareto pareto = this.records.pareto(tenant, by, start, end, LocaleContextHolder.getLocale());
		model.addAttribute("by", by);
		model.addAttribute("dimensions", ParetoDimension.values());
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("pareto", pareto);
		model.addAttribute("paretoChart", this.json.writeValueAsString(pareto.bars()));
		List<DefectCode> tree = this.codes.tree(tenant);
		model.addAttribute("codes", tree);
		Map<UUID, String> names = new HashMap<>();
		tree.forEach((c) -> names.put(c.id(), c.code() + " " + c.name(LocaleContextHolder.getLocale())));
		model.addAttribute("codeNames", names);
		model.addAttribute("lines",
				this.structure.allNodes(tenant).stream().filter((n) -> n.level() != NodeLevel.SITE).toList());
		model.addAttribute("latest",
				this.records.list(tenant, new DefectFilter(start, end, null, null, null, null), PageQuery.of(0, 20)));
		model.addAttribute("canRecord", me.has(Role.OPERATOR));
		model.addAttribute("when", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "quality/defects";
	}

	@PostMapping("/quality/defects")
	@PreAuthorize("hasRole('OPERATOR')")
	String record(@RequestParam(required = false) @Nullable UUID codeId,
			@RequestParam(required = false) @Nullable String itemCode,
			@RequestParam(required = false) @Nullable String quantity,
			@RequestParam(required = false) @Nullable String location,
			@RequestParam(required = false) @Nullable String drawingX,
			@RequestParam(required = false) @Nullable String drawingY,
			@RequestParam(required = false) @Nullable UUID lineId,
			@RequestParam(required = false) @Nullable String shiftName,
			@RequestParam(required = false) @Nullable String supplierCode,
			@RequestParam(required = false) @Nullable String lotNumber,
			@RequestParam(required = false) @Nullable String foundAt,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
			RedirectAttributes redirect) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		try {
			List<KaiwuProblem.FieldError> errors = new ArrayList<>();
			UUID itemId = null;
			if (itemCode != null && !itemCode.isBlank()) {
				itemId = this.items.byCode(tenant, itemCode.strip()).map(ItemCatalog.ItemSummary::id).orElse(null);
				if (itemId == null) {
					errors.add(new KaiwuProblem.FieldError("itemCode", "quality.defect.problem.item-code-unknown",
							itemCode.strip()));
				}
			}
			UUID supplierId = null;
			if (supplierCode != null && !supplierCode.isBlank()) {
				supplierId = this.partners.byCode(tenant, supplierCode.strip())
					.map(PartnerCatalog.PartnerSummary::id)
					.orElse(null);
				if (supplierId == null) {
					errors.add(new KaiwuProblem.FieldError("supplierCode",
							"quality.defect.problem.supplier-code-unknown", supplierCode.strip()));
				}
			}
			Integer count = number(quantity, "quantity", errors, Integer::valueOf);
			Double x = number(drawingX, "drawingX", errors, Double::valueOf);
			Double y = number(drawingY, "drawingY", errors, Double::valueOf);
			Instant found = null;
			if (foundAt != null && !foundAt.isBlank()) {
				try {
					found = LocalDateTime.parse(foundAt.strip()).atZone(this.settings.zone()).toInstant();
				}
				catch (DateTimeParseException ex) {
					errors.add(new KaiwuProblem.FieldError("foundAt", "quality.defect.problem.time", foundAt));
				}
			}
			if (!errors.isEmpty()) {
				throw new KaiwuProblem.InvalidInput(errors);
			}
			DefectRecord recorded = this.records.record(tenant, new DefectDraft(codeId, itemId, count, location, x, y,
					lineId, shiftName, supplierId, lotNumber, found, note));
			if (photo != null && !photo.isEmpty()) {
				DefectApiController.store(this.photos, tenant, recorded.id(), photo);
			}
			redirect.addFlashAttribute("recorded", recorded.id());
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return "redirect:/quality/defects";
	}

	@GetMapping("/quality/defects/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable UUID id) {
		return DefectApiController.photoResponse(this.photos.download(CurrentPrincipal.get().requireTenant(), id));
	}

	private static <N> @Nullable N number(@Nullable String value, String field, List<KaiwuProblem.FieldError> errors,
			java.util.function.Function<String, N> parse) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parse.apply(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.add(new KaiwuProblem.FieldError(field, "quality.defect.problem.number", value));
			return null;
		}
	}

}
