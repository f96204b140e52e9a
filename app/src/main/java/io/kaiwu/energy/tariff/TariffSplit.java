package io.kaiwu.energy.tariff;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What an interval's consumption cost, period by period.
 *
 * @param parts one per period the interval touched, in the order 尖, 峰, 平, 谷, 深谷
 */
public record TariffSplit(List<PeriodCost> parts) {

	public TariffSplit {
		parts = List.copyOf(parts);
	}

	public Optional<PeriodCost> part(TouPeriod period) {
		return this.parts.stream().filter((part) -> part.period() == period).findFirst();
	}

	public BigDecimal totalKWh() {
		return this.parts.stream().map(PeriodCost::kWh).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal totalCost() {
		return this.parts.stream().map(PeriodCost::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * One period's part.
	 *
	 * @param period the period
	 * @param time how much of the interval fell in it
	 * @param kWh its share of the consumption
	 * @param price its price per kWh
	 * @param cost share × price, not rounded
	 */
	public record PeriodCost(TouPeriod period, Duration time, BigDecimal kWh, BigDecimal price, BigDecimal cost) {
	}

}
