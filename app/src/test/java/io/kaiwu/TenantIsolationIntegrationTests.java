package io.kaiwu;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant never sees another tenant's data: a second tenant's admin gets 404 for every
 * tenancy, master-data and audit resource of the first, and his lists never contain them.
 */
@KaiwuIntegrationTest
class TenantIsolationIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void secondTenantGets404ForEveryResourceOfTheFirst() {
		Api api = new Api(this.port);
		String first = api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		Tenants.FreshTenant second = Tenants.fresh(api, "隔离测试 " + System.nanoTime());

		String tenantId = api.get("/api/v1/auth/me", first).json().get("tenantId").asString();
		String userId = api.get("/api/v1/users", first).json().get("items").get(0).get("id").asString();
		// the demo plant SZ; other tests may add sites of their own to the demo tenant
		JsonNode site = null;
		for (JsonNode root : api.get("/api/v1/structure/tree", first).json()) {
			if ("SZ".equals(root.get("code").asString())) {
				site = root;
			}
		}
		assertThat(site).as("the demo site SZ").isNotNull();
		String siteId = site.get("id").asString();
		String areaId = site.get("children").get(0).get("id").asString();
		String tokenId = api
			.post("/api/v1/api-tokens", first,
					Map.of("name", "isolation", "expiresAt", OffsetDateTime.now().plusDays(1).toString()))
			.json()
			.get("id")
			.asString();

		String b = second.adminToken();
		List<String> leaks = new ArrayList<>();
		expect404(leaks, api.get("/api/v1/tenants/" + tenantId, b), "GET tenant");
		expect404(leaks,
				api.put("/api/v1/tenants/" + tenantId, b, Map.of("name", "taken over", "enterpriseType", "MICRO")),
				"PUT tenant");
		expect404(leaks, api.get("/api/v1/users/" + userId, b), "GET user");
		expect404(leaks, api.put("/api/v1/users/" + userId, b,
				Map.of("displayName", "x", "roles", List.of("VIEWER"), "enabled", false)), "PUT user");
		expect404(leaks, api.get("/api/v1/structure/nodes/" + siteId, b), "GET node");
		expect404(leaks, api.patch("/api/v1/structure/nodes/" + siteId, b, Map.of("code", "X1", "name", "x")),
				"PATCH node");
		expect404(leaks, api.post("/api/v1/structure/nodes/" + areaId + "/move", b, Map.of("parentId", siteId)),
				"POST move");
		expect404(leaks, api.delete("/api/v1/structure/nodes/" + areaId, b), "DELETE node");
		expect404(leaks, api.delete("/api/v1/api-tokens/" + tokenId, b), "DELETE api token");
		assertThat(leaks).isEmpty();

		assertThat(api.get("/api/v1/tenants", b).body()).doesNotContain(tenantId);
		assertThat(api.get("/api/v1/users", b).body()).doesNotContain(userId);
		assertThat(api.get("/api/v1/structure/tree", b).body()).doesNotContain(siteId);
		assertThat(api.get("/api/v1/structure/nodes", b).body()).doesNotContain(siteId);
		assertThat(api.get("/api/v1/audit?size=500", b).body()).doesNotContain(siteId).doesNotContain(userId);
		assertThat(api
			.post("/api/v1/structure/nodes", b,
					Map.of("parentId", siteId, "level", "AREA", "code", "STEAL", "name", "偷挂的车间"))
			.status()).as("hanging a node under another tenant's site").isEqualTo(400);
		assertThat(api.get("/api/v1/structure/nodes/" + siteId, first).status()).isEqualTo(200);
	}

	private static void expect404(List<String> leaks, Api.Answer answer, String what) {
		if (answer.status() != 404) {
			leaks.add(what + " answered " + answer.status() + ": " + answer.body());
		}
	}

}
