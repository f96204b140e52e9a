package io.kaiwu.production.mrp;

import java.util.Map;
import java.util.UUID;

import io.kaiwu.support.Api;
import io.kaiwu.support.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh enterprise for the orders, stock and MRP tests, over the REST API: a plant (a
 * site in Asia/Shanghai), a unit, and items and partners made on demand.
 */
public final class MrpFixtures {

	public static final String PASSWORD = "Settled-Passw0rd-7";

	public final Api api;

	public final Tenants.FreshTenant tenant;

	public final String plant;

	public final String pcs;

	public MrpFixtures(Api api) {
		this.api = api;
		this.tenant = Tenants.fresh(api, unique("计划企业"));
		this.pcs = post("/api/v1/units", Map.of("code", unique("pc"), "name", "件", "dimension", "COUNT"));
		this.plant = post("/api/v1/structure/nodes",
				Map.of("level", "SITE", "code", unique("PL"), "name", "常州工厂", "timeZone", "Asia/Shanghai"));
	}

	public String token() {
		return this.tenant.adminToken();
	}

	/** A GENERAL item of kind FINISHED, SEMI_FINISHED or RAW_MATERIAL: its id. */
	public String item(String name, String kind) {
		return post("/api/v1/items",
				Map.of("code", unique("IT"), "name", name, "kind", kind, "baseUnitId", this.pcs, "grade", "GENERAL"));
	}

	public String customer(String name) {
		return post("/api/v1/partners",
				Map.of("code", unique("BP"), "name", name, "supplier", false, "customer", true, "grade", "GENERAL"));
	}

	public String supplier(String name) {
		return post("/api/v1/partners", Map.of("code", unique("BP"), "name", name, "supplier", true, "supplierTier", 1,
				"customer", false, "grade", "GENERAL"));
	}

	public String post(String path, Map<String, ?> body) {
		Api.Answer answer = this.api.post(path, token(), body);
		assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
