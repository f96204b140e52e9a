package io.kaiwu.ehs.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.ehs.site.DischargePoint;
import io.kaiwu.ehs.site.HazardLevel;
import io.kaiwu.ehs.site.HazardSource;
import io.kaiwu.ehs.site.ManagingEhsSites;
import io.kaiwu.ehs.site.Medium;
import io.kaiwu.ehs.site.MonitoredPoint;
import io.kaiwu.ehs.site.PointDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages to list, create, change and remove hazardous sources, discharge points and
 * their monitored points. They call the same service as the REST API, so a form is
 * refused for the same reasons, shown above it in the reader's language.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class SourcePagesController {

	private final ManagingEhsSites sites;

	private final EnterpriseStructure structure;

	private final DeviceCatalog devices;

	private final ProblemDetails problems;

	SourcePagesController(ManagingEhsSites sites, EnterpriseStructure structure, DeviceCatalog devices,
			ProblemDetails problems) {
		this.sites = sites;
		this.structure = structure;
		this.devices = devices;
		this.problems = problems;
	}

	/** A source or a discharge point: exactly one is set. */
	record Owner(@Nullable HazardSource source, @Nullable DischargePoint discharge) {

		public UUID id() {
			return (this.source != null) ? this.source.id() : this.discharge.id();
		}

		public String code() {
			return (this.source != null) ? this.source.code() : this.discharge.code();
		}

		public String name() {
			return (this.source != null) ? this.source.name() : this.discharge.name();
		}

		public List<MonitoredPoint> points() {
			return (this.source != null) ? this.source.points() : this.discharge.points();
		}

		public OwnerForm form() {
			return (this.source != null) ? OwnerForm.of(this.source) : OwnerForm.of(this.discharge);
		}

	}

	@GetMapping("/ehs/sources")
	String list(Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		model.addAttribute("sources", this.sites.sources(tenant));
		model.addAttribute("discharges", this.sites.dischargePoints(tenant));
		Map<UUID, String> nodes = new LinkedHashMap<>();
		this.structure.allNodes(tenant).forEach((n) -> nodes.put(n.id(), n.code() + " " + n.name()));
		model.addAttribute("nodes", nodes);
		Map<UUID, String> keys = new LinkedHashMap<>();
		this.devices.devices(tenant).forEach((d) -> keys.put(d.deviceId(), d.deviceKey()));
		model.addAttribute("devices", keys);
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "ehs/sources";
	}

	@GetMapping("/ehs/sources/new")
	@PreAuthorize("hasRole('ENGINEER')")
	String createForm(@RequestParam(defaultValue = "SOURCE") String kind, Model model) {
		return ownerForm(kind(kind), null, OwnerForm.empty(), PointForm.empty(), List.of(), model);
	}

	@PostMapping("/ehs/sources/new")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@RequestParam(defaultValue = "SOURCE") String kind, @ModelAttribute OwnerForm form,
			@ModelAttribute PointForm point, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		boolean source = kind(kind);
		try {
			List<PointDraft> points = List.of(checked(point, null, "points[0]."));
			if (source) {
				this.sites.create(tenant, form.source(points));
			}
			else {
				this.sites.create(tenant, form.discharge(points));
			}
			return "redirect:/ehs/sources";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			return ownerForm(source, null, form, point, this.problems.lines(ex), model);
		}
	}

	@GetMapping("/ehs/sources/{id}/edit")
	@PreAuthorize("hasRole('ENGINEER')")
	String editForm(@PathVariable UUID id, Model model) {
		Owner owner = owner(id);
		return ownerForm(owner.source() != null, owner, owner.form(), null, List.of(), model);
	}

	@PostMapping("/ehs/sources/{id}/edit")
	@PreAuthorize("hasRole('ENGINEER')")
	String edit(@PathVariable UUID id, @ModelAttribute OwnerForm form, Model model) {
		Owner owner = owner(id);
		List<PointDraft> kept = owner.points().stream().map(PointForm::kept).toList();
		try {
			save(owner, form, kept);
			return "redirect:/ehs/sources";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			return ownerForm(owner.source() != null, owner, form, null, this.problems.lines(ex), model);
		}
	}

	@PostMapping("/ehs/sources/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id, Model model) {
		Owner owner = owner(id);
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		try {
			if (owner.source() != null) {
				this.sites.removeSource(tenant, id);
			}
			else {
				this.sites.removeDischargePoint(tenant, id);
			}
			return "redirect:/ehs/sources";
		}
		catch (KaiwuProblem.Conflict ex) {
			model.addAttribute("errors", this.problems.lines(ex));
			return list(model);
		}
	}

	@GetMapping("/ehs/sources/{id}/points/new")
	@PreAuthorize("hasRole('ENGINEER')")
	String addPointForm(@PathVariable UUID id, Model model) {
		return pointForm(owner(id), null, PointForm.empty(), List.of(), model);
	}

	@PostMapping("/ehs/sources/{id}/points/new")
	@PreAuthorize("hasRole('ENGINEER')")
	String addPoint(@PathVariable UUID id, @ModelAttribute PointForm point, Model model) {
		Owner owner = owner(id);
		try {
			List<PointDraft> points = new ArrayList<>(owner.points().stream().map(PointForm::kept).toList());
			points.add(checked(point, null, "points[" + points.size() + "]."));
			save(owner, owner.form(), points);
			return "redirect:/ehs/sources";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			return pointForm(owner, null, point, this.problems.lines(ex), model);
		}
	}

	@GetMapping("/ehs/points/{pointId}/edit")
	@PreAuthorize("hasRole('ENGINEER')")
	String editPointForm(@PathVariable UUID pointId, Model model) {
		Owner owner = ownerOfPoint(pointId);
		MonitoredPoint point = owner.points().stream().filter((p) -> p.id().equals(pointId)).findFirst().orElseThrow();
		return pointForm(owner, pointId, PointForm.of(point), List.of(), model);
	}

	@PostMapping("/ehs/points/{pointId}/edit")
	@PreAuthorize("hasRole('ENGINEER')")
	String editPoint(@PathVariable UUID pointId, @ModelAttribute PointForm point, Model model) {
		Owner owner = ownerOfPoint(pointId);
		try {
			List<PointDraft> points = new ArrayList<>();
			for (MonitoredPoint p : owner.points()) {
				points.add(p.id().equals(pointId) ? checked(point, pointId, "points[" + points.size() + "].")
						: PointForm.kept(p));
			}
			save(owner, owner.form(), points);
			return "redirect:/ehs/sources";
		}
		catch (KaiwuProblem.InvalidInput ex) {
			return pointForm(owner, pointId, point, this.problems.lines(ex), model);
		}
	}

	@PostMapping("/ehs/points/{pointId}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String deletePoint(@PathVariable UUID pointId, Model model) {
		Owner owner = ownerOfPoint(pointId);
		List<PointDraft> rest = owner.points()
			.stream()
			.filter((p) -> !p.id().equals(pointId))
			.map(PointForm::kept)
			.toList();
		try {
			save(owner, owner.form(), rest);
			return "redirect:/ehs/sources";
		}
		catch (KaiwuProblem.InvalidInput | KaiwuProblem.Conflict ex) {
			model.addAttribute("errors", this.problems.lines(ex));
			return list(model);
		}
	}

	private void save(Owner owner, OwnerForm form, List<PointDraft> points) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		if (owner.source() != null) {
			this.sites.update(tenant, owner.id(), form.source(points));
		}
		else {
			this.sites.update(tenant, owner.id(), form.discharge(points));
		}
	}

	/** The point's draft, refused at once when a figure is not a number. */
	private static PointDraft checked(PointForm form, @Nullable UUID id, String prefix) {
		List<FieldError> errors = new ArrayList<>();
		PointDraft draft = form.draft(id, prefix, errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return draft;
	}

	private String ownerForm(boolean source, @Nullable Owner owner, OwnerForm form, @Nullable PointForm point,
			List<String> errors, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		model.addAttribute("source", source);
		model.addAttribute("owner", owner);
		model.addAttribute("form", form);
		model.addAttribute("point", point);
		model.addAttribute("errors", errors);
		model.addAttribute("nodes", this.structure.allNodes(tenant));
		model.addAttribute("levels", HazardLevel.values());
		model.addAttribute("media", Medium.values());
		model.addAttribute("deviceChoices", deviceChoices(tenant));
		return "ehs/owner-form";
	}

	private String pointForm(Owner owner, @Nullable UUID pointId, PointForm point, List<String> errors, Model model) {
		model.addAttribute("owner", owner);
		model.addAttribute("pointId", pointId);
		model.addAttribute("point", point);
		model.addAttribute("errors", errors);
		model.addAttribute("deviceChoices", deviceChoices(CurrentPrincipal.get().requireTenant()));
		return "ehs/point-form";
	}

	private List<DeviceSummary> deviceChoices(TenantId tenant) {
		return this.devices.devices(tenant);
	}

	private Owner owner(UUID id) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		HazardSource source = this.sites.source(tenant, id).orElse(null);
		if (source != null) {
			return new Owner(source, null);
		}
		return this.sites.dischargePoint(tenant, id)
			.map((d) -> new Owner(null, d))
			.orElseThrow(() -> new KaiwuProblem.NotFound("hazard source or discharge point", id));
	}

	private Owner ownerOfPoint(UUID pointId) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		for (HazardSource s : this.sites.sources(tenant)) {
			if (s.points().stream().anyMatch((p) -> p.id().equals(pointId))) {
				return new Owner(s, null);
			}
		}
		for (DischargePoint d : this.sites.dischargePoints(tenant)) {
			if (d.points().stream().anyMatch((p) -> p.id().equals(pointId))) {
				return new Owner(null, d);
			}
		}
		throw new KaiwuProblem.NotFound("monitored point", pointId);
	}

	private static boolean kind(String kind) {
		return !"DISCHARGE".equalsIgnoreCase(kind);
	}

}
