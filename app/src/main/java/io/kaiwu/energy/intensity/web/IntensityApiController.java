package io.kaiwu.energy.intensity.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.energy.intensity.IntensityReport;
import io.kaiwu.energy.intensity.OutputValue;
import io.kaiwu.energy.intensity.OutputValues;
import io.kaiwu.energy.intensity.ReadingIntensity;
import io.kaiwu.energy.intensity.SiteTree;
import io.kaiwu.energy.intensity.kernel.Figure;
import io.kaiwu.energy.output.Parts;
import io.kaiwu.energy.output.ReadingOutput;
import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.shared.CsvTable;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Output, output value and energy intensity over REST: a machine's good and rejected
 * parts by the hour, a site's output value per month (engineers enter it), and the
 * intensity figures of a node or machine by day or month, each missing one with its
 * reason.
 */
@RestController
@RequestMapping("/api/v1/energy")
@PreAuthorize("hasRole('VIEWER')")
class IntensityApiController {

	/** The longest span of hourly output asked for at once. */
	private static final int OUTPUT_DAYS = 31;

	private final ReadingIntensity intensity;

	private final ReadingOutput output;

	private final OutputValues values;

	private final EquipmentCatalog equipment;

	private final EnterpriseStructure structure;

	IntensityApiController(ReadingIntensity intensity, ReadingOutput output, OutputValues values,
			EquipmentCatalog equipment, EnterpriseStructure structure) {
		this.intensity = intensity;
		this.output = output;
		this.values = values;
		this.equipment = equipment;
		this.structure = structure;
	}

	@GetMapping("/intensity")
	IntensityReport intensity(@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable UUID equipmentId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String granularity) {
		return this.intensity.report(CurrentPrincipal.get().requireTenant(), nodeId, equipmentId, from, to,
				granularity);
	}

	/**
	 * The same periods as CSV; a missing figure is an empty cell with its reason in the
	 * column after it.
	 */
	@GetMapping("/intensity/export.csv")
	void exportIntensity(@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable UUID equipmentId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String granularity, HttpServletResponse response)
			throws IOException {
		IntensityReport report = intensity(nodeId, equipmentId, from, to, granularity);
		CsvTable table = CsvTable.of("subject", "code", "start", "end", "kWh", "kWhMissing", "tce", "tceMissing",
				"goodParts", "rejectParts", "reportedOutput", "outputValueWan", "outputValueMissing", "kWhPerPart",
				"kWhPerPartMissing", "tcePerWan", "tcePerWanMissing", "kWhPerWan", "kWhPerWanMissing");
		for (IntensityReport.Period p : report.periods()) {
			table.row(report.subject(), report.code(), p.start(), p.end(), p.kWh().value(), gap(p.kWh()),
					p.tce().value(), gap(p.tce()), p.goodParts(), p.rejectParts(), p.reportedOutput(),
					p.outputValueWan().value(), gap(p.outputValueWan()), p.kWhPerPart().value(), gap(p.kWhPerPart()),
					p.tcePerWan().value(), gap(p.tcePerWan()), p.kWhPerWan().value(), gap(p.kWhPerWan()));
		}
		table.writeTo(response, "energy-intensity-" + report.code());
	}

	@GetMapping("/output-values/export.csv")
	void exportOutputValues(@RequestParam UUID siteId, HttpServletResponse response) throws IOException {
		CsvTable table = CsvTable.of("siteId", "month", "valueWan");
		for (OutputValue v : outputValues(siteId)) {
			table.row(v.siteId(), v.month(), v.valueWan());
		}
		table.writeTo(response, "energy-output-values");
	}

	private static @Nullable String gap(Figure figure) {
		return (figure.gap() != null) ? figure.gap().name() + (figure.detail().isEmpty() ? "" : " " + figure.detail())
				: null;
	}

	/** A machine's parts hour by hour over whole days at its site. */
	@GetMapping("/output")
	List<HourParts> output(@RequestParam UUID equipmentId, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		EquipmentSummary machine = this.equipment.equipment(tenant, equipmentId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("equipment", equipmentId));
		List<FieldError> errors = new ArrayList<>();
		LocalDate first = day(from, "from", errors);
		LocalDate end = day(to, "to", errors);
		if (first != null && end != null && (!end.isAfter(first) || first.plusDays(OUTPUT_DAYS).isBefore(end))) {
			errors.add(new FieldError("to", "energy.intensity.problem.output-span", first, end, OUTPUT_DAYS));
		}
		if (!errors.isEmpty() || first == null || end == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		SiteTree tree = new SiteTree(this.structure.allNodes(tenant));
		ZoneId zone = tree.zoneOf(tree.siteOf(machine.nodeId()));
		List<Instant> bounds = new ArrayList<>();
		for (Instant h = first.atStartOfDay(zone).toInstant(); !h.isAfter(end.atStartOfDay(zone).toInstant()); h = h
			.plusSeconds(3600)) {
			bounds.add(h);
		}
		List<Parts> parts = this.output.parts(tenant, List.of(equipmentId), bounds);
		List<HourParts> hours = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			Parts p = parts.get(i);
			hours.add(new HourParts(bounds.get(i).atZone(zone).toOffsetDateTime(), p.good(), p.reject(), p.reported()));
		}
		return hours;
	}

	@GetMapping("/output-values")
	List<OutputValue> outputValues(@RequestParam UUID siteId) {
		return this.values.ofSite(CurrentPrincipal.get().requireTenant(), siteId);
	}

	@PutMapping("/output-values/{siteId}/{month}")
	@PreAuthorize("hasRole('ENGINEER')")
	OutputValue enter(@PathVariable UUID siteId, @PathVariable String month, @RequestBody ValueBody body) {
		return this.values.enter(CurrentPrincipal.get().requireTenant(), siteId, month,
				(body.valueWan() != null) ? body.valueWan().strip() : null);
	}

	/** The value in 万元, as a JSON string or number. */
	record ValueBody(@Nullable String valueWan) {
	}

	/**
	 * One hour of a machine's output.
	 *
	 * @param start the hour at the site
	 * @param good good parts
	 * @param reject rejected parts
	 * @param reported whether reported output (报工) replaced counted parts
	 */
	record HourParts(OffsetDateTime start, long good, long reject, boolean reported) {
	}

	private static @Nullable LocalDate day(@Nullable String text, String field, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError(field, "problem.field.required"));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "energy.intensity.problem.date", text.strip()));
			return null;
		}
	}

}
