package io.kaiwu.device;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Test data for the device integration tests. */
final class DeviceFixtures {

	private DeviceFixtures() {
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

	static String demoToken(Api api) {
		return api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
	}

	/** A small thing model: one number, one enumeration, an event and a service. */
	static Map<String, Object> typeDocument(String code) {
		return Map.of("code", code, "nameZh", "测试设备", "nameEn", "Test device", "properties",
				List.of(Map.of("identifier", "temperature", "nameZh", "温度", "dataType", "DOUBLE", "unit", "°C", "min",
						-20, "max", 120, "precision", 1),
						Map.of("identifier", "state", "nameZh", "状态", "dataType", "ENUM", "enumValues",
								List.of("running", "idle"))),
				"events",
				List.of(Map.of("identifier", "alarm", "nameZh", "报警", "level", "ALERT", "outputs",
						List.of(Map.of("identifier", "code", "nameZh", "代码", "dataType", "STRING")))),
				"services", List.of(Map.of("identifier", "setTarget", "nameZh", "设定目标", "inputs", List
					.of(Map.of("identifier", "value", "nameZh", "目标值", "dataType", "INT", "min", 0, "max", 100)))));
	}

	static String createType(Api api, String token, String code) {
		Api.Answer created = api.post("/api/v1/device-types", token, typeDocument(code));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/** The id of the node with this code in the token's tenant. */
	static String nodeId(Api api, String token, String code) {
		for (JsonNode node : api.get("/api/v1/structure/nodes?size=500", token).json().get("items")) {
			if (node.get("code").asString().equals(code)) {
				return node.get("id").asString();
			}
		}
		throw new AssertionError("No node " + code);
	}

	static String createSite(Api api, String token, String code) {
		Api.Answer site = api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", code, "name", "测试工厂 " + code));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		return site.json().get("id").asString();
	}

	static Api.Answer createDevice(Api api, String token, String key, String typeId, String nodeId) {
		return api.post("/api/v1/devices", token,
				Map.of("key", key, "name", "设备 " + key, "typeId", typeId, "nodeId", nodeId));
	}

	/**
	 * A user of the tenant the token acts in, with one role and optional sites, signed
	 * in.
	 */
	static String user(Api api, String adminToken, String role, List<String> sites) {
		String username = unique(role.toLowerCase(Locale.ROOT));
		Api.Answer created = api.post("/api/v1/users", adminToken, Map.of("username", username, "displayName",
				"测试 " + role, "temporaryPassword", "Temporary-Pass-1", "roles", List.of(role), "sites", sites));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(api
			.post("/api/v1/auth/password", null,
					Map.of("username", username, "password", "Temporary-Pass-1", "newPassword", "Device-Pass-2"))
			.status()).isEqualTo(204);
		return api.token(username, "Device-Pass-2");
	}

	static Set<String> fields(Api.Answer problem) {
		return Set.copyOf(problem.json().get("errors").findValuesAsString("field"));
	}

}
