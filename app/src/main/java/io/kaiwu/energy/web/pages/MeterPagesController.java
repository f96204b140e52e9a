package io.kaiwu.energy.web.pages;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.energy.consumption.ReadingConsumption;
import io.kaiwu.energy.hint.FlexibleMeters;
import io.kaiwu.energy.meter.ManagingMeters;
import io.kaiwu.energy.meter.Meter;
import io.kaiwu.energy.meter.MeterDraft;
import io.kaiwu.energy.metering.MeterHour;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
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

/**
 * The meters as a tree by node, with kind, device and the last hour worked out, and the
 * form that creates one through {@link ManagingMeters}: a refused meter comes back with
 * each bad field's reason beside it.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class MeterPagesController {

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ManagingMeters meters;

	private final ReadingConsumption consumption;

	private final EnterpriseStructure structure;

	private final DeviceCatalog devices;

	private final ProblemDetails problems;

	private final FlexibleMeters flexible;

	MeterPagesController(ManagingMeters meters, ReadingConsumption consumption, EnterpriseStructure structure,
			DeviceCatalog devices, ProblemDetails problems, FlexibleMeters flexible) {
		this.flexible = flexible;
		this.meters = meters;
		this.consumption = consumption;
		this.structure = structure;
		this.devices = devices;
		this.problems = problems;
	}

	@GetMapping("/energy/meters")
	String list(Model model) {
		return page(model, Map.of(), Map.of(), false);
	}

	@PostMapping("/energy/meters")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@RequestParam Map<String, String> form, Model model) {
		Map<String, List<String>> unreadable = new LinkedHashMap<>();
		BigDecimal period = number(form, "readingPeriodMinutes", unreadable);
		MeterDraft draft = new MeterDraft(text(form.get("code")), text(form.get("name")), text(form.get("kind")),
				text(form.get("unit")), uuid(form.get("nodeId")), uuid(form.get("parentId")),
				uuid(form.get("deviceId")), text(form.get("counterProperty")),
				(period != null) ? period.intValue() : null, number(form, "counterMaximum", unreadable),
				number(form, "resetBelow", unreadable), terms(form.get("terms")));
		if (!unreadable.isEmpty()) {
			return page(model, unreadable, form, true);
		}
		try {
			Meter meter = this.meters.create(CurrentPrincipal.get().requireTenant(), draft);
			return "redirect:/energy/meters?created=" + meter.code();
		}
		catch (KaiwuProblem problem) {
			Map<String, List<String>> byField = new LinkedHashMap<>();
			if (problem instanceof KaiwuProblem.InvalidInput invalid) {
				for (KaiwuProblem.FieldError e : invalid.errors()) {
					byField.computeIfAbsent(e.field().replaceAll("\\[.*", ""), (f) -> new ArrayList<>())
						.add(this.problems.message(e.messageKey(), e.args()));
				}
			}
			else {
				byField.put("", this.problems.lines(problem));
			}
			return page(model, byField, form, true);
		}
	}

	/**
	 * Marks an electricity meter as a flexible load (柔性负荷), whose 尖 / 峰 hours the saving
	 * hints offer to move to the valley, or takes the mark away.
	 */
	@PostMapping("/energy/meters/{id}/flexible")
	@PreAuthorize("hasRole('ENGINEER')")
	String flexible(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean flexible, Model model) {
		try {
			this.flexible.mark(CurrentPrincipal.get().requireTenant(), id, flexible);
			return "redirect:/energy/meters";
		}
		catch (KaiwuProblem problem) {
			return page(model, Map.of("", this.problems.lines(problem)), Map.of(), false);
		}
	}

	private String page(Model model, Map<String, List<String>> errors, Map<String, String> form, boolean open) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		List<Meter> all = this.meters.list(tenant);
		Map<UUID, Meter> byId = all.stream().collect(Collectors.toMap(Meter::id, Function.identity()));
		Map<UUID, DeviceSummary> devices = this.devices.devices(tenant)
			.stream()
			.collect(Collectors.toMap(DeviceSummary::deviceId, Function.identity()));
		Map<UUID, MeterHour> last = this.consumption.lastHours(tenant);
		List<NodeOption> nodes = NodeOption.tree(this.structure.allNodes(tenant));
		List<NodeMeters> tree = new ArrayList<>();
		for (NodeOption node : nodes) {
			ZoneId zone = this.consumption.timeZoneOf(tenant, node.id());
			List<MeterRow> rows = all.stream()
				.filter((m) -> m.nodeId().equals(node.id()))
				.sorted(Comparator.comparing(Meter::code))
				.map((m) -> row(m, byId, devices, last.get(m.id()), zone))
				.toList();
			tree.add(new NodeMeters(node, rows));
		}
		model.addAttribute("tree", tree);
		model.addAttribute("flexible", Set.copyOf(this.flexible.of(tenant)));
		model.addAttribute("meterCount", all.size());
		model.addAttribute("nodes", nodes);
		model.addAttribute("kinds", MeterKind.values());
		model.addAttribute("units", MeteringUnit.values());
		model.addAttribute("parents", all.stream().sorted(Comparator.comparing(Meter::code)).toList());
		model.addAttribute("devices",
				devices.values().stream().sorted(Comparator.comparing(DeviceSummary::deviceKey)).toList());
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("open", open);
		return "energy/meters";
	}

	private static MeterRow row(Meter m, Map<UUID, Meter> byId, Map<UUID, DeviceSummary> devices,
			@Nullable MeterHour last, ZoneId zone) {
		String terms = m.terms()
			.stream()
			.map((t) -> (t.subtract() ? "−" : "+") + t.meterCode())
			.collect(Collectors.joining(" "));
		Meter upstream = (m.parentId() != null) ? byId.get(m.parentId()) : null;
		DeviceSummary device = (m.deviceId() != null) ? devices.get(m.deviceId()) : null;
		String lastAt = (last != null) ? last.start().atZone(zone).format(HOUR) : null;
		return new MeterRow(m, (upstream != null) ? upstream.code() : null, device, terms, last, lastAt);
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A number field; a text that is not a number is said beside the field. */
	private @Nullable BigDecimal number(Map<String, String> form, String field, Map<String, List<String>> unreadable) {
		String text = text(form.get(field));
		if (text == null) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(text);
			if ("readingPeriodMinutes".equals(field) && number.stripTrailingZeros().scale() > 0) {
				throw new NumberFormatException(text);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			unreadable.put(field, List.of(this.problems.message("energy.meters.not-a-number", text)));
			return null;
		}
	}

	/** "+EL-A -EL-B" or "EL-A, -EL-B": a minus subtracts. */
	private static @Nullable List<MeterDraft.TermDraft> terms(@Nullable String value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		List<MeterDraft.TermDraft> terms = new ArrayList<>();
		for (String part : text.split("[\\s,]+")) {
			if (part.isEmpty() || "+".equals(part)) {
				continue;
			}
			boolean minus = part.startsWith("-");
			terms.add(new MeterDraft.TermDraft(part.replaceFirst("^[+-]", ""), minus));
		}
		return terms;
	}

	/**
	 * A node with its meters.
	 *
	 * @param node the node
	 * @param meters the meters hung on it
	 */
	public record NodeMeters(NodeOption node, List<MeterRow> meters) {
	}

	/**
	 * @param meter the meter
	 * @param upstream the upstream meter's code
	 * @param device the device reading its counter
	 * @param terms a virtual meter's terms, "+A −B"
	 * @param lastHour its last hour worked out
	 * @param lastHourAt that hour's start at the site
	 */
	public record MeterRow(Meter meter, @Nullable String upstream, @Nullable DeviceSummary device, String terms,
			@Nullable MeterHour lastHour, @Nullable String lastHourAt) {
	}

}
