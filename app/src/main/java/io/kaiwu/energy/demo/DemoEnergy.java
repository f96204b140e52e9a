package io.kaiwu.energy.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.energy.meter.ManagingMeters;
import io.kaiwu.energy.meter.Meter;
import io.kaiwu.energy.meter.MeterDraft;
import io.kaiwu.energy.pricing.ManagingTariffs;
import io.kaiwu.energy.pricing.StoredTariff;
import io.kaiwu.energy.pricing.TariffDraft;
import io.kaiwu.tenancy.DemoTenantCreated;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Meters the demo plant (苏州工厂, site SZ) on the simulator's devices (docs/simulator.md):
 * the incomer's power meter with the eight machines' power meters under it and a virtual
 * meter for what is left (compressor, lighting, base load), the plant water meter and the
 * boiler's gas meter, each with the register maximum the simulator rolls over at; and
 * prices the site's electricity under a time-of-use tariff with the Guangdong 2021
 * schedule.
 */
@Component
class DemoEnergy {

	/** The simulator's energy registers roll over from 99,999.99 kWh to 0.00. */
	private static final BigDecimal ENERGY_REGISTER = new BigDecimal("99999.99");

	/** Its water and gas volume registers roll over from 9,999,999.9 m³ to 0. */
	private static final BigDecimal VOLUME_REGISTER = new BigDecimal("9999999.9");

	/** The simulator's meters are read every few seconds; five minutes apart is a gap. */
	private static final int READING_PERIOD_MINUTES = 5;

	private static final List<String> MACHINES = List.of("cnc-01", "cnc-02", "cnc-03", "cnc-04", "imm-01", "imm-02",
			"imm-03", "imm-04");

	private final ManagingMeters meters;

	private final ManagingTariffs tariffs;

	private final DeviceCatalog devices;

	DemoEnergy(ManagingMeters meters, ManagingTariffs tariffs, DeviceCatalog devices) {
		this.meters = meters;
		this.tariffs = tariffs;
		this.devices = devices;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(6)
	void on(DemoTenantCreated demo) {
		Map<String, DeviceSummary> byKey = this.devices.devices(demo.tenant())
			.stream()
			.collect(Collectors.toMap(DeviceSummary::deviceKey, (d) -> d));
		DeviceSummary incomerDevice = byKey.get("demo-pm-incomer");
		if (incomerDevice == null) {
			return;
		}
		Meter incomer = this.meters.create(demo.tenant(), physical("EL-INCOMER", "进线总表", "ELECTRICITY", "kWh", null,
				incomerDevice, "energyKwh", ENERGY_REGISTER));
		List<MeterDraft.TermDraft> rest = new ArrayList<>();
		rest.add(new MeterDraft.TermDraft("EL-INCOMER", false));
		for (String machine : MACHINES) {
			DeviceSummary device = byKey.get("demo-pm-" + machine);
			if (device != null) {
				String code = "EL-" + machine.toUpperCase(Locale.ROOT);
				this.meters.create(demo.tenant(), physical(code, "电能表 " + machine.toUpperCase(Locale.ROOT),
						"ELECTRICITY", "kWh", incomer.id(), device, "energyKwh", ENERGY_REGISTER));
				rest.add(new MeterDraft.TermDraft(code, true));
			}
		}
		this.meters.create(demo.tenant(), new MeterDraft("EL-AUXILIARY", "公辅及其他（进线 − 各机台）", "ELECTRICITY", "kWh",
				incomerDevice.nodeId(), null, null, null, null, null, null, rest));
		DeviceSummary water = byKey.get("demo-water-01");
		if (water != null) {
			this.meters.create(demo.tenant(),
					physical("WATER-SZ", "厂区总水表", "WATER", "m3", null, water, "volume", VOLUME_REGISTER));
		}
		DeviceSummary gas = byKey.get("demo-gasmeter-01");
		if (gas != null) {
			// the simulator's register counts m³ at working conditions, without a volume
			// corrector
			this.meters.create(demo.tenant(),
					physical("GAS-BOILER", "锅炉天然气", "NATURAL_GAS", "m3", null, gas, "volume", VOLUME_REGISTER));
		}
		UUID site = demo.nodes().get("SZ");
		if (site != null) {
			StoredTariff tariff = this.tariffs.create(demo.tenant(), guangdongSchedule());
			this.tariffs.assignToSite(demo.tenant(), tariff.id(), site);
		}
	}

	private static MeterDraft physical(String code, String name, String kind, String unit, @Nullable UUID parent,
			DeviceSummary device, String property, BigDecimal register) {
		return new MeterDraft(code, name, kind, unit, device.nodeId(), parent, device.deviceId(), property,
				READING_PERIOD_MINUTES, register, null, null);
	}

	/**
	 * The hours of the Guangdong industrial and commercial schedule of 2021: 尖峰 11–12 and
	 * 15–17 in July to September, 峰 10–12 and 14–19, 平 8–10, 12–14 and 19–24, 谷 0–8. The
	 * flat price of 0.6 CNY/kWh is the demo's own; the others keep the notice's ratios:
	 * peak 1.7 and valley 0.38 times flat, critical peak 1.25 times peak.
	 */
	private static TariffDraft guangdongSchedule() {
		return new TariffDraft("DEMO-TOU", "示范分时电价（广东 2021 峰谷时段）", "2021-10-01",
				"时段与比价：广东省发改委《关于进一步完善我省峰谷分时电价政策有关问题的通知》（2021）；平段电价为示范值",
				Map.of("SHARP_PEAK", new BigDecimal("1.275"), "PEAK", new BigDecimal("1.02"), "FLAT",
						new BigDecimal("0.6"), "VALLEY", new BigDecimal("0.228")),
				List.of(new TariffDraft.SeasonDraft("7–9月", List.of(7, 8, 9),
						List.of(band("VALLEY", "00:00", "08:00"), band("FLAT", "08:00", "10:00"),
								band("PEAK", "10:00", "11:00"), band("SHARP_PEAK", "11:00", "12:00"),
								band("FLAT", "12:00", "14:00"), band("PEAK", "14:00", "15:00"),
								band("SHARP_PEAK", "15:00", "17:00"), band("PEAK", "17:00", "19:00"),
								band("FLAT", "19:00", "24:00"))),
						new TariffDraft.SeasonDraft("其他月份", List.of(1, 2, 3, 4, 5, 6, 10, 11, 12),
								List.of(band("VALLEY", "00:00", "08:00"), band("FLAT", "08:00", "10:00"),
										band("PEAK", "10:00", "12:00"), band("FLAT", "12:00", "14:00"),
										band("PEAK", "14:00", "19:00"), band("FLAT", "19:00", "24:00")))));
	}

	private static TariffDraft.BandDraft band(String period, String from, String to) {
		return new TariffDraft.BandDraft(period, from, to);
	}

}
