package io.kaiwu.transform.cycle;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDCA cycle carries out the first phase of a roadmap, closes on its evaluation with
 * the gaps that remain, and the next cycle starts from them with the roadmap's next
 * phase.
 */
@KaiwuIntegrationTest
class CycleIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void closingACycleCarriesItsGapsIntoTheNext() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("PDCA 企业"));
		String token = tenant.adminToken();
		JsonNode roadmap = api.post("/api/v1/transform/roadmaps", token, Map.of("name", "三年规划")).json();
		int firstPhase = roadmap.get("phases").get(0).get("scenarios").size();
		String baseline = id(api.post("/api/v1/transform/evaluations", token,
				Map.of("name", "2025", "periodFrom", "2025-01-01", "periodTo", "2025-12-31")));
		api.put("/api/v1/transform/evaluations/" + baseline + "/kpis/rd-cycle", token,
				Map.of("inputs", Map.of("totalProjectDays", 540, "projectsReleased", 3)));
		String year = id(api.post("/api/v1/transform/evaluations", token,
				Map.of("name", "2026", "periodFrom", "2026-01-01", "periodTo", "2026-12-31", "baselineId", baseline)));
		// development got slower: 800 ÷ 4 = 200 days against 180
		api.put("/api/v1/transform/evaluations/" + year + "/kpis/rd-cycle", token,
				Map.of("inputs", Map.of("totalProjectDays", 800, "projectsReleased", 4)));
		api.put("/api/v1/transform/evaluations/" + year + "/kpis/profit-margin", token,
				Map.of("inputs", Map.of("profit", 50, "revenue", 1000)));

		Api.Answer started = api.post("/api/v1/transform/cycles", token,
				Map.of("roadmapId", roadmap.get("id").asString()));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		JsonNode first = started.json();
		assertThat(first.get("number").asInt()).isEqualTo(1);
		assertThat(first.get("roadmapPhase").asInt()).isEqualTo(1);
		assertThat(first.get("carriedGaps")).isEmpty();
		String cycle = first.get("id").asString();
		assertThat(api.post("/api/v1/transform/cycles", token, Map.of()).status()).as("one open cycle at a time")
			.isEqualTo(409);
		assertThat(api.post("/api/v1/transform/cycles/" + cycle + "/close", token, Map.of("note", "x")).status())
			.as("no evaluation yet")
			.isEqualTo(409);

		api.put("/api/v1/transform/cycles/" + cycle, token,
				Map.of("roadmapId", roadmap.get("id").asString(), "evaluationId", year));
		Api.Answer closed = api.post("/api/v1/transform/cycles/" + cycle + "/close", token,
				Map.of("note", "研发周期变长，需复盘"));
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		JsonNode gaps = closed.json().get("closingGaps");
		// the slower development; seven KPIs never measured (profit margin was, but has
		// no
		// baseline); and the first phase's scenarios, none live yet
		assertThat(gaps.findValuesAsString("code").stream().filter((c) -> c.equals("rd-cycle"))).hasSize(1);
		assertThat(gaps.valueStream().filter((g) -> g.get("kind").asString().equals("KPI"))).hasSize(8);
		assertThat(gaps.valueStream().filter((g) -> g.get("kind").asString().equals("SCENARIO"))).hasSize(firstPhase);
		assertThat(gaps.findValuesAsString("text"))
			.anySatisfy((t) -> assertThat(t).contains("rd-cycle", "180.00", "200.00"));
		assertThat(api.post("/api/v1/transform/cycles/" + cycle + "/close", token, Map.of()).status()).as("closed once")
			.isEqualTo(409);

		JsonNode second = api.post("/api/v1/transform/cycles", token, Map.of("roadmapId", roadmap.get("id").asString()))
			.json();
		assertThat(second.get("number").asInt()).isEqualTo(2);
		assertThat(second.get("roadmapPhase").asInt()).isEqualTo(2);
		assertThat(second.get("carriedGaps").size()).isEqualTo(gaps.size());

		PageSession session = PageSession.signIn(this.port, tenant.adminUsername(), "Settled-Passw0rd-7");
		HttpResponse<String> page = session.get("/transform/cycles");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("cycle-spiral", "承接上一循环的差距", "研发周期变长，需复盘");
	}

	@Test
	void linksToAnotherTenantsRoadmapAreRefused() {
		Api api = new Api(this.port);
		String mine = Tenants.fresh(api, unique("PDCA 甲")).adminToken();
		String theirs = Tenants.fresh(api, unique("PDCA 乙")).adminToken();
		String roadmap = api.post("/api/v1/transform/roadmaps", theirs, Map.of("name", "别家的规划"))
			.json()
			.get("id")
			.asString();
		Api.Answer refused = api.post("/api/v1/transform/cycles", mine,
				Map.of("roadmapId", roadmap, "roadmapPhase", 0));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("roadmapId",
				"roadmapPhase");
	}

	private static String id(Api.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	private static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
