package io.kaiwu.energy.hint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Looks for leaks behind every compressor of the tenant: a device whose thing model has
 * the numeric properties {@code airFlow} (m³/min) and {@code powerKw} (kW), as the
 * simulator's and most compressor controllers' do.
 */
@Component
class LeakFinder {

	static final String FLOW = "airFlow";

	static final String POWER = "powerKw";

	private final DeviceCatalog devices;

	private final DeviceReadings readings;

	private final SiteTariffs tariffs;

	LeakFinder(DeviceCatalog devices, DeviceReadings readings, SiteTariffs tariffs) {
		this.devices = devices;
		this.readings = readings;
		this.tariffs = tariffs;
	}

	List<Finding> find(TenantId tenant, Instant from, Instant to) {
		List<Finding> found = new ArrayList<>();
		for (DeviceSummary device : this.devices.devices(tenant)) {
			if (!numeric(device, FLOW) || !numeric(device, POWER)) {
				continue;
			}
			List<Reading> flow = this.readings.minuteMeans(tenant, device.deviceId(), FLOW, from, to);
			List<Reading> power = this.readings.minuteMeans(tenant, device.deviceId(), POWER, from, to);
			AirLeaks.find(flow, power).ifPresent((leak) -> found.add(finding(tenant, device, leak)));
		}
		return found;
	}

	private Finding finding(TenantId tenant, DeviceSummary device, AirLeak leak) {
		List<AirLeak.Window> windows = leak.windows();
		Instant first = windows.get(0).start();
		Instant last = windows.get(windows.size() - 1).end();
		BigDecimal kWhPerMonth = (leak.leakKw() != null)
				? BigDecimal.valueOf(leak.leakKw()).multiply(BigDecimal.valueOf(PerMonth.LENGTH.toHours())) : null;
		Optional<SiteTariffs.Priced> priced = this.tariffs.of(tenant, device.nodeId());
		// a leak blows round the clock: a month of it from now, priced period by period
		BigDecimal money = (kWhPerMonth != null && priced.isPresent())
				? priced.get().cost(last, last.plus(PerMonth.LENGTH), kWhPerMonth) : null;
		Map<String, @Nullable BigDecimal> figures = new LinkedHashMap<>();
		figures.put("leakFlow", round(leak.leakFlow(), 2));
		figures.put("baseFlow", round(leak.baseFlow(), 2));
		figures.put("referenceFlow", round(leak.referenceFlow(), 2));
		figures.put("spread", round(leak.spread(), 3));
		figures.put("kWPerFlow", round(leak.kWPerFlow(), 2));
		figures.put("leakKw", round(leak.leakKw(), 2));
		List<Evidence.Point> bases = new ArrayList<>();
		windows.forEach((w) -> bases.add(new Evidence.Point(w.start().toEpochMilli(), round2(w.baseFlow()))));
		List<Evidence.Point> reference = List.of(new Evidence.Point(first.toEpochMilli(), round2(leak.referenceFlow())),
				new Evidence.Point(windows.get(windows.size() - 1).start().toEpochMilli(),
						round2(leak.referenceFlow())));
		Evidence evidence = new Evidence("m3/min",
				List.of(new Evidence.Series("baseFlow", bases), new Evidence.Series("referenceFlow", reference)));
		return new Finding(tenant, SuggestionKind.FIX_LEAK, device.deviceId(), device.deviceKey(), device.name(),
				PerMonth.money(money), (kWhPerMonth != null) ? PerMonth.kWh(kWhPerMonth) : null,
				(kWhPerMonth != null) ? PerMonth.tce(kWhPerMonth) : null, figures, evidence, first, last);
	}

	private static boolean numeric(DeviceSummary device, String property) {
		return device.properties().stream().anyMatch((p) -> p.identifier().equals(property) && p.dataType().numeric());
	}

	private static @Nullable BigDecimal round(@Nullable Double value, int places) {
		return (value != null) ? BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_UP) : null;
	}

	private static double round2(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
