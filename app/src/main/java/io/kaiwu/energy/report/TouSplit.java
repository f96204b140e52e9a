package io.kaiwu.energy.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.energy.consumption.ConsumptionReport;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.tariff.TouPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Electricity of a period split over the tariff's periods (尖峰平谷): the known hours' kWh
 * and cost in each.
 *
 * @param tariff the site's tariff code; {@literal null} when the site has none (then
 * there is no split)
 * @param periods one row per period used, 尖 first
 * @param kWh the kWh split
 * @param cost their cost
 * @param missingHours hours of the period with no known electricity (not in the split)
 */
public record TouSplit(@Nullable String tariff, List<Row> periods, BigDecimal kWh, BigDecimal cost, int missingHours) {

	/**
	 * @param period the tariff period
	 * @param kWh its kWh
	 * @param cost its cost
	 * @param share its share of the kWh, in percent
	 */
	public record Row(TouPeriod period, BigDecimal kWh, BigDecimal cost, BigDecimal share) {
	}

	/** The split of the report's electricity series, added up over its buckets. */
	public static TouSplit of(ConsumptionReport report) {
		ConsumptionReport.Series electricity = report.series()
			.stream()
			.filter((s) -> s.kind() == MeterKind.ELECTRICITY)
			.findFirst()
			.orElse(null);
		if (electricity == null) {
			return new TouSplit(null, List.of(), BigDecimal.ZERO, BigDecimal.ZERO, 0);
		}
		Map<TouPeriod, BigDecimal> kWh = new EnumMap<>(TouPeriod.class);
		Map<TouPeriod, BigDecimal> cost = new EnumMap<>(TouPeriod.class);
		int missing = 0;
		for (ConsumptionReport.Bucket b : electricity.buckets()) {
			b.kWhByPeriod().forEach((p, v) -> kWh.merge(p, v, BigDecimal::add));
			b.costByPeriod().forEach((p, v) -> cost.merge(p, v, BigDecimal::add));
			missing += b.missingHours();
		}
		BigDecimal totalKWh = kWh.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal totalCost = cost.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<TouPeriod, BigDecimal> e : kWh.entrySet()) {
			BigDecimal share = (totalKWh.signum() == 0) ? BigDecimal.ZERO
					: e.getValue().multiply(BigDecimal.valueOf(100)).divide(totalKWh, 1, RoundingMode.HALF_UP);
			rows.add(new Row(e.getKey(), e.getValue(), cost.getOrDefault(e.getKey(), BigDecimal.ZERO), share));
		}
		return new TouSplit(electricity.tariff(), rows, totalKWh, totalCost, missing);
	}

}
