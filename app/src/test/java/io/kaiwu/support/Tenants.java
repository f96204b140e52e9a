package io.kaiwu.support;

import java.util.List;
import java.util.Map;

/**
 * Test fixtures for tenants: a fresh enterprise with its own tenant admin, over the REST
 * API.
 */
public final class Tenants {

	private Tenants() {
	}

	/**
	 * A tenant created by the platform admin, and the bearer token of its first tenant
	 * admin.
	 */
	public record FreshTenant(String id, String adminToken, String adminUsername) {
	}

	public static FreshTenant fresh(Api api, String name) {
		String admin = api.token("admin", KaiwuIntegrationTest.ADMIN_PASSWORD);
		Api.Answer tenant = api.post("/api/v1/tenants", admin,
				Map.of("name", name, "enterpriseType", "SMALL_MEDIUM", "industry", "汽车零部件"));
		if (tenant.status() != 201) {
			throw new AssertionError("Creating tenant failed: " + tenant.body());
		}
		String id = tenant.json().get("id").asString();
		api.post("/api/v1/auth/switch-tenant", admin, Map.of("tenantId", id));
		String username = "ta" + System.nanoTime();
		Api.Answer user = api.post("/api/v1/users", admin, Map.of("username", username, "displayName", "企业管理员",
				"temporaryPassword", "Temporary-Pass-7", "roles", List.of("TENANT_ADMIN")));
		if (user.status() != 201) {
			throw new AssertionError("Creating tenant admin failed: " + user.body());
		}
		api.post("/api/v1/auth/password", null,
				Map.of("username", username, "password", "Temporary-Pass-7", "newPassword", "Settled-Passw0rd-7"));
		return new FreshTenant(id, api.token(username, "Settled-Passw0rd-7"), username);
	}

}
