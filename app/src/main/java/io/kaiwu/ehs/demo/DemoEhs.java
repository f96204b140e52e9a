package io.kaiwu.ehs.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.ehs.site.DischargePointDraft;
import io.kaiwu.ehs.site.HazardSourceDraft;
import io.kaiwu.ehs.site.ManagingEhsSites;
import io.kaiwu.ehs.site.PointDraft;
import io.kaiwu.tenancy.DemoTenantCreated;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The demo plant's EHS points in site SZ: the boiler stack's CEMS as a gas discharge
 * point with the GB 13271-2014 table 2 limits for new gas-fired boilers (SO₂ 50, NOx 200,
 * particulate 20 mg/m³; 蓝 80 %, 黄 100 %, 橙 120 %, 红 150 % of the limit), and the three
 * gas detectors on the hazardous sources they guard, the boiler room's natural gas first.
 * Gas set points: combustible gas 25 %LEL first and 50 %LEL second alarm (GB/T
 * 50493-2019); CO and H₂S at their occupational limits (GBZ 2.1-2019: CO PC-TWA 20 mg/m³
 * ≈ 17 ppm, H₂S MAC 10 mg/m³ ≈ 7 ppm) with the second alarm at twice that.
 */
@Component
class DemoEhs {

	static final String GB13271 = "GB 13271-2014 表2 燃气锅炉";

	private final DeviceCatalog devices;

	private final ManagingEhsSites sites;

	DemoEhs(DeviceCatalog devices, ManagingEhsSites sites) {
		this.devices = devices;
		this.sites = sites;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(5)
	void on(DemoTenantCreated demo) {
		Map<String, UUID> byKey = this.devices.devices(demo.tenant())
			.stream()
			.collect(Collectors.toMap(DeviceSummary::deviceKey, DeviceSummary::deviceId));
		UUID stack = byKey.get("demo-stack-01");
		UUID boilerRoom = demo.nodes().get("SZ-UT-PS-BR");
		if (stack == null || boilerRoom == null) {
			return;
		}
		this.sites.create(demo.tenant(),
				new DischargePointDraft("DA001", "锅炉烟囱 DA001", "GAS", boilerRoom,
						List.of(emission("SO₂", stack, "so2", "50"), emission("NOx", stack, "nox", "200"),
								emission("颗粒物", stack, "particulate", "20"))));
		source(demo, byKey, "HS-BR-NG", "锅炉房天然气", "demo-gasdet-01", "SZ-UT-PS-BR", List.of("天然气", "一氧化碳"));
		source(demo, byKey, "HS-IM-GAS", "注塑车间 热分解气体", "demo-gasdet-02", "SZ-IM", List.of("一氧化碳"));
		source(demo, byKey, "HS-WW-H2S", "污水处理站 硫化氢与沼气", "demo-gasdet-03", "SZ-UT-EP-WW", List.of("硫化氢", "甲烷"));
	}

	private void source(DemoTenantCreated demo, Map<String, UUID> byKey, String code, String name, String detectorKey,
			String nodeCode, List<String> substances) {
		UUID detector = byKey.get(detectorKey);
		UUID node = demo.nodes().get(nodeCode);
		if (detector == null || node == null) {
			return;
		}
		this.sites.create(demo.tenant(), new HazardSourceDraft(code, name, "FOUR", node, substances, List.of(
				gas("可燃气体", detector, "lelPercent", "%LEL", "25", "GB/T 50493-2019 一级报警", "10", "25", "50", "75"),
				gas("一氧化碳", detector, "coPpm", "ppm", "17", "GBZ 2.1-2019 PC-TWA 20 mg/m³", "12", "17", "34", "51"),
				gas("硫化氢", detector, "h2sPpm", "ppm", "7", "GBZ 2.1-2019 MAC 10 mg/m³", "5", "7", "14", "21"))));
	}

	private static PointDraft emission(String pollutant, UUID stack, String property, String limit) {
		BigDecimal l = new BigDecimal(limit);
		return new PointDraft(pollutant, stack, property, "mg/m³", l, GB13271,
				Map.of("blue", l.multiply(new BigDecimal("0.8")), "yellow", l, "orange",
						l.multiply(new BigDecimal("1.2")), "red", l.multiply(new BigDecimal("1.5"))),
				l.multiply(new BigDecimal("0.04")), null);
	}

	private static PointDraft gas(String substance, UUID detector, String property, String unit, String limit,
			String standard, String blue, String yellow, String orange, String red) {
		return new PointDraft(substance, detector, property, unit, new BigDecimal(limit), standard,
				Map.of("blue", new BigDecimal(blue), "yellow", new BigDecimal(yellow), "orange", new BigDecimal(orange),
						"red", new BigDecimal(red)),
				null, null);
	}

}
