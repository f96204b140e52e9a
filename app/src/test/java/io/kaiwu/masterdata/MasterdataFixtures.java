package io.kaiwu.masterdata;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Test data for the master-data integration tests: unique codes, users with a role. */
final class MasterdataFixtures {

	private MasterdataFixtures() {
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
	}

	static String demoToken(Api api) {
		return api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
	}

	/** A user of the tenant the token acts in, with one role, signed in. */
	static String user(Api api, String adminToken, String role) {
		String username = unique(role.toLowerCase(java.util.Locale.ROOT));
		Api.Answer created = api.post("/api/v1/users", adminToken, Map.of("username", username, "displayName",
				"测试 " + role, "temporaryPassword", "Temporary-Pass-1", "roles", List.of(role)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(api
			.post("/api/v1/auth/password", null,
					Map.of("username", username, "password", "Temporary-Pass-1", "newPassword", "Masterdata-Pass-2"))
			.status()).isEqualTo(204);
		return api.token(username, "Masterdata-Pass-2");
	}

	/** The id of the demo tenant's unit with this code. */
	static String unitId(Api api, String token, String code) {
		for (JsonNode unit : api.get("/api/v1/units?size=500", token).json().get("items")) {
			if (unit.get("code").asString().equals(code)) {
				return unit.get("id").asString();
			}
		}
		throw new AssertionError("No unit " + code);
	}

	static String createUnit(Api api, String token, String dimension) {
		Api.Answer unit = api.post("/api/v1/units", token,
				Map.of("code", unique("u"), "name", "测试单位", "dimension", dimension));
		assertThat(unit.status()).as(unit.body()).isEqualTo(201);
		return unit.json().get("id").asString();
	}

	static Set<String> fields(Api.Answer problem) {
		return Set.copyOf(problem.json().get("errors").findValuesAsString("field"));
	}

}
