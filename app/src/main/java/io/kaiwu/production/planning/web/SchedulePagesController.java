package io.kaiwu.production.planning.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.kaiwu.production.order.OrdersToPlan;
import io.kaiwu.production.planning.Planning;
import io.kaiwu.production.planning.ScheduleStatus;
import io.kaiwu.production.planning.ScheduleView;
import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planner's schedule board: the KPI strip, the Gantt by resource or by order (drag to
 * move an operation of a draft, conflicts in red), what moved and which orders are late;
 * and the dispatch list (派工单) of each work centre.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class SchedulePagesController {

	private final Planning planning;

	private final ScheduleView view;

	private final OrdersToPlan orders;

	private final WorkCentres workCentres;

	private final ProblemDetails problems;

	private final MessageSource messages;

	private final JsonMapper json;

	private final EnterpriseStructure structure;

	SchedulePagesController(Planning planning, ScheduleView view, OrdersToPlan orders, WorkCentres workCentres,
			ProblemDetails problems, MessageSource messages, JsonMapper json, EnterpriseStructure structure) {
		this.structure = structure;
		this.planning = planning;
		this.view = view;
		this.orders = orders;
		this.workCentres = workCentres;
		this.problems = problems;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/production/schedule")
	String board(@RequestParam(required = false) @Nullable UUID id, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		Optional<ScheduleView.Detail> detail = (id != null) ? Optional.of(this.view.detail(tenant, id))
				: this.view.active(tenant);
		model.addAttribute("schedules", this.planning.recent(tenant));
		model.addAttribute("detail", detail.orElse(null));
		model.addAttribute("canPlan", me.has(Role.ENGINEER));
		model.addAttribute("isDraft", detail.map((d) -> d.schedule().status() == ScheduleStatus.DRAFT).orElse(false));
		model.addAttribute("released", this.orders.released(tenant));
		Map<UUID, String> orderNumbers = new HashMap<>();
		Map<UUID, String> workOrderNumbers = new HashMap<>();
		Map<UUID, String> resourceCodes = new HashMap<>();
		detail.ifPresent((d) -> {
			d.rows().forEach((r) -> {
				orderNumbers.put(r.productionOrderId(), r.productionOrderNumber());
				workOrderNumbers.put(r.workOrderId(), r.workOrderNumber());
				resourceCodes.put(r.resourceId(), r.resourceCode());
			});
			d.schedule().changes().forEach((c) -> {
				if (c.oldResourceId() != null) {
					resourceCodes.computeIfAbsent(c.oldResourceId(),
							(r) -> this.workCentres.resource(tenant, r)
								.map(WorkCentres.Resource::code)
								.orElse(r.toString()));
				}
			});
		});
		model.addAttribute("orderNumbers", orderNumbers);
		model.addAttribute("workOrderNumbers", workOrderNumbers);
		model.addAttribute("resourceCodes", resourceCodes);
		model.addAttribute("zone", zone(tenant));
		model.addAttribute("ganttJson",
				this.json.writeValueAsString(detail.map(ScheduleView.Detail::rows).orElse(List.of())));
		model.addAttribute("labelsJson", this.json.writeValueAsString(labels()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "production/schedule";
	}

	@PostMapping("/production/schedule/plan")
	@PreAuthorize("hasRole('ENGINEER')")
	String plan(@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(redirect, null, () -> this.planning.plan(tenant(), note).id());
	}

	@PostMapping("/production/schedule/rush")
	@PreAuthorize("hasRole('ENGINEER')")
	String rush(@RequestParam(required = false) @Nullable UUID productionOrderId, RedirectAttributes redirect) {
		return act(redirect, null, () -> {
			if (productionOrderId == null) {
				throw new KaiwuProblem.InvalidInput("productionOrderId", "problem.field.required");
			}
			return this.planning.insertRushOrder(tenant(), productionOrderId).id();
		});
	}

	@PostMapping("/production/schedule/{id}/activate")
	@PreAuthorize("hasRole('ENGINEER')")
	String activate(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, id, () -> this.planning.activate(tenant(), id).id());
	}

	@PostMapping("/production/schedule/{id}/discard")
	@PreAuthorize("hasRole('ENGINEER')")
	String discard(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, id, () -> this.planning.discard(tenant(), id).id());
	}

	@PostMapping("/production/schedule/{id}/replan")
	@PreAuthorize("hasRole('ENGINEER')")
	String replan(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(redirect, id, () -> this.planning.replanAround(tenant(), id).id());
	}

	@GetMapping("/production/dispatch")
	String dispatch(@RequestParam(required = false) @Nullable UUID workCentre, Model model) {
		TenantId tenant = tenant();
		List<WorkCentres.WorkCentre> centres = this.workCentres.workCentres(tenant);
		UUID chosen = (workCentre != null) ? workCentre
				: centres.stream().findFirst().map(WorkCentres.WorkCentre::id).orElse(null);
		model.addAttribute("centres", centres);
		model.addAttribute("chosen", chosen);
		model.addAttribute("rows", (chosen != null) ? this.view.dispatchList(tenant, chosen) : List.of());
		model.addAttribute("zone", zone(tenant));
		return "production/dispatch";
	}

	private String act(RedirectAttributes redirect, @Nullable UUID current, Supplier<UUID> action) {
		try {
			UUID id = action.get();
			return "redirect:/production/schedule?id=" + id;
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
			return (current != null) ? "redirect:/production/schedule?id=" + current : "redirect:/production/schedule";
		}
	}

	/** The words the Gantt script shows, in the page's language. */
	private Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		List<String> keys = new ArrayList<>(List.of("resource", "order", "setup", "late", "moved", "conflict",
				"overlap", "precedence", "off-shift", "start", "end", "move-failed"));
		for (String key : keys) {
			labels.put(key, this.messages.getMessage("planning.gantt." + key, null, LocaleContextHolder.getLocale()));
		}
		return labels;
	}

	/** Times are shown in the first plant's time zone (UTC when it has none). */
	private ZoneId zone(TenantId tenant) {
		return this.structure.sites(tenant)
			.stream()
			.map(StructureNode::timeZone)
			.filter((z) -> z != null && !z.isBlank())
			.findFirst()
			.map(ZoneId::of)
			.orElse(ZoneOffset.UTC);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
