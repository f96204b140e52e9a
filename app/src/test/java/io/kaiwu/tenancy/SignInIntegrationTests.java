package io.kaiwu.tenancy;

import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@KaiwuIntegrationTest
class SignInIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void client() {
		this.api = new Api(this.port);
	}

	@Test
	void issuesBearerTokenForGoodCredentials() {
		Api.Answer answer = this.api.post("/api/v1/auth/token", null,
				Map.of("username", "admin", "password", KaiwuIntegrationTest.ADMIN_PASSWORD));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().get("token").asString()).startsWith("kw_");
		assertThat(answer.json().get("expiresAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");
		String token = answer.json().get("token").asString();
		assertThat(this.api.get("/api/v1/auth/me", token).json().get("username").asString()).isEqualTo("admin");
	}

	@Test
	void answersBadCredentialsWithProblemDetail() {
		Api.Answer answer = this.api.post("/api/v1/auth/token", null,
				Map.of("username", "admin", "password", "wrong-password"));
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.json().get("status").asInt()).isEqualTo(401);
		assertThat(answer.json().get("detail").asString()).isNotBlank();
	}

	@Test
	void namesEachMissingFieldOfTheTokenRequest() {
		Api.Answer answer = this.api.post("/api/v1/auth/token", null, Map.of("username", ""));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors").findValuesAsString("field")).contains("username", "password");
	}

	@Test
	void rejectsMalformedJson() {
		Api.Answer answer = this.api.postRaw("/api/v1/auth/token", null, "application/json", "{\"username\": ");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors")).isNotNull();
	}

	@Test
	void throttlesRepeatedFailures() {
		String username = "nobody-" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			assertThat(
					this.api.post("/api/v1/auth/token", null, Map.of("username", username, "password", "bad-password"))
						.status())
				.isEqualTo(401);
		}
		Api.Answer locked = this.api.post("/api/v1/auth/token", null,
				Map.of("username", username, "password", "bad-password"));
		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.header("Retry-After")).isNotNull();
	}

	@Test
	void answersMissingOrBadTokenWith401NeverARedirect() {
		Api.Answer none = this.api.get("/api/v1/tenants", null);
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(none.header("Location")).isNull();
		assertThat(none.json().get("title").asString()).as("简体中文 by default").isEqualTo("未登录或令牌无效");
		assertThat(
				this.api.get("/api/v1/tenants", null, Map.of("Accept-Language", "en")).json().get("title").asString())
			.isEqualTo("Not signed in or invalid token");
		Api.Answer bad = this.api.get("/api/v1/tenants", "kw_not-a-token");
		assertThat(bad.status()).isEqualTo(401);
		assertThat(bad.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void answersRoleNotAllowedWith403() {
		String demo = this.api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		Api.Answer answer = this.api.post("/api/v1/tenants", demo,
				Map.of("name", "Not allowed Ltd", "enterpriseType", "MICRO"));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void servesHealthAnonymouslyAndMetricsOnlyToPlatformAdmins() {
		Api.Answer health = this.api.get("/actuator/health", null);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("\"db\"");
		assertThat(this.api.get("/actuator/prometheus", null).status()).isEqualTo(401);
		String demo = this.api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		assertThat(this.api.get("/actuator/prometheus", demo).status()).isEqualTo(403);
		String admin = this.api.token("admin", KaiwuIntegrationTest.ADMIN_PASSWORD);
		Api.Answer metrics = this.api.get("/actuator/prometheus", admin, Map.of("Accept", "text/plain"));
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void answersUnknownApiPathsAndMethodsWithProblemDetails() {
		String demo = this.api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		Api.Answer unknown = this.api.get("/api/v1/no-such-thing", demo);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
		Api.Answer method = this.api.delete("/api/v1/tenants", demo);
		assertThat(method.status()).isEqualTo(405);
		assertThat(method.json().get("type").asString()).isEqualTo("urn:kaiwu:problem:method-not-allowed");
	}

	@Test
	void signingOutEndsTheTokenAndSignInsAreAudited() {
		String token = this.api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		assertThat(this.api.get("/api/v1/audit?action=SIGNED_IN&actor=demo", token).json().get("total").asInt())
			.isPositive();
		assertThat(this.api.delete("/api/v1/auth/token", token).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/auth/me", token).status()).isEqualTo(401);
	}

	@Test
	void servesTheOpenApiDocument() {
		Api.Answer docs = this.api.get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/v1/auth/token")).isTrue();
		assertThat(docs.json().get("components").get("securitySchemes").get("bearer").get("scheme").asString())
			.isEqualTo("bearer");
	}

	@Test
	void namedApiTokensAreShownOnceAndCanBeRevoked() {
		String demo = this.api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		Api.Answer created = this.api.post("/api/v1/api-tokens", demo,
				Map.of("name", "SCADA bridge", "expiresAt", java.time.OffsetDateTime.now().plusDays(30).toString()));
		assertThat(created.status()).isEqualTo(201);
		String named = created.json().get("token").asString();
		assertThat(this.api.get("/api/v1/auth/me", named).status()).isEqualTo(200);
		Api.Answer listed = this.api.get("/api/v1/api-tokens", demo);
		assertThat(listed.body()).contains("SCADA bridge").doesNotContain(named);
		String id = created.json().get("id").asString();
		assertThat(this.api.delete("/api/v1/api-tokens/" + id, demo).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/auth/me", named).status()).isEqualTo(401);
	}

	@Test
	void userCreatedByAdminMustChangeThePasswordFirst() {
		String demo = this.api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		String username = "op" + System.nanoTime();
		Api.Answer created = this.api.post("/api/v1/users", demo, Map.of("username", username, "displayName", "操作工 A",
				"temporaryPassword", "Temporary-Pass-1", "roles", java.util.List.of("OPERATOR")));
		assertThat(created.status()).isEqualTo(201);
		Api.Answer refused = this.api.post("/api/v1/auth/token", null,
				Map.of("username", username, "password", "Temporary-Pass-1"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("type").asString()).endsWith("password-change-required");
		assertThat(this.api
			.post("/api/v1/auth/password", null,
					Map.of("username", username, "password", "Temporary-Pass-1", "newPassword", "short"))
			.status()).isEqualTo(400);
		assertThat(this.api
			.post("/api/v1/auth/password", null,
					Map.of("username", username, "password", "Temporary-Pass-1", "newPassword", "A-much-better-one-2"))
			.status()).isEqualTo(204);
		String signedIn = this.api.token(username, "A-much-better-one-2");
		assertThat(signedIn).startsWith("kw_");

		String id = created.json().get("id").asString();
		assertThat(
				this.api.put("/api/v1/users/" + id + "/password", demo, Map.of("temporaryPassword", "Reset-By-Admin-3"))
					.status())
			.isEqualTo(204);
		assertThat(this.api
			.post("/api/v1/auth/token", null, Map.of("username", username, "password", "A-much-better-one-2"))
			.status()).as("the old password no longer works").isEqualTo(401);
		assertThat(
				this.api.post("/api/v1/auth/token", null, Map.of("username", username, "password", "Reset-By-Admin-3"))
					.status())
			.as("a reset password must be changed first")
			.isEqualTo(403);
	}

}
