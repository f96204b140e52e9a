package io.kaiwu.production.configurator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh enterprise with a configurable gear shaft, made over real HTTP: a turning and a
 * heat-treatment work centre (no shift calendar), the shaft's BOM (one 45# blank, 3 %
 * scrap) and routing (10 精车 180 s, 20 铣键槽 150 s), and the product: heat treatment 调质 or
 * 感应淬火 (an extra step 30 in heat treatment), material 45# or 40Cr (the 40Cr blank
 * instead, finish turning a quarter slower), surface 发黑 or 镀锌 (excluding each other);
 * 感应淬火 requires 40Cr.
 */
final class ConfiguratorFixtures {

	private static int counter;

	final Api api;

	final Tenants.FreshTenant tenant;

	final String plant;

	final String turning;

	final String heat;

	final String lathe;

	final String coil;

	final String shaft;

	final String shaftCode;

	final String blank45;

	final String blank45Code;

	final String blank40Cr;

	final String blank40CrCode;

	final String blackening;

	final String zinc;

	final String customerCode;

	ConfiguratorFixtures(Api api) {
		this.api = api;
		this.tenant = Tenants.fresh(api, unique("配置企业"));
		this.plant = post("/api/v1/structure/nodes",
				Map.of("level", "SITE", "code", unique("PL"), "name", "配置工厂", "timeZone", "Asia/Shanghai"));
		this.turning = post("/api/v1/production/work-centres",
				Map.of("plantId", this.plant, "code", unique("WC-T"), "name", "车削中心"));
		this.heat = post("/api/v1/production/work-centres",
				Map.of("plantId", this.plant, "code", unique("WC-H"), "name", "热处理"));
		this.lathe = post("/api/v1/production/resources",
				Map.of("workCentreId", this.turning, "code", unique("L"), "name", "车床", "costPerHour", 100));
		this.coil = post("/api/v1/production/resources",
				Map.of("workCentreId", this.heat, "code", unique("IND"), "name", "感应淬火机", "costPerHour", 80));
		String pcs = post("/api/v1/units", Map.of("code", unique("pc"), "name", "件", "dimension", "COUNT"));
		String kg = post("/api/v1/units", Map.of("code", unique("kg"), "name", "千克", "dimension", "MASS"));
		this.shaftCode = unique("GS");
		this.shaft = item(this.shaftCode, "齿轮轴", "FINISHED", pcs);
		this.blank45Code = unique("B45");
		this.blank45 = item(this.blank45Code, "45# 毛坯", "SEMI_FINISHED", pcs);
		this.blank40CrCode = unique("B40CR");
		this.blank40Cr = item(this.blank40CrCode, "40Cr 毛坯", "SEMI_FINISHED", pcs);
		this.blackening = item(unique("BLK"), "发黑剂", "RAW_MATERIAL", kg);
		this.zinc = item(unique("ZN"), "锌", "RAW_MATERIAL", kg);
		this.customerCode = unique("CUS");
		post("/api/v1/partners", Map.of("code", this.customerCode, "name", "传动设备有限公司", "customer", true));
		post("/api/v1/production/boms", Map.of("itemId", this.shaft, "version", "A", "validFrom", "2020-01-01", "lines",
				List.of(Map.of("componentItemId", this.blank45, "quantity", 1, "scrapPercent", 3))));
		List<Map<String, Object>> steps = new ArrayList<>();
		steps.add(Map.of("sequence", 10, "operationCode", "OP10", "name", "精车", "workCentreId", this.turning,
				"resources", List.of(Map.of("resourceId", this.lathe)), "setupMinutes", 20, "runSecondsPerUnit", 180));
		steps.add(Map.of("sequence", 20, "operationCode", "OP20", "name", "铣键槽", "workCentreId", this.turning,
				"resources", List.of(Map.of("resourceId", this.lathe)), "setupMinutes", 10, "runSecondsPerUnit", 150));
		post("/api/v1/production/routings", Map.of("itemId", this.shaft, "version", "A", "productFamily", "SHAFT",
				"validFrom", "2020-01-01", "steps", steps));
	}

	/** The gear shaft's definition as the configurator API takes it. */
	Map<String, Object> definition() {
		Map<String, Object> induction = new LinkedHashMap<>();
		induction.put("kind", "EXTRA_STEP");
		induction.put("sequence", 30);
		induction.put("operationCode", "OP30");
		induction.put("operationName", "感应淬火");
		induction.put("workCentreId", this.heat);
		induction.put("resources", List.of(Map.of("resourceId", this.coil)));
		induction.put("setupMinutes", 15);
		induction.put("runSecondsPerUnit", 90);
		return Map.of(
				"baseItemId", this.shaft, "plantId", this.plant, "name", "齿轮轴（可配置）", "groups", List.of(
						Map.of("code", "HT", "name", "热处理", "required", true, "options",
								List.of(Map.of("code", "HT-QT", "name", "调质"),
										Map.of("code", "HT-IND", "name", "感应淬火", "effects", List.of(induction)))),
						Map.of("code", "MAT", "name", "材质", "required", true, "options",
								List.of(Map.of("code", "MAT-45", "name", "45#"),
										Map.of("code", "MAT-40CR", "name", "40Cr", "effects", List.of(
												Map.of("kind", "REPLACE_COMPONENT", "replacedItemId", this.blank45,
														"componentItemId", this.blank40Cr),
												Map.of("kind", "RUN_FACTOR", "sequence", 10, "factor", 1.25))))),
						Map.of("code", "SURF", "name", "表面处理", "several", true, "options", List.of(
								Map.of("code", "SURF-BLK", "name", "发黑", "effects",
										List.of(Map.of("kind", "ADD_COMPONENT", "componentItemId", this.blackening,
												"quantity", 0.01))),
								Map.of("code", "SURF-ZN", "name", "镀锌", "effects",
										List.of(Map.of("kind", "ADD_COMPONENT", "componentItemId", this.zinc,
												"quantity", 0.02)))))),
				"rules", List.of(Map.of("kind", "REQUIRES", "option", "HT-IND", "other", "MAT-40CR"),
						Map.of("kind", "EXCLUDES", "option", "SURF-BLK", "other", "SURF-ZN")));
	}

	/** Defines the gear shaft; its id. */
	String product() {
		return post("/api/v1/production/configurator/products", definition());
	}

	private String item(String code, String name, String kind, String unit) {
		return post("/api/v1/items",
				Map.of("code", code, "name", name, "kind", kind, "baseUnitId", unit, "grade", "GENERAL"));
	}

	String token() {
		return this.tenant.adminToken();
	}

	String post(String path, Map<String, ?> body) {
		Api.Answer answer = this.api.post(path, token(), body);
		assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	static synchronized String unique(String prefix) {
		counter++;
		return prefix + "-" + Long.toString(System.nanoTime() % 100_000_000L, 36) + counter;
	}

}
