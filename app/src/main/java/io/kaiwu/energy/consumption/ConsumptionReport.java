package io.kaiwu.energy.consumption;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.tariff.TouPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Consumption of a meter or a structure node over [from, to), bucket by bucket.
 *
 * @param granularity hour, day or month
 * @param timeZone the site's time zone the buckets follow
 * @param from the first hour asked for
 * @param to the end, exclusive
 * @param series one per kind of energy (a node may have electricity, water and gas)
 */
public record ConsumptionReport(Granularity granularity, String timeZone, OffsetDateTime from, OffsetDateTime to,
		List<Series> series) {

	/**
	 * One kind of energy.
	 *
	 * @param kind what is measured
	 * @param unit the unit quantities are in
	 * @param meters the codes of the meters added up
	 * @param tariff the site's tariff code that prices electricity, if one is set
	 * @param coalCoefficient the GB/T 2589 coefficient tce is worked out with, if any
	 * @param emissionFactor the default emission factor CO₂ is worked out with, if any
	 * @param buckets in time order
	 */
	public record Series(MeterKind kind, String unit, List<String> meters, @Nullable String tariff,
			@Nullable String coalCoefficient, @Nullable String emissionFactor, List<Bucket> buckets) {
	}

	/**
	 * One hour, day or month. A bucket with a missing hour is never complete: its
	 * quantity (and what follows from it) adds up only the hours that are known.
	 *
	 * @param start the bucket's start in the site's time zone
	 * @param hours the hours of the bucket asked for
	 * @param missingHours of those, the hours not known
	 * @param complete whether every hour is known
	 * @param quantity the sum of the known hours; {@literal null} when none is known
	 * @param tce tonnes of standard coal of the quantity
	 * @param tonnesCo2 tonnes of CO₂ at the default factor
	 * @param cost the cost under the site's tariff (electricity only)
	 * @param kWhByPeriod the kWh in each period of the tariff (尖峰平谷)
	 * @param costByPeriod the cost of each period
	 * @param flagged readings set aside in the bucket's hours, each with its meter and
	 * reason (e.g. a counter going backwards)
	 */
	public record Bucket(OffsetDateTime start, int hours, int missingHours, boolean complete,
			@Nullable BigDecimal quantity, @Nullable BigDecimal tce, @Nullable BigDecimal tonnesCo2,
			@Nullable BigDecimal cost, Map<TouPeriod, BigDecimal> kWhByPeriod, Map<TouPeriod, BigDecimal> costByPeriod,
			List<String> flagged) {
	}

}
