package io.kaiwu.quality.nonconformance;

import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh enterprise for the defect, NCR and supplier-score tests, over the REST API: a
 * site with a line, an item counted in pieces, and for each call of {@link #supplier} a
 * new supplier.
 */
final class NonconformanceFixtures {

	final Api api;

	final Tenants.FreshTenant tenant;

	final String site;

	final String line;

	final String itemId;

	final String itemCode;

	private NonconformanceFixtures(Api api) {
		this.api = api;
		this.tenant = Tenants.fresh(api, unique("质量企业"));
		Api.Answer site = api.post("/api/v1/structure/nodes", token(),
				Map.of("level", "SITE", "code", "QS", "name", "冲压工厂", "timeZone", "Asia/Shanghai"));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		this.site = site.json().get("id").asString();
		Api.Answer area = api.post("/api/v1/structure/nodes", token(),
				Map.of("parentId", this.site, "level", "AREA", "code", "QS-A", "name", "冲压车间"));
		assertThat(area.status()).as(area.body()).isEqualTo(201);
		Api.Answer line = api.post("/api/v1/structure/nodes", token(),
				Map.of("parentId", area.json().get("id").asString(), "level", "LINE", "code", "QS-L1", "name", "冲压一线"));
		assertThat(line.status()).as(line.body()).isEqualTo(201);
		this.line = line.json().get("id").asString();
		Api.Answer calendar = api.post("/api/v1/shift-calendars", token(),
				Map.of("siteId", this.site, "name", "两班倒", "workingDays",
						java.util.List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
						"shifts", java.util.List.of(Map.of("name", "白班", "start", "08:00", "end", "20:00"),
								Map.of("name", "夜班", "start", "20:00", "end", "08:00"))));
		assertThat(calendar.status()).as(calendar.body()).isEqualTo(201);
		Api.Answer unit = api.post("/api/v1/units", token(),
				Map.of("code", unique("pc"), "name", "件", "dimension", "COUNT"));
		assertThat(unit.status()).as(unit.body()).isEqualTo(201);
		this.itemCode = unique("BRKT");
		Api.Answer item = api.post("/api/v1/items", token(), Map.of("code", this.itemCode, "name", "前保险杠支架", "kind",
				"SEMI_FINISHED", "baseUnitId", unit.json().get("id").asString()));
		assertThat(item.status()).as(item.body()).isEqualTo(201);
		this.itemId = item.json().get("id").asString();
	}

	private static NonconformanceFixtures shared;

	/** One enterprise for all nonconformance tests of this run. */
	static synchronized NonconformanceFixtures of(Api api) {
		if (shared == null) {
			shared = new NonconformanceFixtures(api);
		}
		return shared;
	}

	String token() {
		return this.tenant.adminToken();
	}

	TenantId tenantId() {
		return TenantId.of(UUID.fromString(this.tenant.id()));
	}

	/** A new direct supplier; answers its id. */
	String supplier(String name) {
		Api.Answer partner = this.api.post("/api/v1/partners", token(),
				Map.of("code", unique("SUP"), "name", name, "supplier", true, "supplierTier", 1));
		assertThat(partner.status()).as(partner.body()).isEqualTo(201);
		return partner.json().get("id").asString();
	}

	/** A new customer (not a supplier); answers its id. */
	String customer(String name) {
		Api.Answer partner = this.api.post("/api/v1/partners", token(),
				Map.of("code", unique("CUS"), "name", name, "customer", true));
		assertThat(partner.status()).as(partner.body()).isEqualTo(201);
		return partner.json().get("id").asString();
	}

	/** A new top-level defect code; answers its id. */
	String defectCode(String nameZh, String nameEn) {
		return defectCode(null, nameZh, nameEn);
	}

	String defectCode(String parentId, String nameZh, String nameEn) {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("code", unique("D"), "nameZh", nameZh, "nameEn", nameEn));
		if (parentId != null) {
			body.put("parentId", parentId);
		}
		Api.Answer code = this.api.post("/api/v1/quality/defect-codes", token(), body);
		assertThat(code.status()).as(code.body()).isEqualTo(201);
		return code.json().get("id").asString();
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
