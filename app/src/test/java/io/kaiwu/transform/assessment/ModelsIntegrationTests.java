package io.kaiwu.transform.assessment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maturity models over HTTP: every tenant lists the shipped models with their unverified
 * parts; its admin imports a model file, which is refused with every problem listed when
 * bad, kept for this tenant only when good; nobody else may import.
 */
@KaiwuIntegrationTest
class ModelsIntegrationTests {

	static final String TINY = """
			code: own-check
			version: "1"
			name: 本企业自查
			source: 企业内部
			unverified:
			  - {path: gradeTables, note: 内部约定}
			levels:
			  - {rank: 1, name: 一级}
			  - {rank: 2, name: 二级}
			totalPoints: 10
			dimensions:
			  - code: D1
			    name: 基础
			    maxPoints: 10
			    subDimensions:
			      - code: S1
			        name: 设备
			        maxPoints: 10
			        indicators:
			          - code: I1
			            name: 联网
			            maxPoints: 10
			            questions:
			              - code: Q1
			                text: 设备联网情况
			                type: SINGLE
			                maxPoints: 10
			                options:
			                  - {code: A, text: 无, points: 0}
			                  - {code: B, text: 全部, points: 10}
			gradeTables:
			  - code: grade
			    name: 等级
			    grades:
			      - {code: G2, name: 二级, minScore: 10}
			      - {code: G1, name: 一级, minScore: 5}
			""";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	@Test
	void everyTenantSeesTheShippedModelsWithTheirUnverifiedParts() {
		Tenants.FreshTenant tenant = Tenants.fresh(this.api, "模型目录 " + UUID.randomUUID());
		Api.Answer list = this.api.get("/api/v1/transform/models", tenant.adminToken());
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		assertThat(codes(list.json())).contains("sme-digital 2024", "sme-digital 2022", "cmmm 2020", "dcmm 2018",
				"iif 2013");
		Api.Answer sme = this.api.get("/api/v1/transform/models/sme-digital/2024", tenant.adminToken());
		assertThat(sme.status()).isEqualTo(200);
		assertThat(sme.json().get("questions").asInt()).isEqualTo(15);
		assertThat(sme.json().get("items").asInt()).isEqualTo(16);
		assertThat(sme.json().get("origin").asString()).isEqualTo("SHIPPED");
		assertThat(sme.json().get("unverified").findValuesAsString("path")).contains("gradeTables[0]");
		assertThat(sme.json().get("model").get("dimensions").get(0).get("maxPoints").asDouble()).isEqualTo(50.0);
		assertThat(this.api.get("/api/v1/transform/models/sme-digital/1999", tenant.adminToken()).status())
			.isEqualTo(404);
	}

