package io.kaiwu.quality.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.support.Api;
import io.kaiwu.support.Tenants;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh enterprise for the traceability tests, over the REST API: units, items (a steel
 * bar, a shaft blank, a finished shaft, all GENERAL, and a CORE-graded secret alloy),
 * suppliers (one GENERAL, one IMPORTANT), three customers, and a lathe on a device whose
 * type measures spindle temperature.
 */
final class TraceFixtures {

	static final String PASSWORD = "Settled-Passw0rd-7";

	final Api api;

	final Tenants.FreshTenant tenant;

	final String kg;

	final String pcs;

	final String steel;

	final String blank;

	final String shaft;

	final String secretAlloy;

	final String steelMill;

	final String secretMill;

	final List<String> customers = new ArrayList<>();

	final String lathe;

	final UUID latheDevice;

	TraceFixtures(Api api) {
		this.api = api;
		this.tenant = Tenants.fresh(api, unique("追溯企业"));
		this.kg = post("/api/v1/units", Map.of("code", unique("kg"), "name", "千克", "dimension", "MASS"));
		this.pcs = post("/api/v1/units", Map.of("code", unique("pc"), "name", "件", "dimension", "COUNT"));
		this.steel = item("42CrMo 圆钢 Φ40", "RAW_MATERIAL", this.kg, "GENERAL");
		this.blank = item("传动轴毛坯", "SEMI_FINISHED", this.pcs, "GENERAL");
		this.shaft = item("传动轴 DS-200", "FINISHED", this.pcs, "GENERAL");
		this.secretAlloy = item("特种合金 X-7", "RAW_MATERIAL", this.kg, "CORE");
		this.steelMill = partner("华北特钢", true, false, "GENERAL");
		this.secretMill = partner("保密供应商", true, false, "IMPORTANT");
		for (String name : List.of("一汽解放", "东风商用车", "陕汽重卡")) {
			this.customers.add(partner(name, false, true, "GENERAL"));
		}
		String site = post("/api/v1/structure/nodes",
				Map.of("level", "SITE", "code", unique("TR"), "name", "追溯工厂", "timeZone", "Asia/Shanghai"));
		String type = post("/api/v1/device-types",
				Map.of("code", unique("lathe"), "nameZh", "数控车床", "nameEn", "CNC lathe", "properties",
						List.of(Map.of("identifier", "spindleTemp", "nameZh", "主轴温度", "nameEn", "Spindle temperature",
								"dataType", "DOUBLE", "unit", "°C", "min", 0, "max", 80))));
		this.latheDevice = UUID.fromString(post("/api/v1/devices",
				Map.of("key", unique("lathe"), "name", "数控车床 1", "typeId", type, "nodeId", site)));
		this.lathe = post("/api/v1/equipment", Map.of("code", unique("CK"), "name", "数控车床 CK6150", "deviceId",
				this.latheDevice.toString(), "nodeId", site, "criticality", "A"));
	}

	String token() {
		return this.tenant.adminToken();
	}

	String item(String name, String kind, String unit, String grade) {
		return post("/api/v1/items",
				Map.of("code", unique("IT"), "name", name, "kind", kind, "baseUnitId", unit, "grade", grade));
	}

	String partner(String name, boolean supplier, boolean customer, String grade) {
		Map<String, Object> body = new LinkedHashMap<>(
				Map.of("code", unique("BP"), "name", name, "supplier", supplier, "customer", customer, "grade", grade));
		if (supplier) {
			body.put("supplierTier", 1);
		}
		return post("/api/v1/partners", body);
	}

	/** A purchased lot: its id. */
	String purchased(String item, String supplier, String supplierBatch, String quantity) {
		return post("/api/v1/quality/lots",
				Map.of("stage", "PURCHASED", "itemId", item, "number", unique("P"), "quantity", quantity, "supplierId",
						supplier, "supplierBatch", supplierBatch, "madeAt", "2026-05-02T01:00:00Z"));
	}

	String lot(String stage, String item, String quantity) {
		return post("/api/v1/quality/lots", Map.of("stage", stage, "itemId", item, "number", unique("L"), "quantity",
				quantity, "madeAt", "2026-05-06T08:00:00Z"));
	}

	String serial(String item) {
		return post("/api/v1/quality/serials",
				Map.of("stage", "FINISHED", "itemId", item, "number", unique("SN"), "madeAt", "2026-05-07T08:00:00Z"));
	}

	Api.Answer step(String operation, @Nullable String machine, String operator, Instant start, Instant end,
			Map<String, String> consumed, List<String> produced) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("operation", operation);
		if (machine != null) {
			body.put("equipmentId", machine);
		}
		body.put("operator", operator);
		body.put("startedAt", start.toString());
		body.put("endedAt", end.toString());
		body.put("consumed",
				consumed.entrySet()
					.stream()
					.map((e) -> Map.of("unitId", e.getKey(), "quantity", new BigDecimal(e.getValue())))
					.toList());
		body.put("produced", produced);
		return this.api.post("/api/v1/quality/genealogy/steps", token(), body);
	}

	String stepOk(String operation, @Nullable String machine, String operator, Instant start, Instant end,
			Map<String, String> consumed, List<String> produced) {
		Api.Answer answer = step(operation, machine, operator, start, end, consumed, produced);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	Api.Answer deliver(String number, String customer, String date, Map<String, String> lines) {
		return this.api.post("/api/v1/quality/genealogy/deliveries", token(),
				Map.of("deliveryNumber", number, "customerId", customer, "deliveredOn", date, "lines",
						lines.entrySet()
							.stream()
							.map((e) -> Map.of("unitId", e.getKey(), "quantity", new BigDecimal(e.getValue())))
							.toList()));
	}

	String post(String path, Map<String, ?> body) {
		Api.Answer answer = this.api.post(path, token(), body);
		assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
