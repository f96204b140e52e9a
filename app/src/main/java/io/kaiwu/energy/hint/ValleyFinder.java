package io.kaiwu.energy.hint;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.energy.consumption.ConsumptionReport;
import io.kaiwu.energy.consumption.ReadingConsumption;
import io.kaiwu.energy.meter.ManagingMeters;
import io.kaiwu.energy.meter.Meter;
import io.kaiwu.energy.metering.MeteringUnit;
import io.kaiwu.energy.pricing.ManagingTariffs;
import io.kaiwu.energy.pricing.StoredTariff;
import io.kaiwu.energy.tariff.TouPeriod;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Prices each flexible meter's 尖峰 and 高峰 hours at the valley instead, from its stored
 * hours under the site's tariff. A meter on a site without a tariff has no peaks to move.
 */
@Component
class ValleyFinder {

	private final FlexibleMeters flexible;

	private final ManagingMeters meters;

	private final ReadingConsumption consumption;

	private final ManagingTariffs tariffs;

	ValleyFinder(FlexibleMeters flexible, ManagingMeters meters, ReadingConsumption consumption,
			ManagingTariffs tariffs) {
		this.flexible = flexible;
		this.meters = meters;
		this.consumption = consumption;
		this.tariffs = tariffs;
	}

	List<Finding> find(TenantId tenant, Instant from, Instant to) {
		List<Finding> found = new ArrayList<>();
		for (UUID id : this.flexible.of(tenant)) {
			Meter meter = this.meters.get(tenant, id);
			ConsumptionReport report = this.consumption.report(tenant, id, null,
					from.atOffset(ZoneOffset.UTC).toString(), to.atOffset(ZoneOffset.UTC).toString(), "HOUR");
			if (report.series().isEmpty() || report.series().get(0).tariff() == null) {
				continue;
			}
			ConsumptionReport.Series series = report.series().get(0);
			StoredTariff tariff = this.tariffs.list(tenant)
				.stream()
				.filter((t) -> t.code().equals(series.tariff()))
				.findFirst()
				.orElse(null);
			if (tariff != null) {
				finding(tenant, meter, series, tariff).ifPresent(found::add);
			}
		}
		return found;
	}

	private java.util.Optional<Finding> finding(TenantId tenant, Meter meter, ConsumptionReport.Series series,
			StoredTariff tariff) {
		Map<TouPeriod, BigDecimal> byPeriod = new EnumMap<>(TouPeriod.class);
		List<Evidence.Point> metered = new ArrayList<>();
		List<Evidence.Point> dear = new ArrayList<>();
		int known = 0;
		for (ConsumptionReport.Bucket bucket : series.buckets()) {
			long t = bucket.start().toInstant().toEpochMilli();
			if (bucket.quantity() == null) {
				metered.add(new Evidence.Point(t, null));
				dear.add(new Evidence.Point(t, null));
				continue;
			}
			known++;
			bucket.kWhByPeriod().forEach((p, kWh) -> byPeriod.merge(p, kWh, BigDecimal::add));
			metered.add(new Evidence.Point(t,
					meter.kind().convert(bucket.quantity(), meter.unit(), MeteringUnit.KWH).doubleValue()));
			dear.add(new Evidence.Point(t, ValleyShift.movable(bucket.kWhByPeriod()).doubleValue()));
		}
		BigDecimal saving = ValleyShift.saving(byPeriod, tariff.prices());
		if (known == 0 || saving.signum() <= 0) {
			return java.util.Optional.empty();
		}
		BigDecimal scale = PerMonth.scale(Duration.ofHours(known));
		BigDecimal movable = ValleyShift.movable(byPeriod);
		Map<String, @Nullable BigDecimal> figures = new LinkedHashMap<>();
		figures.put("sharpPeakKWh", PerMonth.kWh(byPeriod.getOrDefault(TouPeriod.SHARP_PEAK, BigDecimal.ZERO)));
		figures.put("peakKWh", PerMonth.kWh(byPeriod.getOrDefault(TouPeriod.PEAK, BigDecimal.ZERO)));
		figures.put("valleyPrice", ValleyShift.valleyPrice(tariff.prices()));
		figures.put("observedHours", BigDecimal.valueOf(known));
		figures.put("saving", PerMonth.money(saving));
		List<ConsumptionReport.Bucket> buckets = series.buckets();
		Instant first = buckets.get(0).start().toInstant();
		Instant last = buckets.get(buckets.size() - 1).start().toInstant().plus(Duration.ofHours(1));
		Evidence evidence = new Evidence("kWh",
				List.of(new Evidence.Series("meterKWh", metered), new Evidence.Series("peakKWh", dear)));
		// a shift saves money, not energy: the kWh are those moved, no tce
		return java.util.Optional.of(new Finding(tenant, SuggestionKind.SHIFT_TO_VALLEY, meter.id(), meter.code(),
				meter.name(), PerMonth.money(saving.multiply(scale)), PerMonth.kWh(movable.multiply(scale)), null,
				figures, evidence, first, last));
	}

}
