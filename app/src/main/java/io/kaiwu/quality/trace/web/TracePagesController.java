package io.kaiwu.quality.trace.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.quality.Genealogy.Consumed;
import io.kaiwu.quality.Genealogy.Form;
import io.kaiwu.quality.Genealogy.Stage;
import io.kaiwu.quality.Genealogy.Step;
import io.kaiwu.quality.identifier.ProductIdentifiers;
import io.kaiwu.quality.identifier.QrCodes;
import io.kaiwu.quality.trace.DeliveringUnits;
import io.kaiwu.quality.trace.DeliveryDraft;
import io.kaiwu.quality.trace.RecordingSteps;
import io.kaiwu.quality.trace.RegisteringLots;
import io.kaiwu.quality.trace.Trace;
import io.kaiwu.quality.trace.TraceUnit;
import io.kaiwu.quality.trace.Tracing;
import io.kaiwu.quality.trace.UnitDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Traceability pages for a tablet: the lots and the serials (filtered, with a form to
 * register one), one lot with what it has left and its identifier, its trace one click
 * away (a graph and a table, backward and forward), and its printable label with the QR
 * code.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class TracePagesController {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final RegisteringLots units;

	private final Tracing tracing;

	private final ProductIdentifiers identifiers;

	private final ItemCatalog items;

	private final PartnerCatalog partners;

	private final ProblemDetails problems;

	private final JsonMapper json;

	private final RecordingSteps steps;

	private final DeliveringUnits deliveries;

	private final EquipmentCatalog equipment;

	TracePagesController(RegisteringLots units, Tracing tracing, ProductIdentifiers identifiers, ItemCatalog items,
			PartnerCatalog partners, ProblemDetails problems, JsonMapper json, RecordingSteps steps,
			DeliveringUnits deliveries, EquipmentCatalog equipment) {
		this.steps = steps;
		this.deliveries = deliveries;
		this.equipment = equipment;
		this.units = units;
		this.tracing = tracing;
		this.identifiers = identifiers;
		this.items = items;
		this.partners = partners;
		this.problems = problems;
		this.json = json;
	}

	/** The register form's fields as the browser sends them (time as datetime-local). */
	record UnitForm(@Nullable String stage, @Nullable String itemCode, @Nullable String number,
			@Nullable String quantity, @Nullable String supplierCode, @Nullable String supplierBatch,
			@Nullable String madeAt, @Nullable String note) {

		static UnitForm empty() {
			return new UnitForm(null, null, null, null, null, null, null, null);
		}

		UnitDraft draft() {
			BigDecimal amount = null;
			if (this.quantity != null && !this.quantity.isBlank()) {
				try {
					amount = new BigDecimal(this.quantity.strip());
				}
				catch (NumberFormatException ex) {
					throw new KaiwuProblem.InvalidInput("quantity", "quality.trace.problem.quantity-positive");
				}
			}
			String at = null;
			if (this.madeAt != null && !this.madeAt.isBlank()) {
				try {
					at = LocalDateTime.parse(this.madeAt.strip()).atZone(ZONE).toInstant().toString();
				}
				catch (DateTimeParseException ex) {
					at = this.madeAt;
				}
			}
			return new UnitDraft(this.stage, null, this.itemCode, this.number, amount, null, this.supplierCode,
					this.supplierBatch, at, this.note);
		}

	}

	@GetMapping("/quality/{forms:lots|serials}")
	String list(@PathVariable String forms, @RequestParam(required = false) @Nullable Stage stage,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page,
			Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		Form form = LotApiController.form(forms);
		Page<TraceUnit> found = this.units.list(tenant, form, stage, q, PageQuery.of(page, 50));
		model.addAttribute("forms", forms);
		model.addAttribute("form", form.name());
		model.addAttribute("page", found);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("stage", (stage != null) ? stage.name() : "");
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("itemsById", items(tenant, found.items()));
		model.addAttribute("suppliers", suppliers(tenant, found.items()));
		model.addAttribute("canCreate", me.has(Role.OPERATOR));
		model.addAttribute("times", new LocalTimes(ZONE));
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", UnitForm.empty());
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "quality/trace/units";
	}

	@PostMapping("/quality/{forms:lots|serials}")
	@PreAuthorize("hasRole('OPERATOR')")
	String register(@PathVariable String forms, @ModelAttribute UnitForm draft, Model model) {
		try {
			TraceUnit unit = this.units.register(CurrentPrincipal.get().requireTenant(), LotApiController.form(forms),
					draft.draft());
			return "redirect:/quality/" + forms + "/" + unit.id();
		}
		catch (KaiwuProblem ex) {
			model.addAttribute("draft", draft);
			model.addAttribute("errors", this.problems.lines(ex));
			return list(forms, null, null, null, model);
		}
	}

	@GetMapping("/quality/{forms:lots|serials}/{id}")
	String unit(@PathVariable String forms, @PathVariable UUID id, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		TraceUnit unit = this.units.get(tenant, id);
		model.addAttribute("unit", unit);
		model.addAttribute("forms", (unit.form() == Form.SERIAL) ? "serials" : "lots");
		model.addAttribute("balance", this.units.balance(tenant, unit));
		model.addAttribute("item", item(tenant, unit));
		model.addAttribute("supplier", (unit.supplierId() != null)
				? this.partners.partner(tenant, unit.supplierId()).map((p) -> p.code() + " " + p.name()).orElse("")
				: "");
		model.addAttribute("resolverUrl", url(unit));
		model.addAttribute("times", new LocalTimes(ZONE));
		model.addAttribute("canWork", CurrentPrincipal.get().has(Role.OPERATOR));
		model.addAttribute("machines", this.equipment.all(tenant));
		return "quality/trace/unit";
	}

	/**
	 * The form for a step that made this lot: consumed lots one per line as
	 * {@code number quantity} (a serial's quantity may be left out).
	 */
	record StepForm(@Nullable String operation, @Nullable UUID equipmentId, @Nullable String operator,
			@Nullable String workOrder, @Nullable String startedAt, @Nullable String endedAt,
			@Nullable String consumed) {
	}

	/**
	 * A step that made this lot or serial; a refusal returns to the page with its
	 * reasons.
	 */
	@PostMapping("/quality/{forms:lots|serials}/{id}/steps")
	@PreAuthorize("hasRole('OPERATOR')")
	String recordStep(@PathVariable String forms, @PathVariable UUID id, @ModelAttribute StepForm form) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		TraceUnit made = this.units.get(tenant, id);
		List<Consumed> consumed = new ArrayList<>();
		String lines = (form.consumed() != null) ? form.consumed() : "";
		for (String line : lines.split("\\R")) {
			String[] parts = line.strip().split("\\s+");
			if (parts.length == 0 || parts[0].isEmpty()) {
				continue;
			}
			TraceUnit unit = this.units.byNumber(tenant, parts[0], "consumed");
			BigDecimal quantity = BigDecimal.ONE;
			if (parts.length > 1) {
				try {
					quantity = new BigDecimal(parts[1]);
				}
				catch (NumberFormatException ex) {
					throw new KaiwuProblem.InvalidInput("consumed", "quality.trace.problem.quantity-positive");
				}
			}
			consumed.add(new Consumed(unit.id(), quantity));
		}
		Instant started = local(form.startedAt(), "startedAt");
		Instant ended = (form.endedAt() != null && !form.endedAt().isBlank()) ? local(form.endedAt(), "endedAt")
				: started;
		this.steps.record(tenant, new Step((form.operation() != null) ? form.operation() : "", form.equipmentId(),
				form.operator(), form.workOrder(), started, ended, consumed, List.of(made.id())));
		return "redirect:/quality/" + forms + "/" + id;
	}

	/** A delivery of this finished lot or serial to one customer. */
	@PostMapping("/quality/{forms:lots|serials}/{id}/deliveries")
	@PreAuthorize("hasRole('OPERATOR')")
	String deliver(@PathVariable String forms, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String deliveryNumber,
			@RequestParam(required = false) @Nullable String customerCode,
			@RequestParam(required = false) @Nullable String deliveredOn,
			@RequestParam(required = false) @Nullable String quantity) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		BigDecimal amount = null;
		if (quantity != null && !quantity.isBlank()) {
			try {
				amount = new BigDecimal(quantity.strip());
			}
			catch (NumberFormatException ex) {
				throw new KaiwuProblem.InvalidInput("quantity", "quality.trace.problem.quantity-positive");
			}
		}
		this.deliveries.deliver(tenant, new DeliveryDraft(deliveryNumber, null, customerCode, deliveredOn,
				List.of(new DeliveryDraft.LineDraft(id, amount))));
		return "redirect:/quality/" + forms + "/" + id;
	}

	private static Instant local(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new KaiwuProblem.InvalidInput(field, "quality.trace.problem.instant", "");
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new KaiwuProblem.InvalidInput(field, "quality.trace.problem.instant", value);
		}
	}

	@GetMapping("/quality/trace/{id}")
	String trace(@PathVariable UUID id, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		TraceUnit unit = this.units.get(tenant, id);
		Trace trace = this.tracing.trace(tenant, id);
		Map<String, Object> graph = new LinkedHashMap<>();
		graph.put("nodes", trace.nodes());
		graph.put("edges", trace.edges());
		model.addAttribute("unit", unit);
		model.addAttribute("forms", (unit.form() == Form.SERIAL) ? "serials" : "lots");
		model.addAttribute("item", item(tenant, unit));
		model.addAttribute("trace", trace);
		model.addAttribute("graph", this.json.writeValueAsString(graph));
		model.addAttribute("times", new LocalTimes(ZONE));
		return "quality/trace/trace";
	}

	@GetMapping("/quality/labels/{id}")
	String label(@PathVariable UUID id, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		TraceUnit unit = this.units.get(tenant, id);
		String url = url(unit);
		model.addAttribute("unit", unit);
		model.addAttribute("forms", (unit.form() == Form.SERIAL) ? "serials" : "lots");
		model.addAttribute("item", item(tenant, unit));
		model.addAttribute("resolverUrl", url);
		model.addAttribute("qr", QrCodes.svg(url));
		model.addAttribute("times", new LocalTimes(ZONE));
		return "quality/trace/label";
	}

	private ItemSummary item(TenantId tenant, TraceUnit unit) {
		return this.items.item(tenant, unit.itemId())
			.orElseGet(() -> new ItemSummary(unit.itemId(), "?", "?", unit.unitCode(),
					io.kaiwu.masterdata.DataGrade.CORE));
	}

	private Map<UUID, ItemSummary> items(TenantId tenant, List<TraceUnit> units) {
		Map<UUID, ItemSummary> found = new HashMap<>();
		units.forEach((u) -> found.computeIfAbsent(u.itemId(), (k) -> item(tenant, u)));
		return found;
	}

	private Map<UUID, String> suppliers(TenantId tenant, List<TraceUnit> units) {
		Map<UUID, String> found = new HashMap<>();
		for (TraceUnit u : units) {
			if (u.supplierId() != null) {
				found.computeIfAbsent(u.supplierId(),
						(k) -> this.partners.partner(tenant, k).map((p) -> p.code() + " " + p.name()).orElse(""));
			}
		}
		return found;
	}

	private String url(TraceUnit unit) {
		return this.identifiers.resolverUrl(unit.identifier(),
				ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
	}

}
