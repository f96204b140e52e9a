package io.kaiwu.quality.inspection;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspector's pages over real HTTP: pick a plan, enter a subgroup on the tablet form
 * (decimal keyboard, spec limits beside the inputs), see a refusal with its reason, judge
 * the lot; create a plan on its page and see a refused row's reason on that row; both
 * languages.
 */
@KaiwuIntegrationTest
class InspectionPagesIntegrationTests {

	private static final String PASSWORD = "Settled-Passw0rd-7";

	@LocalServerPort
	int port;

	Api api;

	InspectionFixtures given;

	PageSession session;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = InspectionFixtures.of(this.api);
		this.session = PageSession.signIn(this.port, this.given.tenant.adminUsername(), PASSWORD);
		// the language a test chose stays with the user: each test starts in Chinese
		this.session.get("/quality/inspection?lang=zh-CN");
	}

	@Test
	void anInspectorEntersASubgroupAndJudgesTheLot() {
		JsonNode plan = this.given
			.plan("IN_PROCESS", List.of(InspectionFixtures.diameter(3), InspectionFixtures.appearance()))
			.json();
		String planId = plan.get("id").asString();
		String diameter = plan.get("characteristics").get(0).get("id").asString();
		String appearance = plan.get("characteristics").get(1).get("id").asString();

		String home = this.session.get("/quality/inspection").body();
		assertThat(home).contains(plan.get("name").asString(), "/quality/inspection/plans/" + planId + "/entry",
				"href=\"/quality/inspection\"");
		String entryPath = "/quality/inspection/plans/" + planId + "/entry";
		String entry = this.session.get(entryPath).body();
		assertThat(entry).contains("inputmode=\"decimal\"", "name=\"v." + diameter + ".2\"", "data-usl=\"25.05\"",
				"data-lsl=\"24.95\"", "/js/inspection.js", "划伤", "name=\"nonconforming." + appearance + "\"");

		Map<String, String> bad = new HashMap<>(Map.of("_csrf", PageSession.csrf(entry), "lotNumber", "L-OP20-01",
				"v." + diameter + ".0", "25.01", "v." + diameter + ".1", "abc", "v." + diameter + ".2", "25.00"));
		HttpResponse<String> refused = this.session.post(entryPath, entryPath, bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"entry-errors\"", "「abc」不是数字", "value=\"abc\"");

		Map<String, String> good = new HashMap<>(bad);
		good.put("v." + diameter + ".1", "25.07");
		good.put("nonconforming." + appearance, "1");
		good.put("d." + appearance + ".划伤", "1");
		HttpResponse<String> saved = this.session.post(entryPath, entryPath, good);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String recordPath = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(recordPath).startsWith("/quality/inspection/records/");
		String record = this.session.get(recordPath).body();
		assertThat(record).contains("25.01", "25.07", "L-OP20-01", "id=\"verdict-form\"", "检验 50 件，不合格 1 件，缺陷 1 个");

		HttpResponse<String> judged = this.session.post(recordPath + "/verdict", recordPath,
				Map.of("_csrf", PageSession.csrf(record), "verdict", "REJECT", "note", "外径超上限"));
		assertThat(judged.statusCode()).isEqualTo(302);
		JsonNode stored = this.api
			.get("/api/v1/quality/inspection-records/" + recordPath.substring(recordPath.lastIndexOf('/') + 1), token())
			.json();
		assertThat(stored.get("status").asString()).isEqualTo("REJECTED");
		assertThat(stored.get("subgroups")).hasSize(2);
		assertThat(stored.get("rejected").asInt()).isEqualTo(1);
		assertThat(this.session.get(recordPath + "?lang=en").body()).contains("Rejected", "Lot number");
	}

	@Test
	void aPlanIsMadeOnItsPageAndARefusedRowSaysWhy() {
		String form = this.session.get("/quality/inspection/plans/new").body();
		assertThat(form).contains("id=\"plan-form\"", "name=\"c0.code\"", "name=\"c2.gauge\"");
		Map<String, String> fields = new HashMap<>(Map.of("_csrf", PageSession.csrf(form), "name", "OP30 磨外圆检验",
				"itemCode", this.given.itemCode, "kind", "IN_PROCESS", "operation", "OP30", "active", "true"));
		fields.putAll(Map.of("c0.code", "D2", "c0.name", "磨后外径", "c0.type", "VARIABLE", "c0.lowerLimit", "25.02",
				"c0.upperLimit", "24.98", "c0.sampleSize", "5", "c0.frequencyKind", "UNITS", "c0.frequencyEvery", "20",
				"c0.unit", "mm"));
		fields.putAll(Map.of("c2.code", "A2", "c2.name", "表面", "c2.type", "ATTRIBUTE", "c2.defectTypes", "烧伤、振纹",
				"c2.sampleSize", "20", "c2.frequencyKind", "LOT"));
		HttpResponse<String> refused = this.session.post("/quality/inspection/plans", "/quality/inspection/plans/new",
				fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("下规格限（LSL）25.02 必须小于上规格限（USL）24.98", "value=\"磨后外径\"");

		fields.put("c0.lowerLimit", "24.98");
		fields.put("c0.upperLimit", "25.02");
		HttpResponse<String> created = this.session.post("/quality/inspection/plans", "/quality/inspection/plans/new",
				fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		JsonNode plan = this.api
			.get("/api/v1/quality/inspection-plans/" + path.substring(path.lastIndexOf('/') + 1), token())
			.json();
		assertThat(plan.get("characteristics")).hasSize(2);
		assertThat(plan.get("characteristics").get(1).get("defectTypes")).extracting(JsonNode::asString)
			.containsExactly("烧伤", "振纹");
		String page = this.session.get(path).body();
		assertThat(page).contains("value=\"25.02\"", "value=\"烧伤、振纹\"");
		assertThat(this.session.get("/quality/inspection/plans?lang=en").body()).contains("Inspection plans",
				"OP30 磨外圆检验");
	}

	private String token() {
		return this.given.token();
	}

}
