package io.kaiwu.energy.metering;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a meter measures, and the units such a meter may count in (the first is the usual
 * one).
 */
public enum MeterKind {

	ELECTRICITY(List.of(MeteringUnit.KWH, MeteringUnit.MWH)),

	WATER(List.of(MeteringUnit.M3, MeteringUnit.T)),

	/**
	 * Counted at standard reference conditions by a volume corrector, or at working
	 * conditions.
	 */
	NATURAL_GAS(List.of(MeteringUnit.NM3, MeteringUnit.M3)),

	/** By mass (t) or, with a heat meter, by heat (GJ). */
	STEAM(List.of(MeteringUnit.T, MeteringUnit.KG, MeteringUnit.GJ)),

	COMPRESSED_AIR(List.of(MeteringUnit.NM3, MeteringUnit.M3));

	private final List<MeteringUnit> units;

	MeterKind(List<MeteringUnit> units) {
		this.units = units;
	}

	public List<MeteringUnit> units() {
		return this.units;
	}

	public MeteringUnit usualUnit() {
		return this.units.get(0);
	}

	public boolean counts(MeteringUnit unit) {
		return this.units.contains(unit);
	}

	/**
	 * Whether a quantity of this kind counted in {@code from} can be expressed in
	 * {@code to}: within one dimension, and for water also between m³ and t (water
	 * statistics take 1 m³ as 1 t).
	 */
	public boolean converts(MeteringUnit from, MeteringUnit to) {
		return from.convertsTo(to) || waterVolumeAsMass(from, to);
	}

	/** The quantity in another unit, see {@link #converts}. */
	public BigDecimal convert(BigDecimal quantity, MeteringUnit from, MeteringUnit to) {
		if (waterVolumeAsMass(from, to)) {
			// one cubic metre of water is taken as one tonne
			return (from == MeteringUnit.M3) ? MeteringUnit.T.convert(quantity, to)
					: from.convert(quantity, MeteringUnit.T);
		}
		return from.convert(quantity, to);
	}

	private boolean waterVolumeAsMass(MeteringUnit from, MeteringUnit to) {
		return this == WATER && from.dimension() != to.dimension() && (from == MeteringUnit.M3 || to == MeteringUnit.M3)
				&& (from.dimension() == MeteringUnit.Dimension.MASS || to.dimension() == MeteringUnit.Dimension.MASS);
	}

}
