package io.kaiwu.ehs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh tenant with a site, a boiler stack's CEMS (SO₂, NOx in mg/m³) and a discharge
 * point on it with the GB 13271-2014 gas-fired limits, thresholds 80 / 100 / 120 / 150 %
 * of the limit; readings are posted over the device HTTP API.
 */
final class EhsFixture {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final Api api;

	final Tenants.FreshTenant tenant;

	final String token;

	final String site;

	final String stackId;

	final String stackKey;

	final String stackSecret;

	EhsFixture(Api api, String name) {
		this.api = api;
		this.tenant = Tenants.fresh(api, name + "-" + Long.toString(System.nanoTime(), 36));
		this.token = this.tenant.adminToken();
		Api.Answer node = api.post("/api/v1/structure/nodes", this.token,
				Map.of("level", "SITE", "code", "BR", "name", "锅炉房", "timeZone", "Asia/Shanghai"));
		assertThat(node.status()).as(node.body()).isEqualTo(201);
		this.site = node.json().get("id").asString();
		String suffix = Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
		Api.Answer type = api.post("/api/v1/device-types", this.token, Map.of("code", "cems-" + suffix, "nameZh",
				"烟气在线监测", "properties", List.of(number("so2", "mg/m³"), number("nox", "mg/m³"))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		this.stackKey = "cems-" + suffix;
		Api.Answer device = api.post("/api/v1/devices", this.token, Map.of("key", this.stackKey, "name", "锅炉烟囱 CEMS",
				"typeId", type.json().get("id").asString(), "nodeId", this.site));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		this.stackId = device.json().get("id").asString();
		this.stackSecret = device.json().get("secret").asString();
	}

	/** A discharge point DA001 with SO₂ (limit 50) and NOx (limit 200). */
	JsonNode dischargePoint() {
		Api.Answer created = this.api.post("/api/v1/ehs/discharge-points", this.token, draft("DA001", "锅炉烟囱", List
			.of(point(null, "SO₂", "so2", 50, 40, 50, 60, 75), point(null, "NOx", "nox", 200, 160, 200, 240, 300))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	Map<String, Object> draft(String code, String name, List<Map<String, Object>> points) {
		return Map.of("code", code, "name", name, "medium", "GAS", "nodeId", this.site, "points", points);
	}

	Map<String, Object> point(String id, String substance, String property, double limit, double blue, double yellow,
			double orange, double red) {
		Map<String, Object> point = new java.util.LinkedHashMap<>(Map.of("substance", substance, "deviceId",
				this.stackId, "property", property, "unit", "mg/m³", "limit", limit, "standard", "GB 13271-2014 表2",
				"thresholds", Map.of("blue", blue, "yellow", yellow, "orange", orange, "red", red)));
		if (id != null) {
			point.put("id", id);
		}
		return point;
	}

	/** Posts one reading of the stack. */
	void read(Instant at, String property, double value) {
		String body = JSON.writeValueAsString(List.of(Map.of("ts", at.toString(), "values", Map.of(property, value))));
		Api.Answer ingested = this.api.postBasic("/api/v1/devices/" + this.stackKey + "/telemetry", this.stackKey,
				this.stackSecret, "application/json", body.getBytes(StandardCharsets.UTF_8));
		assertThat(ingested.status()).as(ingested.body()).isEqualTo(200);
	}

	/** The point's exceedance records, newest first. */
	JsonNode exceedances(String pointId) {
		Api.Answer answer = this.api.get("/api/v1/ehs/exceedances?pointId=" + pointId, this.token);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static Map<String, Object> number(String identifier, String unit) {
		return Map.of("identifier", identifier, "nameZh", identifier, "dataType", "DOUBLE", "unit", unit);
	}

}
