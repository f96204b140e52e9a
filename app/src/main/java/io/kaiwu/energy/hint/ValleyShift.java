package io.kaiwu.energy.hint;

import java.math.BigDecimal;
import java.util.Map;

import io.kaiwu.energy.tariff.TouPeriod;

/**
 * Moving a flexible load to the valley (移峰填谷): each kWh drawn in 尖峰 or 高峰 costs that
 * period's price less the valley's (谷) price more than it would at night. A tariff
 * without a 谷 price is compared with its cheapest period.
 */
public final class ValleyShift {

	private ValleyShift() {
	}

	/**
	 * @param kWhByPeriod what the load drew in each period
	 * @param prices the tariff's price per kWh of each period
	 * @return the money moving the 尖峰 and 高峰 kWh to the valley would save
	 */
	public static BigDecimal saving(Map<TouPeriod, BigDecimal> kWhByPeriod, Map<TouPeriod, BigDecimal> prices) {
		BigDecimal valley = valleyPrice(prices);
		BigDecimal saving = BigDecimal.ZERO;
		for (TouPeriod dear : new TouPeriod[] { TouPeriod.SHARP_PEAK, TouPeriod.PEAK }) {
			BigDecimal kWh = kWhByPeriod.get(dear);
			BigDecimal price = prices.get(dear);
			if (kWh != null && price != null && price.compareTo(valley) > 0) {
				saving = saving.add(kWh.multiply(price.subtract(valley)));
			}
		}
		return saving;
	}

	/** The 谷 price, or the cheapest one when the tariff has no 谷. */
	public static BigDecimal valleyPrice(Map<TouPeriod, BigDecimal> prices) {
		BigDecimal valley = prices.get(TouPeriod.VALLEY);
		if (valley != null) {
			return valley;
		}
		return prices.values().stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
	}

	/** The kWh that would move: those drawn in 尖峰 and 高峰. */
	public static BigDecimal movable(Map<TouPeriod, BigDecimal> kWhByPeriod) {
		return kWhByPeriod.getOrDefault(TouPeriod.SHARP_PEAK, BigDecimal.ZERO)
			.add(kWhByPeriod.getOrDefault(TouPeriod.PEAK, BigDecimal.ZERO));
	}

}
