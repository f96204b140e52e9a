package io.kaiwu.energy.report.web;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.energy.consumption.ConsumptionReport;
import io.kaiwu.energy.meter.Meter;
import io.kaiwu.energy.pricing.StoredTariff;
import io.kaiwu.energy.report.TouSplit;
import io.kaiwu.energy.tariff.Season;
import io.kaiwu.energy.tariff.TimeBand;
import io.kaiwu.shared.CsvTable;

/**
 * The energy tables as CSV, column names in English like the REST fields; a missing value
 * is an empty cell, never 0.
 */
final class EnergyTables {

	private EnergyTables() {
	}

	static CsvTable consumption(ConsumptionReport report) {
		CsvTable table = CsvTable.of("kind", "unit", "start", "hours", "missingHours", "complete", "quantity", "tce",
				"tonnesCo2", "cost");
		for (ConsumptionReport.Series s : report.series()) {
			for (ConsumptionReport.Bucket b : s.buckets()) {
				table.row(s.kind(), s.unit(), b.start(), b.hours(), b.missingHours(), b.complete(), b.quantity(),
						b.tce(), b.tonnesCo2(), b.cost());
			}
		}
		return table;
	}

	static CsvTable touSplit(TouSplit split) {
		CsvTable table = CsvTable.of("tariff", "period", "kWh", "cost", "sharePercent");
		for (TouSplit.Row row : split.periods()) {
			table.row(split.tariff(), row.period(), row.kWh(), row.cost(), row.share());
		}
		return table;
	}

	static CsvTable meters(List<Meter> meters, Map<UUID, String> nodeNames) {
		Map<UUID, String> codes = meters.stream().collect(Collectors.toMap(Meter::id, Meter::code));
		CsvTable table = CsvTable.of("code", "name", "kind", "unit", "node", "upstream", "virtual", "deviceId",
				"counterProperty", "readingPeriodMinutes", "counterMaximum", "resetBelow", "terms");
		for (Meter m : meters) {
			String terms = m.terms()
				.stream()
				.map((t) -> (t.subtract() ? "-" : "+") + t.meterCode())
				.collect(Collectors.joining(" "));
			table.row(m.code(), m.name(), m.kind(), m.unit().symbol(), nodeNames.get(m.nodeId()),
					(m.parentId() != null) ? codes.get(m.parentId()) : null, m.virtual(), m.deviceId(),
					m.counterProperty(), m.readingPeriodMinutes(), m.counterMaximum(), m.resetBelow(),
					terms.isEmpty() ? null : terms);
		}
		return table;
	}

	static CsvTable tariffs(List<StoredTariff> tariffs, Map<UUID, List<String>> sitesByTariff) {
		CsvTable table = CsvTable.of("code", "name", "validFrom", "source", "season", "months", "period", "from", "to",
				"price", "sites");
		for (StoredTariff t : tariffs) {
			String sites = String.join(" ", sitesByTariff.getOrDefault(t.id(), List.of()));
			for (Season season : t.seasons()) {
				String months = season.months()
					.stream()
					.sorted()
					.map((m) -> Integer.toString(m.getValue()))
					.collect(Collectors.joining(" "));
				for (TimeBand band : season.bands()) {
					table.row(t.code(), t.name(), t.validFrom(), t.source(), season.name(), months, band.period(),
							band.from(), band.to().equals(LocalTime.MIDNIGHT) ? "24:00" : band.to(),
							t.prices().get(band.period()), sites);
				}
			}
		}
		return table;
	}

}
