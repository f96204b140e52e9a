package io.kaiwu.energy.baseline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.energy.carbon.FactorTables;
import io.kaiwu.energy.consumption.ConsumptionReport;
import io.kaiwu.energy.consumption.ReadingConsumption;
import io.kaiwu.energy.metering.MeteringUnit;
import io.kaiwu.energy.pricing.ManagingTariffs;
import io.kaiwu.energy.pricing.StoredTariff;
import io.kaiwu.energy.tariff.TouTariff;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares a period's hourly consumption with the baseline of a reference period (by hour
 * of the week), for a meter or a node, and prices the saving hour by hour at the site's
 * tariff. Both periods are read as the consumption report reads them: missing hours stay
 * missing.
 */
@Service
public class BaselineComparison {

	private final ReadingConsumption consumption;

	private final ManagingTariffs tariffs;

	private final FactorTables published = FactorTables.load();

	BaselineComparison(ReadingConsumption consumption, ManagingTariffs tariffs) {
		this.consumption = consumption;
		this.tariffs = tariffs;
	}

	@Transactional(readOnly = true)
	public BaselineReport compare(TenantId tenant, @Nullable UUID meterId, @Nullable UUID nodeId,
			@Nullable String referenceFrom, @Nullable String referenceTo, @Nullable String from, @Nullable String to,
			@Nullable String profile) {
		Profile by = profile(profile);
		ConsumptionReport reference = read(tenant, meterId, nodeId, referenceFrom, referenceTo, "reference");
		ConsumptionReport actual = read(tenant, meterId, nodeId, from, to, "");
		ZoneId zone = ZoneId.of(actual.timeZone());
		List<BaselineReport.Series> series = new ArrayList<>();
		for (ConsumptionReport.Series now : actual.series()) {
			ConsumptionReport.Series before = reference.series()
				.stream()
				.filter((s) -> s.kind() == now.kind())
				.findFirst()
				.orElse(null);
			series.add(series(now, before, zone, tenant, by));
		}
		return new BaselineReport(by, actual.timeZone(), reference.from(), reference.to(), actual.from(), actual.to(),
				series);
	}

	/** One period, with a refused field named as the caller named it. */
	private ConsumptionReport read(TenantId tenant, @Nullable UUID meterId, @Nullable UUID nodeId,
			@Nullable String from, @Nullable String to, String prefix) {
		try {
			return this.consumption.report(tenant, meterId, nodeId, from, to, "HOUR");
		}
		catch (KaiwuProblem.InvalidInput refused) {
			if (prefix.isEmpty()) {
				throw refused;
			}
			List<KaiwuProblem.FieldError> renamed = refused.errors()
				.stream()
				.map((e) -> new KaiwuProblem.FieldError((e.field().equals("from") || e.field().equals("to"))
						? prefix + capitalised(e.field()) : e.field(), e.messageKey(), e.args()))
				.toList();
			throw new KaiwuProblem.InvalidInput(renamed);
		}
	}

	private BaselineReport.Series series(ConsumptionReport.Series now, ConsumptionReport.@Nullable Series before,
			ZoneId zone, TenantId tenant, Profile by) {
		List<HourlyBaseline.Hour> referenceHours = new ArrayList<>();
		if (before != null) {
			before.buckets()
				.forEach((b) -> referenceHours.add(new HourlyBaseline.Hour(b.start().toLocalDateTime(), b.quantity())));
		}
		List<HourlyBaseline.Hour> actualHours = now.buckets()
			.stream()
			.map((b) -> new HourlyBaseline.Hour(b.start().toLocalDateTime(), b.quantity()))
			.toList();
		HourlyBaseline.Comparison comparison = HourlyBaseline.of(by, referenceHours).compare(actualHours);
		MeteringUnit unit = MeteringUnit.bySymbol(now.unit()).orElse(now.kind().usualUnit());
		TouTariff tariff = (now.tariff() != null) ? tariff(tenant, now.tariff()) : null;
		BigDecimal cost = null;
		if (tariff != null) {
			cost = BigDecimal.ZERO;
			for (int i = 0; i < comparison.hours().size(); i++) {
				BigDecimal saving = comparison.hours().get(i).saving();
				if (saving != null) {
					Instant start = now.buckets().get(i).start().toInstant();
					BigDecimal kWh = now.kind().convert(saving, unit, MeteringUnit.KWH);
					cost = cost.add(tariff.split(start, start.plus(Duration.ofHours(1)), kWh, zone).totalCost());
				}
			}
		}
		boolean any = comparison.hoursCompared() > 0;
		BigDecimal saving = any ? comparison.saving() : null;
		BigDecimal tce = (saving != null && now.coalCoefficient() != null)
				? this.published.coalCoefficient(now.coalCoefficient())
					.map((c) -> c.tce(saving, now.kind(), unit).setScale(6, RoundingMode.HALF_UP))
					.orElse(null)
				: null;
		BigDecimal percent = (any && comparison.expected().signum() != 0) ? comparison.saving()
			.multiply(BigDecimal.valueOf(100))
			.divide(comparison.expected(), MathContext.DECIMAL64)
			.setScale(2, RoundingMode.HALF_UP) : null;
		List<BaselineReport.HourView> hours = new ArrayList<>();
		for (int i = 0; i < comparison.hours().size(); i++) {
			HourlyBaseline.Compared c = comparison.hours().get(i);
			hours.add(new BaselineReport.HourView(now.buckets().get(i).start(), scaled(c.actual(), 3),
					scaled(c.expected(), 3)));
		}
		return new BaselineReport.Series(now.kind(), now.unit(), comparison.hoursCompared(), comparison.hoursMissing(),
				any ? scaled(comparison.expected(), 3) : null, any ? scaled(comparison.actual(), 3) : null,
				scaled(saving, 3), percent, (any && cost != null) ? cost.setScale(2, RoundingMode.HALF_UP) : null, tce,
				(cost != null) ? now.tariff() : null, hours);
	}

	private @Nullable TouTariff tariff(TenantId tenant, String code) {
		return this.tariffs.list(tenant)
			.stream()
			.filter((t) -> t.code().equals(code))
			.findFirst()
			.map(StoredTariff::tariff)
			.orElse(null);
	}

	private static @Nullable BigDecimal scaled(@Nullable BigDecimal value, int places) {
		return (value != null) ? value.setScale(places, RoundingMode.HALF_UP) : null;
	}

	private static Profile profile(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Profile.HOUR_OF_WEEK;
		}
		try {
			return Profile.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new KaiwuProblem.InvalidInput("profile", "energy.baseline.problem.profile", text);
		}
	}

	private static String capitalised(String field) {
		return Character.toUpperCase(field.charAt(0)) + field.substring(1);
	}

}
