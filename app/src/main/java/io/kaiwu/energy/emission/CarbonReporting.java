package io.kaiwu.energy.emission;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.energy.carbon.EmissionFactor;
import io.kaiwu.energy.consumption.ConsumptionReport;
import io.kaiwu.energy.consumption.ReadingConsumption;
import io.kaiwu.energy.emission.kernel.EmissionLine;
import io.kaiwu.energy.emission.kernel.PeriodEmissions;
import io.kaiwu.energy.intensity.OutputValues;
import io.kaiwu.energy.intensity.SiteTree;
import io.kaiwu.energy.intensity.kernel.EnergyIntensity;
import io.kaiwu.energy.intensity.kernel.Figure;
import io.kaiwu.energy.intensity.kernel.Gap;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import io.kaiwu.energy.output.Parts;
import io.kaiwu.energy.output.ReadingOutput;
import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's monthly carbon report: what each kind of energy the site meters added up to in
 * the month (its metering tree, as {@link ReadingConsumption} adds a node), at the factor
 * the site uses; scope 1 and scope 2; and the tonnes per good part of the site's machines
 * and per 万元 of the month's output value. The tonnes per part and per 万元 are missing
 * while hours of the month are (the month in progress, a gap in the readings).
 */
@Service
public class CarbonReporting {

	private final ReadingConsumption consumption;

	private final SiteFactors factors;

	private final ReadingOutput output;

	private final OutputValues values;

	private final EquipmentCatalog equipment;

	private final EnterpriseStructure structure;

	CarbonReporting(ReadingConsumption consumption, SiteFactors factors, ReadingOutput output, OutputValues values,
			EquipmentCatalog equipment, EnterpriseStructure structure) {
		this.consumption = consumption;
		this.factors = factors;
		this.output = output;
		this.values = values;
		this.equipment = equipment;
		this.structure = structure;
	}

	@Transactional(readOnly = true)
	public CarbonReport report(TenantId tenant, UUID siteId, @Nullable String monthText) {
		SiteTree tree = new SiteTree(this.structure.allNodes(tenant));
		StructureNode site = tree.node(siteId);
		if (site == null) {
			throw new KaiwuProblem.NotFound("structure-node", siteId);
		}
		List<FieldError> errors = new ArrayList<>();
		if (site.level() != NodeLevel.SITE) {
			errors.add(new FieldError("siteId", "energy.carbon.problem.not-a-site", site.name()));
		}
		YearMonth month = month(monthText, errors);
		if (!errors.isEmpty() || month == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		ZoneId zone = tree.zoneOf(site);
		ConsumptionReport used = this.consumption.report(tenant, null, siteId, month.atDay(1).toString(),
				month.plusMonths(1).atDay(1).toString(), "MONTH");
		Map<MeterKind, EmissionFactor> inUse = this.factors.inUse(tenant, siteId);
		List<PeriodEmissions.Use> uses = new ArrayList<>();
		for (ConsumptionReport.Series s : used.series()) {
			ConsumptionReport.Bucket b = s.buckets().get(0);
			uses.add(new PeriodEmissions.Use(s.kind(), MeteringUnit.bySymbol(s.unit()).orElseThrow(), b.quantity(),
					b.missingHours(), inUse.get(s.kind())));
		}
		PeriodEmissions emissions = PeriodEmissions.of(uses);
		Parts parts = this.output.parts(tenant, tree.machinesUnder(siteId, this.equipment.all(tenant)),
				List.of(month.atDay(1).atStartOfDay(zone).toInstant(),
						month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
			.get(0);
		Figure value = this.values.of(tenant, siteId, month)
			.map((v) -> Figure.known(v.valueWan()))
			.orElseGet(() -> Figure.missing(Gap.NO_OUTPUT_VALUE, site.name()));
		Figure total = total(emissions);
		return new CarbonReport(site.id(), site.code(), site.name(), month.toString(), zone.getId(),
				emissions.lines().stream().map(CarbonReporting::line).toList(), emissions.scope1(), emissions.scope2(),
				emissions.total(), emissions.complete(), emissions.missingHours(), emissions.withoutFactor(),
				parts.good(), parts.reject(), value,
				EnergyIntensity.perGoodPart(total, Figure.known(BigDecimal.valueOf(parts.good()))),
				EnergyIntensity.perOutputValue(total, value));
	}

	private static @Nullable YearMonth month(@Nullable String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError("month", "problem.field.required"));
			return null;
		}
		String value = text.strip();
		if (value.matches("\\d{4}-\\d{2}")) {
			try {
				return YearMonth.parse(value);
			}
			catch (DateTimeException ex) {
				// refused below
			}
		}
		errors.add(new FieldError("month", "energy.carbon.problem.month", value));
		return null;
	}

	private static Figure total(PeriodEmissions emissions) {
		if (emissions.missingHours() > 0) {
			return Figure.missing(Gap.CONSUMPTION_INCOMPLETE, emissions.missingHours() + " h");
		}
		if (!emissions.withoutFactor().isEmpty()) {
			return Figure.missing(Gap.NO_EMISSION_FACTOR, emissions.withoutFactor().toString());
		}
		return Figure.known(emissions.total());
	}

	private static CarbonReport.Line line(EmissionLine l) {
		EmissionFactor f = l.factor();
		return new CarbonReport.Line(l.kind(), (l.scope() != null) ? l.scope().name() : null, l.unit().symbol(),
				l.quantity(), l.missingHours(), (f != null) ? f.code() : null, (f != null) ? f.value() : null,
				(f != null) ? f.unit().text() : null, (f != null) ? f.dataYear() : null,
				(f != null) ? f.source() : null, l.tonnesCo2());
	}

}
