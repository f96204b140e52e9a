package io.kaiwu.quality.inspection;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh enterprise for the inspection tests, over the REST API: a unit, an item (a
 * machined shaft), a supplier, and plans made on demand. Public so that the other quality
 * tests can build on it.
 */
public final class InspectionFixtures {

	public final Api api;

	public final Tenants.FreshTenant tenant;

	public final String itemId;

	public final String itemCode;

	public final String supplierId;

	private InspectionFixtures(Api api) {
		this.api = api;
		this.tenant = Tenants.fresh(api, unique("检验企业"));
		Api.Answer unit = api.post("/api/v1/units", token(),
				Map.of("code", unique("pc"), "name", "件", "dimension", "COUNT"));
		assertThat(unit.status()).as(unit.body()).isEqualTo(201);
		this.itemCode = unique("SHAFT");
		Api.Answer item = api.post("/api/v1/items", token(), Map.of("code", this.itemCode, "name", "传动轴 Ø25", "kind",
				"FINISHED", "baseUnitId", unit.json().get("id").asString()));
		assertThat(item.status()).as(item.body()).isEqualTo(201);
		this.itemId = item.json().get("id").asString();
		Api.Answer partner = api.post("/api/v1/partners", token(),
				Map.of("code", unique("SUP"), "name", "精密钢材有限公司", "supplier", true, "supplierTier", 1));
		assertThat(partner.status()).as(partner.body()).isEqualTo(201);
		this.supplierId = partner.json().get("id").asString();
	}

	private static InspectionFixtures shared;

	/** One enterprise for all inspection tests of this run. */
	public static synchronized InspectionFixtures of(Api api) {
		if (shared == null) {
			shared = new InspectionFixtures(api);
		}
		return shared;
	}

	public String token() {
		return this.tenant.adminToken();
	}

	public TenantId tenantId() {
		return TenantId.of(UUID.fromString(this.tenant.id()));
	}

	/** The outer diameter Ø25 ±0.05 mm, subgroups of {@code sampleSize}. */
	public static Map<String, Object> diameter(int sampleSize) {
		return Map.ofEntries(Map.entry("code", "D1"), Map.entry("name", "外径"), Map.entry("type", "VARIABLE"),
				Map.entry("nominal", 25.0), Map.entry("lowerTolerance", -0.05), Map.entry("upperTolerance", 0.05),
				Map.entry("unit", "mm"), Map.entry("sampleSize", sampleSize),
				Map.entry("frequency", Map.of("kind", "UNITS", "every", 50)), Map.entry("method", "千分尺测量两处取大值"),
				Map.entry("gauge", "外径千分尺 0-25 mm"));
	}

	/** Surface appearance: scratches and burrs counted on 50 parts. */
	public static Map<String, Object> appearance() {
		return Map.of("code", "A1", "name", "外观", "type", "ATTRIBUTE", "defectTypes", List.of("划伤", "毛刺", "锈蚀"),
				"sampleSize", 50, "frequency", Map.of("kind", "LOT"), "method", "目视，照度 ≥ 750 lx");
	}

	/** A plan of the given kind with these characteristics; returns its JSON. */
	public Api.Answer plan(String kind, List<Map<String, Object>> characteristics) {
		Api.Answer created = this.api.post("/api/v1/quality/inspection-plans", token(), Map.of("itemId", this.itemId,
				"operation", "OP20 精车外圆", "kind", kind, "name", unique("传动轴检验"), "characteristics", characteristics));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created;
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
