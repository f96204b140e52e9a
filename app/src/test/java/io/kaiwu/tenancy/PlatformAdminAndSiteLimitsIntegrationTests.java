package io.kaiwu.tenancy;

import java.util.List;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees what: a platform admin only after an audited switch, a site-limited user only
 * his sites.
 */
@KaiwuIntegrationTest
class PlatformAdminAndSiteLimitsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void platformAdminActsInATenantOnlyAfterAnAuditedSwitch() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "切换审计 " + System.nanoTime());
		String admin = api.token("admin", KaiwuIntegrationTest.ADMIN_PASSWORD);
		Api.Answer outside = api.get("/api/v1/users", admin);
		assertThat(outside.status()).isEqualTo(403);
		assertThat(outside.json().get("detail").asString()).contains("切换");

		assertThat(api.post("/api/v1/auth/switch-tenant", admin, Map.of("tenantId", tenant.id())).status())
			.isEqualTo(204);
		assertThat(api.get("/api/v1/users", admin).json().get("total").asInt()).isEqualTo(1);
		Api.Answer audit = api.get("/api/v1/audit?action=SWITCHED_TENANT", tenant.adminToken());
		assertThat(audit.json().get("total").asInt()).isPositive();
		assertThat(audit.json().get("items").get(0).get("actor").asString()).isEqualTo("admin");

		assertThat(api.post("/api/v1/auth/switch-tenant", admin, Map.of()).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/users", admin).status()).isEqualTo(403);
	}

	@Test
	void userLimitedToOneSiteSeesOnlyThatSite() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "工厂限定 " + System.nanoTime());
		String ta = tenant.adminToken();
		String north = api.post("/api/v1/structure/nodes", ta, Map.of("level", "SITE", "code", "N", "name", "北厂"))
			.json()
			.get("id")
			.asString();
		String south = api.post("/api/v1/structure/nodes", ta, Map.of("level", "SITE", "code", "S", "name", "南厂"))
			.json()
			.get("id")
			.asString();
		String southArea = api
			.post("/api/v1/structure/nodes", ta,
					Map.of("parentId", south, "level", "AREA", "code", "S-A", "name", "南厂车间"))
			.json()
			.get("id")
			.asString();
		String username = "north" + System.nanoTime();
		api.post("/api/v1/users", ta, Map.of("username", username, "displayName", "北厂工程师", "temporaryPassword",
				"Temporary-Pass-5", "roles", List.of("ENGINEER"), "sites", List.of(north)));
		api.post("/api/v1/auth/password", null,
				Map.of("username", username, "password", "Temporary-Pass-5", "newPassword", "Northern-Lights-55"));
		String engineer = api.token(username, "Northern-Lights-55");

		String tree = api.get("/api/v1/structure/tree", engineer).body();
		assertThat(tree).contains(north).doesNotContain(south);
		assertThat(api.get("/api/v1/structure/nodes/" + southArea, engineer).status()).isEqualTo(404);
		assertThat(api
			.post("/api/v1/structure/nodes", engineer,
					Map.of("parentId", north, "level", "AREA", "code", "N-A", "name", "北厂车间"))
			.status()).isEqualTo(201);
		assertThat(api.post("/api/v1/structure/nodes", engineer, Map.of("level", "SITE", "code", "W", "name", "西厂"))
			.status()).as("a site-limited user cannot add sites").isEqualTo(403);
		assertThat(api.delete("/api/v1/structure/nodes/" + north, ta).status())
			.as("a site with users limited to it stays")
			.isEqualTo(409);
	}

}
