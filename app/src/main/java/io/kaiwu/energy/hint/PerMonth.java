package io.kaiwu.energy.hint;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

import io.kaiwu.energy.carbon.CoalCoefficient;
import io.kaiwu.energy.carbon.FactorTables;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import org.jspecify.annotations.Nullable;

/**
 * Hints are compared a month at a time: 30 days of 24 hours, at the rate seen in the
 * hours the data covers (hours without data are not taken as zero, they are left out).
 */
final class PerMonth {

	static final Duration LENGTH = Duration.ofDays(30);

	private static final Optional<CoalCoefficient> ELECTRICITY = FactorTables.load()
		.defaultCoalCoefficient(MeterKind.ELECTRICITY, MeteringUnit.KWH);

	private PerMonth() {
	}

	/** How many times the observed time goes into a month. */
	static BigDecimal scale(Duration observed) {
		return BigDecimal.valueOf(LENGTH.toMillis())
			.divide(BigDecimal.valueOf(observed.toMillis()), MathContext.DECIMAL64);
	}

	static @Nullable BigDecimal money(@Nullable BigDecimal value) {
		return (value != null) ? value.setScale(2, RoundingMode.HALF_UP) : null;
	}

	static BigDecimal kWh(BigDecimal value) {
		return value.setScale(3, RoundingMode.HALF_UP);
	}

	/** Tonnes of standard coal of electricity (GB/T 2589, 0.1229 kgce/kWh). */
	static @Nullable BigDecimal tce(BigDecimal kWh) {
		return ELECTRICITY
			.map((c) -> c.tce(kWh, MeterKind.ELECTRICITY, MeteringUnit.KWH).setScale(6, RoundingMode.HALF_UP))
			.orElse(null);
	}

	static BigDecimal hours(Duration time) {
		return BigDecimal.valueOf(time.toSeconds()).divide(BigDecimal.valueOf(3600), 3, RoundingMode.HALF_UP);
	}

}
