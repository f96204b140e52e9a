package io.kaiwu.quality.nonconformance.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.quality.nonconformance.ManagingNcrs;
import io.kaiwu.quality.nonconformance.Ncr;
import io.kaiwu.quality.nonconformance.NcrDraft;
import io.kaiwu.quality.nonconformance.NcrFilter;
import io.kaiwu.quality.nonconformance.NonconformanceSettings;
import io.kaiwu.quality.nonconformance.kernel.ActionKind;
import io.kaiwu.quality.nonconformance.kernel.Discipline;
import io.kaiwu.quality.nonconformance.kernel.Disposition;
import io.kaiwu.quality.nonconformance.kernel.NcrState;
import io.kaiwu.quality.nonconformance.kernel.Severity;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Nonconformance reports as pages for a tablet: the list (overdue ones marked, filters by
 * state and overdue) with a form to raise one, and one NCR with its disposition, its 8D
 * steps (owner, due date, finish), its CAPA actions (add, done, verify) and the buttons
 * that move it on. A refused move shows the same reasons the REST API gives.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class NcrPagesController {

	private final ManagingNcrs ncrs;

	private final ItemCatalog items;

	private final PartnerCatalog partners;

	private final ProblemDetails problems;

	private final NonconformanceSettings settings;

	NcrPagesController(ManagingNcrs ncrs, ItemCatalog items, PartnerCatalog partners, ProblemDetails problems,
			NonconformanceSettings settings) {
		this.ncrs = ncrs;
		this.items = items;
		this.partners = partners;
		this.problems = problems;
		this.settings = settings;
	}

	@GetMapping("/quality/ncrs")
	String list(@RequestParam(required = false) @Nullable NcrState state,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		model.addAttribute("page", this.ncrs.list(tenant, new NcrFilter(state, null, Boolean.TRUE.equals(overdue)),
				PageQuery.of(page, 50)));
		model.addAttribute("state", state);
		model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
		model.addAttribute("states", NcrState.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("canRaise", me.has(Role.OPERATOR));
		model.addAttribute("when", when());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "quality/ncrs";
	}

	@PostMapping("/quality/ncrs")
	@PreAuthorize("hasRole('OPERATOR')")
	String raise(@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable String itemCode,
			@RequestParam(required = false) @Nullable String lotNumber,
			@RequestParam(required = false) @Nullable String supplierCode,
			@RequestParam(required = false) @Nullable String quantity,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable UUID defectId, RedirectAttributes redirect) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		try {
			UUID itemId = null;
			if (itemCode != null && !itemCode.isBlank()) {
				itemId = this.items.byCode(tenant, itemCode.strip())
					.map(ItemCatalog.ItemSummary::id)
					.orElseThrow(() -> new KaiwuProblem.InvalidInput("itemCode",
							"quality.defect.problem.item-code-unknown", itemCode.strip()));
			}
			UUID supplierId = null;
			if (supplierCode != null && !supplierCode.isBlank()) {
				supplierId = this.partners.byCode(tenant, supplierCode.strip())
					.map(PartnerCatalog.PartnerSummary::id)
					.orElseThrow(() -> new KaiwuProblem.InvalidInput("supplierCode",
							"quality.defect.problem.supplier-code-unknown", supplierCode.strip()));
			}
			Integer count = null;
			if (quantity != null && !quantity.isBlank()) {
				try {
					count = Integer.valueOf(quantity.strip());
				}
				catch (NumberFormatException ex) {
					throw new KaiwuProblem.InvalidInput("quantity", "quality.defect.problem.number", quantity);
				}
			}
			Ncr raised = this.ncrs.raise(tenant,
					new NcrDraft(defectId, title, description, severity, itemId, lotNumber, supplierId, count));
			return "redirect:/quality/ncrs/" + raised.id();
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
			return "redirect:/quality/ncrs";
		}
	}

	@GetMapping("/quality/ncrs/{id}")
	String ncr(@PathVariable UUID id, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		Ncr ncr = this.ncrs.get(tenant, id);
		model.addAttribute("ncr", ncr);
		model.addAttribute("item",
				(ncr.itemId() != null) ? this.items.item(tenant, ncr.itemId())
					.map((i) -> i.code() + " " + i.name())
					.orElse(ncr.itemId().toString()) : null);
		model.addAttribute("supplier",
				(ncr.supplierId() != null) ? this.partners.partner(tenant, ncr.supplierId())
					.map((p) -> p.code() + " " + p.name())
					.orElse(ncr.supplierId().toString()) : null);
		Map<String, Long> counts = new HashMap<>();
		ncr.actions().forEach((a) -> counts.merge(a.kind().name(), 1L, Long::sum));
		model.addAttribute("actionCounts", counts);
		model.addAttribute("dispositions", Disposition.values());
		model.addAttribute("actionKinds", ActionKind.values());
		model.addAttribute("next", next(ncr));
		model.addAttribute("canWork", me.has(Role.OPERATOR) && !ncr.state().finished());
		model.addAttribute("canDecide", me.has(Role.ENGINEER) && !ncr.state().finished());
		model.addAttribute("when", when());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "quality/ncr";
	}

	/** The states a user may try next; the service says what is missing for each. */
	private static List<NcrState> next(Ncr ncr) {
		return switch (ncr.state()) {
			case OPEN -> (ncr.severity() == Severity.MINOR) ? List.of(NcrState.INVESTIGATING, NcrState.CLOSED)
					: List.of(NcrState.INVESTIGATING);
			case INVESTIGATING -> List.of(NcrState.CORRECTING);
			case CORRECTING -> List.of(NcrState.VERIFYING);
			case VERIFYING -> List.of(NcrState.CLOSED);
			case CLOSED, CANCELLED -> List.of();
		};
	}

	@PostMapping("/quality/ncrs/{id}/disposition")
	@PreAuthorize("hasRole('ENGINEER')")
	String disposition(@PathVariable UUID id, @RequestParam(required = false) @Nullable String disposition,
			@RequestParam(required = false) @Nullable String quantity,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.ncrs.disposition(tenant(), id, disposition,
				(quantity != null && !quantity.isBlank()) ? parseInt(quantity) : null, note));
	}

	@PostMapping("/quality/ncrs/{id}/steps/{step}")
	@PreAuthorize("hasRole('ENGINEER')")
	String planStep(@PathVariable UUID id, @PathVariable Discipline step,
			@RequestParam(required = false) @Nullable String owner,
			@RequestParam(required = false) @Nullable String dueDate,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.ncrs.planStep(tenant(), id, step, owner, date(dueDate), note));
	}

	@PostMapping("/quality/ncrs/{id}/steps/{step}/done")
	@PreAuthorize("hasRole('ENGINEER')")
	String finishStep(@PathVariable UUID id, @PathVariable Discipline step,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.ncrs.finishStep(tenant(), id, step, note));
	}

	@PostMapping("/quality/ncrs/{id}/actions")
	@PreAuthorize("hasRole('ENGINEER')")
	String addAction(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String owner,
			@RequestParam(required = false) @Nullable String dueDate, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.ncrs.addAction(tenant(), id, kind, description, owner, date(dueDate)));
	}

	@PostMapping("/quality/ncrs/{id}/actions/{actionId}/done")
	@PreAuthorize("hasRole('OPERATOR')")
	String finishAction(@PathVariable UUID id, @PathVariable UUID actionId, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.ncrs.finishAction(tenant(), id, actionId));
	}

	@PostMapping("/quality/ncrs/{id}/actions/{actionId}/verify")
	@PreAuthorize("hasRole('ENGINEER')")
	String verifyAction(@PathVariable UUID id, @PathVariable UUID actionId,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.ncrs.verifyAction(tenant(), id, actionId, note));
	}

	@PostMapping("/quality/ncrs/{id}/transition")
	@PreAuthorize("hasRole('ENGINEER')")
	String transition(@PathVariable UUID id, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.ncrs.transition(tenant(), id, to, note));
	}

	private String act(UUID id, RedirectAttributes redirect, Supplier<Ncr> change) {
		try {
			change.get();
		}
		catch (KaiwuProblem problem) {
			if (problem instanceof KaiwuProblem.NotFound) {
				throw problem;
			}
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return "redirect:/quality/ncrs/" + id;
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new KaiwuProblem.InvalidInput("dueDate", "quality.defect.problem.time", value);
		}
	}

	private static int parseInt(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new KaiwuProblem.InvalidInput("quantity", "quality.defect.problem.number", value);
		}
	}

	private DateTimeFormatter when() {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(this.settings.zone());
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