	@Test
	void aBadFileIsRefusedWith422ListingEveryProblemWithItsPath() {
		Tenants.FreshTenant tenant = Tenants.fresh(this.api, "坏模型 " + UUID.randomUUID());
		String bad = TINY.replace("{code: B, text: 全部, points: 10}", "{code: B, text: 全部, points: 12}")
			.replace("- code: S1", "- code: D1")
			.replace("  - {rank: 2, name: 二级}\n", "  - {rank: 3, name: 三级}\n");
		Api.Answer refused = this.api.upload("/api/v1/transform/models", tenant.adminToken(), "bad.yaml",
				bad.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		List<String> paths = refused.json().get("errors").findValuesAsString("path");
		assertThat(paths).contains("levels", "dimensions[0].subDimensions[0]",
				"dimensions[0].subDimensions[0].indicators[0].questions[0].options");
		assertThat(refused.json().get("errors").findValuesAsString("file")).containsOnly("bad.yaml");
		assertThat(refused.json().get("errors").findValuesAsString("message")).contains("分值 12 超过题目满分 10", "缺少等级 2");
		assertThat(codes(this.api.get("/api/v1/transform/models", tenant.adminToken()).json()))
			.doesNotContain("own-check 1");
	}

	@Test
	void anImportedModelIsTheTenantsOwnAndOnlyItsAdminMayImport() {
		Tenants.FreshTenant owner = Tenants.fresh(this.api, "导入模型 " + UUID.randomUUID());
		Tenants.FreshTenant other = Tenants.fresh(this.api, "其他企业 " + UUID.randomUUID());
		Api.Answer imported = this.api.upload("/api/v1/transform/models", owner.adminToken(), "own-check.yaml",
				TINY.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		assertThat(imported.json().get("origin").asString()).isEqualTo("IMPORTED");
		assertThat(codes(this.api.get("/api/v1/transform/models", owner.adminToken()).json())).contains("own-check 1");
		assertThat(codes(this.api.get("/api/v1/transform/models", other.adminToken()).json()))
			.doesNotContain("own-check 1");
		assertThat(this.api.get("/api/v1/transform/models/own-check/1", other.adminToken()).status()).isEqualTo(404);

		// importing it again replaces it; a shipped version cannot be replaced
		Api.Answer again = this.api.postRaw("/api/v1/transform/models?fileName=own-check.yaml", owner.adminToken(),
				"application/yaml", TINY.replace("本企业自查", "本企业自查（修订）"));
		assertThat(again.status()).as(again.body()).isEqualTo(201);
		assertThat(
				this.api.get("/api/v1/transform/models/own-check/1", owner.adminToken()).json().get("name").asString())
			.isEqualTo("本企业自查（修订）");
		Api.Answer shipped = this.api.postRaw("/api/v1/transform/models", owner.adminToken(), "application/yaml",
				TINY.replace("code: own-check", "code: sme-digital").replace("version: \"1\"", "version: \"2024\""));
		assertThat(shipped.status()).as(shipped.body()).isEqualTo(409);

		String viewer = viewer(owner);
		assertThat(this.api.get("/api/v1/transform/models", viewer).status()).isEqualTo(200);
		Api.Answer forbidden = this.api.upload("/api/v1/transform/models", viewer, "own-check.yaml",
				TINY.getBytes(StandardCharsets.UTF_8));
		assertThat(forbidden.status()).isEqualTo(403);
	}

	@Test
	void theModelsPageShowsSourceVersionAndUnverifiedPartsAndRefusesABadImportWithEveryProblem() {
		Tenants.FreshTenant tenant = Tenants.fresh(this.api, "模型页面 " + UUID.randomUUID());
		PageSession session = PageSession.signIn(this.port, tenant.adminUsername(), "Settled-Passw0rd-7");
		String page = session.get("/transform/assessment/models").body();
		assertThat(page).contains("中小企业数字化水平评测指标（2024年版）")
			.contains("工信厅企业〔2024〕56号")
			.contains("gradeTables[0]")
			.contains("id=\"import-model\"");
		String detail = session.get("/transform/assessment/models/sme-digital/2024").body();
		assertThat(detail).contains("生产设备联网率").contains("device.networking-rate").contains("约束性场景");
		var refused = session.upload("/transform/assessment/models", "/transform/assessment/models",
				Map.of("_csrf", PageSession.csrf(page)), "bad.yaml",
				TINY.replace("- code: S1", "- code: D1")
					.replace("source: 企业内部\n", "")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"import-errors\"")
			.contains("bad.yaml: dimensions[0].subDimensions[0]: 代码 D1 重复")
			.contains("bad.yaml: source: 缺少“source”");
	}

	private String viewer(Tenants.FreshTenant tenant) {
		String username = "viewer" + System.nanoTime();
		Api.Answer user = this.api.post("/api/v1/users", tenant.adminToken(), Map.of("username", username,
				"displayName", "只读用户", "temporaryPassword", "Temporary-Pass-7", "roles", List.of("VIEWER")));
		assertThat(user.status()).as(user.body()).isEqualTo(201);
		this.api.post("/api/v1/auth/password", null,
				Map.of("username", username, "password", "Temporary-Pass-7", "newPassword", "Settled-Passw0rd-7"));
		return this.api.token(username, "Settled-Passw0rd-7");
	}

	private static List<String> codes(JsonNode list) {
		return list.valueStream().map((m) -> m.get("code").asString() + " " + m.get("version").asString()).toList();
	}

}
