package io.kaiwu.ehs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.support.Api;
import io.kaiwu.support.Tenants;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh enterprise for the inspection and emergency tests: its admin (who inspects and
 * rectifies), a second safety engineer (who verifies), a site in Asia/Shanghai and a
 * hazardous source on a gas detector there.
 */
final class EhsLoopFixtures {

	static final String PASSWORD = "Settled-Passw0rd-7";

	final Api api;

	final Tenants.FreshTenant tenant;

	final String suffix;

	final String site;

	final String verifierUsername;

	final String verifierToken;

	final String sourceId;

	EhsLoopFixtures(Api api, String name) {
		this.api = api;
		this.suffix = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		this.tenant = Tenants.fresh(api, name + " " + UUID.randomUUID().toString().substring(0, 8));
		this.site = created("/api/v1/structure/nodes",
				Map.of("level", "SITE", "code", "SZ-" + this.suffix, "name", "深圳工厂", "timeZone", "Asia/Shanghai"))
			.get("id")
			.asString();
		this.verifierUsername = "safety" + System.nanoTime();
		created("/api/v1/users", Map.of("username", this.verifierUsername, "displayName", "安全工程师", "temporaryPassword",
				"Temporary-Pass-7", "roles", List.of("ENGINEER")));
		api.post("/api/v1/auth/password", null,
				Map.of("username", this.verifierUsername, "password", "Temporary-Pass-7", "newPassword", PASSWORD));
		this.verifierToken = api.token(this.verifierUsername, PASSWORD);
		String type = created("/api/v1/device-types",
				Map.of("code", "GD-" + this.suffix, "nameZh", "可燃气体探测器", "properties", List.of(Map.of("identifier",
						"lelPercent", "nameZh", "可燃气体浓度", "dataType", "DOUBLE", "unit", "%LEL", "precision", 1))))
			.get("id")
			.asString();
		String device = created("/api/v1/devices", Map.of("key", "gd-" + this.suffix.toLowerCase(Locale.ROOT), "name",
				"锅炉房探测器", "typeId", type, "nodeId", this.site))
			.get("id")
			.asString();
		this.sourceId = created("/api/v1/ehs/hazard-sources",
				Map.of("code", "HS-" + this.suffix, "name", "锅炉房天然气", "level", "FOUR", "nodeId", this.site,
						"substances", List.of("天然气"), "points",
						List.of(Map.of("substance", "可燃气体", "deviceId", device, "property", "lelPercent", "unit",
								"%LEL", "limit", 25, "standard", "GB/T 50493-2019", "thresholds",
								Map.of("blue", 10, "yellow", 25, "orange", 50, "red", 75)))))
			.get("id")
			.asString();
	}

	String admin() {
		return this.tenant.adminToken();
	}

	JsonNode created(String path, Object body) {
		Api.Answer answer = this.api.post(path, admin(), body);
		assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(201);
		return answer.json();
	}

}
