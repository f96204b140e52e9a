package io.kaiwu.energy.metering;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * A unit a meter counts in. Units of one dimension convert by a fixed factor; a volume at
 * working conditions (m³) and one at standard reference conditions (Nm³) do not convert,
 * because that needs the gas's pressure and temperature.
 */
public enum MeteringUnit {

	KWH("kWh", Dimension.ENERGY, "1"),

	MWH("MWh", Dimension.ENERGY, "1000"),

	MJ("MJ", Dimension.HEAT, "1"),

	GJ("GJ", Dimension.HEAT, "1000"),

	KG("kg", Dimension.MASS, "1"),

	T("t", Dimension.MASS, "1000"),

	M3("m3", Dimension.VOLUME, "1"),

	NM3("Nm3", Dimension.STANDARD_VOLUME, "1");

	private final String symbol;

	private final Dimension dimension;

	private final BigDecimal inBaseUnit;

	MeteringUnit(String symbol, Dimension dimension, String inBaseUnit) {
		this.symbol = symbol;
		this.dimension = dimension;
		this.inBaseUnit = new BigDecimal(inBaseUnit);
	}

	/** How it is written: kWh, m3, Nm3, t … */
	public String symbol() {
		return this.symbol;
	}

	public Dimension dimension() {
		return this.dimension;
	}

	/**
	 * Whether a quantity in this unit can be expressed in the other by a fixed factor.
	 */
	public boolean convertsTo(MeteringUnit other) {
		return this.dimension == other.dimension;
	}

	/** The same quantity in another unit of this dimension. */
	public BigDecimal convert(BigDecimal quantity, MeteringUnit to) {
		if (!convertsTo(to)) {
			throw new IllegalArgumentException(this.symbol + " does not convert to " + to.symbol);
		}
		return quantity.multiply(this.inBaseUnit).divide(to.inBaseUnit);
	}

	/** The unit with this symbol (case-insensitive; m³ is accepted for m3). */
	public static Optional<MeteringUnit> bySymbol(String symbol) {
		String plain = symbol.strip().replace('³', '3');
		return Arrays.stream(values()).filter((unit) -> unit.symbol.equalsIgnoreCase(plain)).findFirst();
	}

	/** What a unit measures. */
	public enum Dimension {

		ENERGY, HEAT, MASS, VOLUME, STANDARD_VOLUME

	}

}
