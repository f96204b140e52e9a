package io.kaiwu.energy.carbon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The published coefficients and factors shipped as data: {@code energy/standard-coal-
 * coefficients.csv} (GB/T 2589) and {@code energy/emission-factors.csv} (MEE / NBS grid
 * factors, guideline defaults), each row with its source. A row that fails a check stops
 * the load with the row's code and reason.
 */
public final class FactorTables {

	static final String COAL_COEFFICIENTS = "/energy/standard-coal-coefficients.csv";

	static final String EMISSION_FACTORS = "/energy/emission-factors.csv";

	private final List<CoalCoefficient> coalCoefficients;

	private final List<EmissionFactor> emissionFactors;

	/** Codes marked as the default for their kind. */
	private final List<String> defaults;

	private FactorTables(List<CoalCoefficient> coalCoefficients, List<EmissionFactor> emissionFactors,
			List<String> defaults) {
		this.coalCoefficients = List.copyOf(coalCoefficients);
		this.emissionFactors = List.copyOf(emissionFactors);
		this.defaults = List.copyOf(defaults);
	}

	/** Reads both tables from the class path. */
	public static FactorTables load() {
		List<String> defaults = new ArrayList<>();
		List<CoalCoefficient> coefficients = read(COAL_COEFFICIENTS, (row) -> {
			if (Boolean.parseBoolean(row.get("default_for_kind"))) {
				defaults.add(row.get("code"));
			}
			return coalCoefficient(row);
		});
		List<EmissionFactor> factors = read(EMISSION_FACTORS, (row) -> {
			if (Boolean.parseBoolean(row.get("default_for_kind"))) {
				defaults.add(row.get("code"));
			}
			return emissionFactor(row);
		});
		return new FactorTables(coefficients, factors, defaults);
	}

	private static CoalCoefficient coalCoefficient(CSVRecord row) {
		String code = row.get("code");
		String unit = row.get("per_unit");
		if (unit.isBlank()) {
			throw new InvalidFactor(code, InvalidFactor.Reason.NO_UNIT, "");
		}
		MeteringUnit perUnit = MeteringUnit.bySymbol(unit)
			.orElseThrow(() -> new InvalidFactor(code, InvalidFactor.Reason.UNKNOWN_UNIT, unit));
		if (row.get("source").isBlank()) {
			throw new InvalidFactor(code, InvalidFactor.Reason.NO_SOURCE, "");
		}
		MeterKind kind = row.get("meter_kind").isBlank() ? null : MeterKind.valueOf(row.get("meter_kind"));
		if (kind != null && kind.units().stream().noneMatch((meterUnit) -> kind.converts(meterUnit, perUnit))) {
			throw new InvalidFactor(code, InvalidFactor.Reason.UNIT_NOT_OF_KIND, unit + " / " + kind);
		}
		return new CoalCoefficient(code, row.get("name_zh"), new BigDecimal(row.get("kgce")), perUnit,
				CoalCoefficient.Basis.valueOf(row.get("basis")), kind, row.get("standard"), row.get("label"),
				row.get("source"));
	}

	private static EmissionFactor emissionFactor(CSVRecord row) {
		String year = row.get("data_year");
		return EmissionFactor.of(row.get("code"), row.get("name_zh"), new BigDecimal(row.get("value")), row.get("unit"),
				MeterKind.valueOf(row.get("meter_kind")), Scope.valueOf(row.get("scope")),
				year.isBlank() ? null : Integer.valueOf(year), row.get("factor_set"), row.get("label"),
				row.get("source"));
	}

	private static <T> List<T> read(String resource, Function<CSVRecord, T> mapping) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (InputStream in = FactorTables.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the class path");
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				List<T> rows = new ArrayList<>();
				for (CSVRecord row : format.parse(reader)) {
					rows.add(mapping.apply(row));
				}
				return rows;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(resource, ex);
		}
	}

	public List<CoalCoefficient> coalCoefficients() {
		return this.coalCoefficients;
	}

	public List<EmissionFactor> emissionFactors() {
		return this.emissionFactors;
	}

	public Optional<CoalCoefficient> coalCoefficient(String code) {
		return this.coalCoefficients.stream().filter((c) -> c.code().equals(code)).findFirst();
	}

	public Optional<EmissionFactor> emissionFactor(String code) {
		return this.emissionFactors.stream().filter((f) -> f.code().equals(code)).findFirst();
	}

	/** The default coefficient for a meter of this kind counting in this unit. */
	public Optional<CoalCoefficient> defaultCoalCoefficient(MeterKind kind, MeteringUnit unit) {
		return this.coalCoefficients.stream()
			.filter((c) -> this.defaults.contains(c.code()) && c.fits(kind, unit))
			.findFirst();
	}

	/**
	 * The default emission factor for a meter of this kind counting in this unit: for
	 * electricity the latest national average grid factor; empty when none fits (water,
	 * compressed air, or steam counted in tonnes where the default is per GJ).
	 */
	public Optional<EmissionFactor> defaultEmissionFactor(MeterKind kind, MeteringUnit unit) {
		return this.emissionFactors.stream()
			.filter((f) -> this.defaults.contains(f.code()) && f.kind() == kind && f.fits(unit))
			.findFirst();
	}

}
