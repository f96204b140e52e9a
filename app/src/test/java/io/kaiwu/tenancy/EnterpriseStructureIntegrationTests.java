package io.kaiwu.tenancy;

import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Shaping the ISA-95 structure over REST, with the rules a plant engineer relies on. */
@KaiwuIntegrationTest
class EnterpriseStructureIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	String token;

	@BeforeEach
	void freshTenant() {
		this.api = new Api(this.port);
		this.token = Tenants.fresh(this.api, "结构测试 " + System.nanoTime()).adminToken();
	}

	private String create(String parent, String level, String code, String name) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("level", level, "code", code, "name", name));
		if (parent != null) {
			body.put("parentId", parent);
		}
		Api.Answer answer = this.api.post("/api/v1/structure/nodes", this.token, body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	@Test
	void buildsSiteAreaLineWorkUnitTree() {
		String site = create(null, "SITE", "NB", "宁波工厂");
		String area = create(site, "AREA", "NB-PR", "冲压车间");
		String line = create(area, "LINE", "NB-PR-L1", "冲压一线");
		create(line, "WORK_UNIT", "NB-PR-L1-01", "压力机 #1");
		Api.Answer tree = this.api.get("/api/v1/structure/tree", this.token);
		assertThat(tree.json().get(0).get("timeZone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(tree.json()
			.get(0)
			.get("children")
			.get(0)
			.get("children")
			.get(0)
			.get("children")
			.get(0)
			.get("code")
			.asString()).isEqualTo("NB-PR-L1-01");
	}

	@Test
	void refusesANodeUnderTheWrongLevel() {
		String site = create(null, "SITE", "HZ", "杭州工厂");
		Api.Answer answer = this.api.post("/api/v1/structure/nodes", this.token,
				Map.of("parentId", site, "level", "LINE", "code", "HZ-L1", "name", "错层产线"));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("parentId");
	}

	@Test
	void refusesAnUnknownTimeZoneAndADuplicateCode() {
		Api.Answer zone = this.api.post("/api/v1/structure/nodes", this.token,
				Map.of("level", "SITE", "code", "XX", "name", "x", "timeZone", "Mars/Olympus"));
		assertThat(zone.status()).isEqualTo(400);
		assertThat(zone.json().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
		create(null, "SITE", "DUP", "一厂");
		Api.Answer duplicate = this.api.post("/api/v1/structure/nodes", this.token,
				Map.of("level", "SITE", "code", "DUP", "name", "二厂"));
		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
	}

	@Test
	void renamesAndMovesANode() {
		String site = create(null, "SITE", "WX", "无锡工厂");
		String areaA = create(site, "AREA", "WX-A", "A 车间");
		String areaB = create(site, "AREA", "WX-B", "B 车间");
		String line = create(areaA, "LINE", "WX-L1", "一线");
		Api.Answer renamed = this.api.patch("/api/v1/structure/nodes/" + line, this.token,
				Map.of("code", "WX-L1", "name", "总装一线"));
		assertThat(renamed.json().get("name").asString()).isEqualTo("总装一线");
		Api.Answer moved = this.api.post("/api/v1/structure/nodes/" + line + "/move", this.token,
				Map.of("parentId", areaB));
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.json().get("parentId").asString()).isEqualTo(areaB);
		Api.Answer patched = this.api.patch("/api/v1/structure/nodes/" + site, this.token, Map.of("name", "无锡新区工厂"));
		assertThat(patched.json().get("code").asString()).as("what a PATCH leaves out stays").isEqualTo("WX");
		assertThat(patched.json().get("timeZone").asString()).isEqualTo("Asia/Shanghai");
	}

	@Test
	void refusesToDeleteANodeWithChildrenAndSaysWhy() {
		String site = create(null, "SITE", "CZ", "常州工厂");
		String area = create(site, "AREA", "CZ-A", "装配车间");
		Api.Answer refused = this.api.delete("/api/v1/structure/nodes/" + site, this.token);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("常州工厂");
		assertThat(this.api.delete("/api/v1/structure/nodes/" + area, this.token).status()).isEqualTo(204);
		assertThat(this.api.delete("/api/v1/structure/nodes/" + site, this.token).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/structure/nodes/" + site, this.token).status()).isEqualTo(404);
	}

	@Test
	void answersInEnglishWhenAsked() {
		Api.Answer answer = this.api.get("/api/v1/structure/nodes/" + java.util.UUID.randomUUID(), this.token,
				Map.of("Accept-Language", "en-US,en;q=0.9"));
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.json().get("title").asString()).isEqualTo("Not found");
	}

	@Test
	void recordsEveryChangeInTheAuditLog() {
		String site = create(null, "SITE", "SH", "上海工厂");
		this.api.patch("/api/v1/structure/nodes/" + site, this.token, Map.of("code", "SH", "name", "上海总部工厂"));
		Api.Answer audit = this.api.get("/api/v1/audit?entityType=plant-node", this.token);
		assertThat(audit.json().get("total").asInt()).isEqualTo(2);
		assertThat(audit.json().get("items").get(0).get("action").asString()).isEqualTo("UPDATED");
		assertThat(audit.json().get("items").get(0).get("before").asString()).contains("上海工厂");
		assertThat(audit.json().get("items").get(0).get("after").asString()).contains("上海总部工厂");
	}

}
