package io.kaiwu.energy.emission.web;

import io.kaiwu.energy.emission.CarbonReport;
import io.kaiwu.energy.intensity.kernel.Figure;
import io.kaiwu.shared.CsvTable;
import org.jspecify.annotations.Nullable;

/**
 * The carbon report as a table: one row per kind of energy, then the scope totals and the
 * intensities (a missing figure is an empty cell with its reason beside it).
 */
final class CarbonCsv {

	private CarbonCsv() {
	}

	static CsvTable of(CarbonReport r) {
		CsvTable table = CsvTable.of("site", "month", "row", "scope", "quantity", "unit", "missing_hours",
				"factor_code", "factor_value", "factor_unit", "factor_year", "factor_source", "tonnes_co2", "note");
		for (CarbonReport.Line l : r.lines()) {
			table.row(r.siteCode(), r.month(), l.kind().name(), l.scope(), l.quantity(), l.unit(), l.missingHours(),
					l.factorCode(), l.factorValue(), l.factorUnit(), l.factorYear(), l.factorSource(), l.tonnesCo2(),
					null);
		}
		String note = r.complete() ? null : "incomplete: " + r.missingHours() + " h missing " + r.withoutFactor();
		table.row(r.siteCode(), r.month(), "SCOPE_1", "SCOPE_1", null, null, null, null, null, null, null, null,
				r.scope1(), note);
		table.row(r.siteCode(), r.month(), "SCOPE_2", "SCOPE_2", null, null, null, null, null, null, null, null,
				r.scope2(), note);
		table.row(r.siteCode(), r.month(), "TOTAL", null, null, null, null, null, null, null, null, null, r.total(),
				note);
		table.row(r.siteCode(), r.month(), "GOOD_PARTS", null, r.goodParts(), "pcs", null, null, null, null, null, null,
				null, null);
		table.row(r.siteCode(), r.month(), "OUTPUT_VALUE", null, r.outputValueWan().value(), "万元", null, null, null,
				null, null, null, null, gap(r.outputValueWan()));
		table.row(r.siteCode(), r.month(), "TCO2_PER_PART", null, null, null, null, null, null, null, null, null,
				r.tonnesPerPart().value(), gap(r.tonnesPerPart()));
		table.row(r.siteCode(), r.month(), "TCO2_PER_WAN", null, null, null, null, null, null, null, null, null,
				r.tonnesPerWan().value(), gap(r.tonnesPerWan()));
		return table;
	}

	private static @Nullable String gap(Figure f) {
		return (f.gap() != null) ? f.gap().name() + " " + f.detail() : null;
	}

}
