package io.kaiwu.energy.carbon;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import io.kaiwu.energy.metering.MeteringUnit;

/**
 * The unit of an emission factor: a mass of CO₂ per metering unit, such as tCO2/MWh or
 * kgCO2/Nm3.
 *
 * @param tonnesPerMass tonnes in one of the numerator's mass (1 for t, 0.001 for kg)
 * @param per the metering unit
 * @param text as written
 */
public record EmissionUnit(BigDecimal tonnesPerMass, MeteringUnit per, String text) {

	/** Reads tCO2/… or kgCO2/…; empty when it is neither. */
	public static Optional<EmissionUnit> parse(String text) {
		String[] parts = text.strip().split("/");
		if (parts.length != 2) {
			return Optional.empty();
		}
		String mass = parts[0].strip().toLowerCase(Locale.ROOT).replace('₂', '2');
		BigDecimal tonnes = switch (mass) {
			case "tco2", "tco2e" -> BigDecimal.ONE;
			case "kgco2", "kgco2e" -> new BigDecimal("0.001");
			default -> null;
		};
		if (tonnes == null) {
			return Optional.empty();
		}
		return MeteringUnit.bySymbol(parts[1]).map((per) -> new EmissionUnit(tonnes, per, text.strip()));
	}

}
