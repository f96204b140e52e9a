package io.kaiwu.production.resource.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.production.resource.ManagingWorkCentres;
import io.kaiwu.production.resource.ResourceDraft;
import io.kaiwu.production.resource.WorkCentreDraft;
import io.kaiwu.production.resource.WorkCentres.WorkCentre;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
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
 * The work centres of every plant with their resources, forms to add both, and one
 * resource's availability for the coming week: the plant's working windows, the machine's
 * planned maintenance and what is left.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class WorkCentrePagesController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd EEE HH:mm");

	private final ManagingWorkCentres centres;

	private final EnterpriseStructure structure;

	private final EquipmentCatalog equipment;

	private final ProblemDetails problems;

	WorkCentrePagesController(ManagingWorkCentres centres, EnterpriseStructure structure, EquipmentCatalog equipment,
			ProblemDetails problems) {
		this.centres = centres;
		this.structure = structure;
		this.equipment = equipment;
		this.problems = problems;
	}

	/** A plant with its work centres, each with its resources. */
	record PlantView(StructureNode plant, List<CentreView> centres) {
	}

	record CentreView(WorkCentre centre, List<ResourceView> resources) {
	}

	record ResourceView(UUID id, String code, String name, @Nullable String machine, BigDecimal costPerHour) {
	}

	@GetMapping("/production/work-centres")
	String list(Model model) {
		TenantId tenant = tenant();
		Map<UUID, String> machines = new LinkedHashMap<>();
		List<EquipmentSummary> all = this.equipment.all(tenant);
		all.forEach((m) -> machines.put(m.id(), m.code() + " " + m.name()));
		List<WorkCentre> centres = this.centres.workCentres(tenant);
		List<StructureNode> plants = this.structure.sites(tenant);
		model.addAttribute("plants",
				plants.stream()
					.map((p) -> new PlantView(p, centres.stream()
						.filter((c) -> c.plantId().equals(p.id()))
						.map((c) -> new CentreView(c, this.centres.resources(tenant, c.id())
							.stream()
							.map((r) -> new ResourceView(r.id(), r.code(), r.name(),
									(r.equipmentId() != null) ? machines.get(r.equipmentId()) : null, r.costPerHour()))
							.toList()))
						.toList()))
					.toList());
		model.addAttribute("sites", plants);
		model.addAttribute("allCentres", centres);
		model.addAttribute("machines", all);
		model.addAttribute("canEdit", CurrentPrincipal.get().has(Role.ENGINEER));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "production/work-centres";
	}

	@PostMapping("/production/work-centres")
	@PreAuthorize("hasRole('ENGINEER')")
	String createCentre(@RequestParam(required = false) @Nullable UUID plantId,
			@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String name, RedirectAttributes redirect) {
		try {
			this.centres.createWorkCentre(tenant(), new WorkCentreDraft(plantId, code, name));
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return "redirect:/production/work-centres";
	}

	@PostMapping("/production/resources")
	@PreAuthorize("hasRole('ENGINEER')")
	String createResource(@RequestParam(required = false) @Nullable UUID workCentreId,
			@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String equipmentId,
			@RequestParam(required = false) @Nullable String costPerHour, RedirectAttributes redirect) {
		try {
			BigDecimal cost;
			try {
				cost = (costPerHour == null || costPerHour.isBlank()) ? null : new BigDecimal(costPerHour.strip());
			}
			catch (NumberFormatException ex) {
				throw new KaiwuProblem.InvalidInput("costPerHour", "production.problem.cost");
			}
			UUID machine = (equipmentId == null || equipmentId.isBlank()) ? null : UUID.fromString(equipmentId);
			this.centres.createResource(tenant(), new ResourceDraft(workCentreId, code, name, machine, cost));
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return "redirect:/production/work-centres";
	}

	/** One window as the page shows it, in the plant's time zone. */
	record WindowView(String start, String end, long minutes, String label) {
	}

	@GetMapping("/production/resources/{id}")
	String resource(@PathVariable UUID id, Model model) {
		TenantId tenant = tenant();
		var resource = this.centres.requireResource(tenant, id);
		ZoneId zone = this.structure.findNode(tenant, resource.plantId())
			.map(StructureNode::timeZone)
			.filter((z) -> z != null)
			.map(ZoneId::of)
			.orElse(ZoneId.of("UTC"));
		Instant from = ZonedDateTime.now(zone).truncatedTo(ChronoUnit.DAYS).toInstant();
		Instant to = from.plus(7, ChronoUnit.DAYS);
		ManagingWorkCentres.Availability availability = this.centres.availability(tenant, id, from, to);
		model.addAttribute("resource", resource);
		model.addAttribute("centre", this.centres.requireWorkCentre(tenant, resource.workCentreId()));
		model.addAttribute("machine", (resource.equipmentId() != null)
				? this.equipment.equipment(tenant, resource.equipmentId()).orElse(null) : null);
		model.addAttribute("calendar", availability.calendar());
		model.addAttribute("zone", zone.getId());
		model.addAttribute("free",
				availability.free().stream().map((w) -> view(w.start(), w.end(), zone, "")).toList());
		model.addAttribute("maintenance",
				availability.maintenance()
					.stream()
					.map((w) -> view(w.start(), w.end(), zone, w.orderNumber()))
					.toList());
		model.addAttribute("freeHours",
				availability.free().stream().mapToLong((w) -> ChronoUnit.MINUTES.between(w.start(), w.end())).sum()
						/ 60.0);
		return "production/resource";
	}

	private static WindowView view(Instant start, Instant end, ZoneId zone, String label) {
		return new WindowView(WHEN.format(start.atZone(zone)), WHEN.format(end.atZone(zone)),
				ChronoUnit.MINUTES.between(start, end), label);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
