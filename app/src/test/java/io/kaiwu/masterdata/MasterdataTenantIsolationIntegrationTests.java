package io.kaiwu.masterdata;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kaiwu.masterdata.MasterdataFixtures.demoToken;
import static io.kaiwu.masterdata.MasterdataFixtures.unique;
import static io.kaiwu.masterdata.MasterdataFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

/** A second tenant's admin sees none of the demo tenant's master data, by any id. */
@KaiwuIntegrationTest
class MasterdataTenantIsolationIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anotherTenantsRecordsAnswer404ForEveryEndpoint() {
		Api api = new Api(this.port);
		String demo = demoToken(api);
		String item = firstId(api, demo, "/api/v1/items");
		String partner = firstId(api, demo, "/api/v1/partners");
		String unit = firstId(api, demo, "/api/v1/units");
		String conversion = firstId(api, demo, "/api/v1/units/conversions");
		String category = firstId(api, demo, "/api/v1/data-categories");
		String calendar = firstId(api, demo, "/api/v1/shift-calendars");

		String other = otherTenantAdmin(api);
		String otherUnit = MasterdataFixtures.createUnit(api, other, "COUNT");
		Map<String, Map<String, Object>> records = Map.of("/api/v1/items/" + item,
				Map.of("code", unique("X"), "name", "x", "kind", "FINISHED", "baseUnitId", otherUnit),
				"/api/v1/partners/" + partner, Map.of("code", unique("X"), "name", "x", "customer", true),
				"/api/v1/units/" + unit, Map.of("code", unique("x"), "name", "x"),
				"/api/v1/data-categories/" + category, Map.of("code", unique("X"), "name", "x", "grade", "GENERAL"),
				"/api/v1/shift-calendars/" + calendar, calendarForm());
		records.forEach((path, body) -> {
			assertThat(api.get(path, other).status()).as("GET " + path).isEqualTo(404);
			assertThat(api.put(path, other, body).status()).as("PUT " + path).isEqualTo(404);
			assertThat(api.delete(path, other).status()).as("DELETE " + path).isEqualTo(404);
			assertThat(api.get(path, demo).status()).as("still there: " + path).isEqualTo(200);
		});
		assertThat(api.get("/api/v1/units/conversions/" + conversion, other).status()).isEqualTo(404);
		assertThat(api.delete("/api/v1/units/conversions/" + conversion, other).status()).isEqualTo(404);
		assertThat(api
			.get("/api/v1/shift-calendars/" + calendar + "/working-time?from=2026-03-02T00:00:00Z"
					+ "&to=2026-03-03T00:00:00Z", other)
			.status()).isEqualTo(404);
		assertThat(api.get("/api/v1/items?q=RM-45-D50", other).json().get("total").asLong()).isZero();
		assertThat(api.get("/api/v1/partners", other).json().get("total").asLong()).isZero();
		assertThat(api.get("/api/v1/shift-calendars", other).json().get("total").asLong()).isZero();
		assertThat(api
			.post("/api/v1/units/conversions", other, Map.of("fromUnitId", otherUnit, "toUnitId", unit, "factor", 2))
			.status()).isEqualTo(400);
	}

	static String firstId(Api api, String token, String list) {
		Api.Answer answer = api.get(list + "?size=1", token);
		assertThat(answer.json().get("items").size()).as(list).isEqualTo(1);
		return answer.json().get("items").get(0).get("id").asString();
	}

	static String otherTenantAdmin(Api api) {
		String admin = api.token("admin", KaiwuIntegrationTest.ADMIN_PASSWORD);
		Api.Answer tenant = api.post("/api/v1/tenants", admin,
				Map.of("name", unique("第二企业"), "enterpriseType", "SMALL_MEDIUM"));
		assertThat(tenant.status()).as(tenant.body()).isEqualTo(201);
		assertThat(api.post("/api/v1/auth/switch-tenant", admin, Map.of("tenantId", tenant.json().get("id").asString()))
			.status()).isEqualTo(204);
		return user(api, admin, "TENANT_ADMIN");
	}

	static Map<String, Object> calendarForm() {
		return Map.of("siteId", UUID.randomUUID().toString(), "name", "x", "workingDays", List.of("MONDAY"), "shifts",
				List.of(Map.of("name", "白班", "start", "08:00", "end", "17:00")));
	}

}
