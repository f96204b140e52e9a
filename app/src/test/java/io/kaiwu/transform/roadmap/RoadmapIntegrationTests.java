package io.kaiwu.transform.roadmap;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A small enterprise has a roadmap proposed from the general atlas, moves a scenario, and
 * works out a project's money; bad input is refused with every reason.
 */
@KaiwuIntegrationTest
class RoadmapIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aSmallEnterpriseGetsEveryScenarioInPhasesOfTwoAfterWhatTheyBuildOn() {
		Api api = new Api(this.port);
		String token = Tenants.fresh(api, unique("转型规划企业")).adminToken();
		Api.Answer proposed = api.post("/api/v1/transform/roadmaps", token, Map.of("name", "2027–2029 转型规划", "goals",
				List.of("QUALITY", "COST"), "painPoints", List.of("OPS-01/1", "PM-04/2")));
		assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
		JsonNode roadmap = proposed.json();
		// a 中小企业 transforms 梯次
		assertThat(roadmap.get("approach").asString()).isEqualTo("TIERED");
		Map<String, Integer> phaseOf = new HashMap<>();
		Map<String, List<String>> waits = new HashMap<>();
		for (JsonNode phase : roadmap.get("phases")) {
			assertThat(phase.get("scenarios").size()).as("phase " + phase.get("phase")).isBetween(1, 2);
			for (JsonNode s : phase.get("scenarios")) {
				phaseOf.put(s.get("code").asString(), phase.get("phase").asInt());
				waits.put(s.get("code").asString(), s.get("waitsFor").valueStream().map(JsonNode::asString).toList());
			}
		}
		// nothing is live for a new enterprise: all 21 scenarios of the guide are planned
		// once
		assertThat(phaseOf).hasSize(21);
		waits.forEach((code, before) -> before
			.forEach((b) -> assertThat(phaseOf.get(b)).as(code + " after " + b).isLessThan(phaseOf.get(code))));
		// one project per phase to fill in
		assertThat(roadmap.get("projects").size()).isEqualTo(roadmap.get("phases").size());
		String id = roadmap.get("id").asString();

		// the planner moves a scenario to a later phase
		String first = roadmap.get("phases").get(0).get("scenarios").get(0).get("code").asString();
		JsonNode moved = api.put("/api/v1/transform/roadmaps/" + id + "/scenarios/" + first, token, Map.of("phase", 15))
			.json();
		Set<String> inFifteen = new HashSet<>();
		moved.get("phases").forEach((p) -> {
			if (p.get("phase").asInt() == 15) {
				p.get("scenarios").forEach((s) -> inFifteen.add(s.get("code").asString()));
			}
		});
		assertThat(inFifteen).contains(first);

		// 100 invested, 30 back a year for five years, at the roadmap's 8 %:
		// 30 × (1 − 1.08⁻⁵) ÷ 0.08 − 100 = 19.78
		Api.Answer project = api.post("/api/v1/transform/roadmaps/" + id + "/projects", token,
				Map.of("name", "设备联网与 OEE", "phase", 1, "scenarios", List.of("OPS-01"), "investment", 100,
						"netBenefits", List.of(30, 30, 30, 30, 30), "kpiEffects", Map.of("oee", 8), "risks",
						List.of("老旧设备无通信接口"), "assumptions", "按两班制、年 250 个工作日"));
		assertThat(project.status()).as(project.body()).isEqualTo(201);
		JsonNode economics = project.json().get("economics");
		assertThat(economics.get("npv").asDouble()).isCloseTo(19.78, within(0.01));
		assertThat(economics.get("roi").asDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(economics.get("paybackYears").asDouble()).isCloseTo(10.0 / 3, within(1e-9));
	}

	@Test
	void badInputIsRefusedWithEveryReason() {
		Api api = new Api(this.port);
		String token = Tenants.fresh(api, unique("规划校验企业")).adminToken();
		Api.Answer refused = api.post("/api/v1/transform/roadmaps", token, Map.of("name", "x", "approach", "FAST",
				"goals", List.of("SPEED"), "painPoints", List.of("XX-99/1", "OPS-01/9"), "discountRate", 2));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("approach",
				"goals", "painPoints", "painPoints", "discountRate");
		String id = api.post("/api/v1/transform/roadmaps", token, Map.of("name", "规划", "approach", "WHOLE"))
			.json()
			.get("id")
			.asString();
		Api.Answer project = api.post("/api/v1/transform/roadmaps/" + id + "/projects", token,
				Map.of("name", "x", "scenarios", List.of("ZZ-01"), "investment", -5, "kpiEffects", Map.of("speed", 3)));
		assertThat(project.status()).isEqualTo(400);
		assertThat(project.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("scenarios",
				"investment", "kpiEffects");
		assertThat(api.get("/api/v1/transform/roadmaps/" + id, Tenants.fresh(api, unique("别家")).adminToken()).status())
			.isEqualTo(404);
	}

	@Test
	void theRoadmapPageProposesAndPrints() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("规划页面企业"));
		PageSession session = PageSession.signIn(this.port, tenant.adminUsername(), "Settled-Passw0rd-7");
		HttpResponse<String> list = session.get("/transform/roadmaps");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("转型规划", "OPS-01/1");
		HttpResponse<String> created = session.post("/transform/roadmaps", "/transform/roadmaps",
				Map.of("name", "三年规划", "goals", "EFFICIENCY", "painPoints", "OPS-01/1", "discountRate", "6", "_csrf",
						PageSession.csrf(list.body())));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> page = session.get(location.substring(location.indexOf("/transform/")));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("第 1 阶段", "print.css", "6.0%", "梯次");
	}

	private static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
