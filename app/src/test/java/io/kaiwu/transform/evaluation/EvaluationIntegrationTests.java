package io.kaiwu.transform.evaluation;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Results evaluation over real HTTP: a year evaluated against the year before, KPIs
 * entered by hand, data quality measured from the tenant's own telemetry, the usability
 * questionnaire, and the refusals.
 */
@KaiwuIntegrationTest
class EvaluationIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void thisYearIsComparedWithLastYearKpiByKpi() {
		Api api = new Api(this.port);
		String token = Tenants.fresh(api, unique("成效评估企业")).adminToken();
		String baseline = created(api.post("/api/v1/transform/evaluations", token,
				Map.of("name", "2025 年基线", "periodFrom", "2025-01-01", "periodTo", "2025-12-31")));
		assertThat(api
			.put("/api/v1/transform/evaluations/" + baseline + "/kpis/rd-cycle", token,
					Map.of("inputs", Map.of("totalProjectDays", 540, "projectsReleased", 3)))
			.status()).isEqualTo(200);
		assertThat(api
			.put("/api/v1/transform/evaluations/" + baseline + "/kpis/profit-margin", token,
					Map.of("inputs", Map.of("profit", 60, "revenue", 1000)))
			.status()).isEqualTo(200);

		String current = created(api.post("/api/v1/transform/evaluations", token, Map.of("name", "2026 年", "periodFrom",
				"2026-01-01", "periodTo", "2026-12-31", "baselineId", baseline)));
		api.put("/api/v1/transform/evaluations/" + current + "/kpis/rd-cycle", token,
				Map.of("inputs", Map.of("totalProjectDays", 600, "projectsReleased", 4)));
		Api.Answer margin = api.put("/api/v1/transform/evaluations/" + current + "/kpis/profit-margin", token,
				Map.of("inputs", Map.of("profit", 72, "revenue", 1200)));
		assertThat(margin.json().get("source").asString()).isEqualTo("MANUAL");
		assertThat(margin.json().get("value").asDouble()).isEqualTo(6.0);

		JsonNode report = api.get("/api/v1/transform/evaluations/" + current, token).json();
		assertThat(report.get("baseline").get("name").asString()).isEqualTo("2025 年基线");
		Map<String, JsonNode> rows = rows(report);
		assertThat(rows).hasSize(9);
		// 540 ÷ 3 = 180 days a project last year, 600 ÷ 4 = 150 this year: 30 days
		// shorter
		JsonNode cycle = rows.get("rd-cycle");
		assertThat(cycle.get("baseline").get("value").asDouble()).isEqualTo(180.0);
		assertThat(cycle.get("current").get("value").asDouble()).isEqualTo(150.0);
		assertThat(cycle.get("change").get("difference").asDouble()).isEqualTo(-30.0);
		assertThat(cycle.get("change").get("improved").asBoolean()).isTrue();
		// 6 % both years: not an improvement
		assertThat(rows.get("profit-margin").get("change").get("improved").asBoolean()).isFalse();
		assertThat(rows.get("revenue-growth").get("current").isNull()).isTrue();
	}

	@Test
	void badInputIsRefusedWithEveryReason() {
		Api api = new Api(this.port);
		String token = Tenants.fresh(api, unique("成效评估校验")).adminToken();
		Api.Answer backwards = api.post("/api/v1/transform/evaluations", token,
				Map.of("name", " ", "periodFrom", "2026-12-31", "periodTo", "2026-01-01"));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name",
				"periodTo");

		String year = created(api.post("/api/v1/transform/evaluations", token,
				Map.of("name", "2026", "periodFrom", "2026-01-01", "periodTo", "2026-12-31")));
		Api.Answer overlapping = api.post("/api/v1/transform/evaluations", token,
				Map.of("name", "2026 下半年", "periodFrom", "2026-07-01", "periodTo", "2026-12-31", "baselineId", year));
		assertThat(overlapping.status()).isEqualTo(400);
		assertThat(overlapping.body()).contains("baselineId");

		Api.Answer wrong = api.put("/api/v1/transform/evaluations/" + year + "/kpis/customer-satisfaction", token,
				Map.of("inputs", Map.of("satisfiedResponses", 120, "responses", 100, "happy", 3)));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("inputs.happy");
		Api.Answer contradiction = api.put("/api/v1/transform/evaluations/" + year + "/kpis/customer-satisfaction",
				token, Map.of("inputs", Map.of("satisfiedResponses", 120, "responses", 100)));
		assertThat(contradiction.status()).isEqualTo(400);
		assertThat(contradiction.json().get("errors").findValuesAsString("field"))
			.containsExactly("inputs.satisfiedResponses");
		assertThat(api
			.put("/api/v1/transform/evaluations/" + year + "/kpis/no-such-kpi", token, Map.of("inputs", Map.of("x", 1)))
			.status()).isEqualTo(404);

		// another tenant cannot see it
		String other = Tenants.fresh(api, unique("别的企业")).adminToken();
		assertThat(api.get("/api/v1/transform/evaluations/" + year, other).status()).isEqualTo(404);
	}

	@Test
	void dataQualityIsMeasuredFromTheTenantsOwnTelemetry() {
		Api api = new Api(this.port);
		String token = Tenants.fresh(api, unique("数据质量企业")).adminToken();
		String site = created(api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", "DQ", "name", "数据质量工厂", "timeZone", "Asia/Shanghai")));
		String type = created(api
			.post("/api/v1/device-types", token, Map.of("code", unique("DQ"), "nameZh", "温控器", "properties", List.of(
					Map.of("identifier", "temperature", "nameZh", "温度", "dataType", "DOUBLE", "min", -20, "max", 120),
					Map.of("identifier", "state", "nameZh", "状态", "dataType", "ENUM", "enumValues",
							List.of("running", "idle")),
					Map.of("identifier", "parts", "nameZh", "计数", "dataType", "LONG")))));
		String key = unique("dq");
		Api.Answer device = api.post("/api/v1/devices", token,
				Map.of("key", key, "name", "温控器 1", "typeId", type, "nodeId", site));
		String secret = device.json().get("secret").asString();
		Instant t0 = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		// two good values; one out of range; one property the thing model does not
		// declare
		send(api, key, secret, Map.of("ts", t0.toString(), "values", Map.of("temperature", 21.5, "state", "running")));
		send(api, key, secret, Map.of("ts", t0.plusSeconds(1).toString(), "values", Map.of("temperature", 500)));
		send(api, key, secret, Map.of("ts", t0.plusSeconds(2).toString(), "values", Map.of("humidity", 40)));

		String evaluation = created(api.post("/api/v1/transform/evaluations", token,
				Map.of("name", "本月", "periodFrom", "2026-11-01", "periodTo", "2026-11-30")));
		JsonNode measured = await().atMost(Duration.ofSeconds(20))
			.until(() -> api.post("/api/v1/transform/evaluations/" + evaluation + "/measure", token, Map.of()).json(),
					(m) -> m.size() > 0);
		assertThat(measured.findValuesAsString("code")).containsExactly("data-quality");
		JsonNode quality = measured.get(0);
		assertThat(quality.get("source").asString()).isEqualTo("PLATFORM");
		// completeness 2 of 3 properties, timeliness 1 of 1 device; validity and
		// consistency
		// are the values stored of those stored and refused (one each): 2 of 3 when the
		// store
		// holds just the two good values, (2/3 + 1 + 2/3 + 2/3) ÷ 4 = 75 %
		String range = "?from=" + t0.minus(1, ChronoUnit.HOURS) + "&to=" + Instant.now().plus(1, ChronoUnit.MINUTES);
		long stored = api.get("/api/v1/telemetry/count" + range, token).json().get("count").asLong();
		String held = stored + " stored: "
				+ api.get("/api/v1/devices/" + key + "/telemetry/temperature" + range, token).body() + " / "
				+ api.get("/api/v1/devices/" + key + "/telemetry/state" + range, token).body();
		assertThat(stored).as(held).isGreaterThanOrEqualTo(2);
		double share = (double) stored / (stored + 1);
		assertThat(quality.get("inputs").get("completeness").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(quality.get("inputs").get("timeliness").asDouble()).isEqualTo(1.0);
		assertThat(quality.get("inputs").get("validity").asDouble()).as(held).isCloseTo(share, within(1e-9));
		assertThat(quality.get("inputs").get("consistency").asDouble()).as(held).isCloseTo(share, within(1e-9));
		assertThat(quality.get("value").asDouble()).isCloseTo((2.0 / 3 + 1 + 2 * share) / 4 * 100, within(1e-9));
		assertThat(quality.get("evidence").findValuesAsString("provenance"))
			.anySatisfy((p) -> assertThat(p).contains("2", "3"))
			.hasSize(4);
		// OEE needs equipment facts this tenant does not have: left to a person
		JsonNode oee = rows(api.get("/api/v1/transform/evaluations/" + evaluation, token).json()).get("oee");
		assertThat(oee.get("current").isNull()).isTrue();
	}

	@Test
	void eachRespondentAnswersTheUsabilityQuestionnaireOnce() {
		Api api = new Api(this.port);
		String token = Tenants.fresh(api, unique("易用性企业")).adminToken();
		String evaluation = created(api.post("/api/v1/transform/evaluations", token,
				Map.of("name", "本季度", "periodFrom", "2026-10-01", "periodTo", "2026-12-31")));
		String sus = "/api/v1/transform/evaluations/" + evaluation + "/sus";
		assertThat(api.post(sus, token, Map.of("answers", List.of(3, 3, 3))).status()).isEqualTo(400);
		assertThat(api.post(sus, token, Map.of("answers", List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)))
			.json()
			.get("value")
			.asDouble()).isEqualTo(50.0);
		// the same respondent again replaces the answers: 82.5, not the mean of 50 and
		// 82.5
		Api.Answer again = api.post(sus, token, Map.of("answers", List.of(4, 2, 4, 1, 5, 2, 4, 2, 4, 1)));
		assertThat(again.json().get("value").asDouble()).isEqualTo(82.5);
		assertThat(again.json().get("source").asString()).isEqualTo("SURVEY");
		assertThat(api.get("/api/v1/transform/evaluations/" + evaluation, token).json().get("susResponses").asInt())
			.isEqualTo(1);
		assertThat(api
			.put("/api/v1/transform/evaluations/" + evaluation + "/kpis/system-usability", token,
					Map.of("inputs", Map.of("meanSusScore", 90)))
			.status()).isEqualTo(409);
	}

	@Test
	void thePagesCreateAnEvaluationAndTakeAKpi() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("成效页面企业"));
		PageSession session = PageSession.signIn(this.port, tenant.adminUsername(), "Settled-Passw0rd-7");
		HttpResponse<String> list = session.get("/transform/evaluations");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("成效评估", "new-evaluation");
		String csrf = PageSession.csrf(list.body());
		HttpResponse<String> refused = session.post("/transform/evaluations", "/transform/evaluations",
				Map.of("name", "2026", "periodFrom", "2026-12-31", "periodTo", "2026-01-01", "_csrf", csrf));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("早于开始日期");
		HttpResponse<String> created = session.post("/transform/evaluations", "/transform/evaluations",
				Map.of("name", "2026", "periodFrom", "2026-01-01", "periodTo", "2026-12-31", "_csrf", csrf));
		assertThat(created.statusCode()).isEqualTo(302);
		String page = created.headers().firstValue("Location").orElseThrow();
		String path = page.substring(page.indexOf("/transform/"));
		HttpResponse<String> entered = session.post(path + "/kpis/inventory-turnover", path,
				Map.of("costOfGoodsSold", "1200", "openingInventory", "300", "closingInventory", "500", "_csrf", csrf));
		assertThat(entered.statusCode()).isEqualTo(302);
		HttpResponse<String> report = session.get(path);
		assertThat(report.body()).contains("库存周转率", "3.00", "人工录入", "系统易用性问卷");
	}

	private static Map<String, JsonNode> rows(JsonNode report) {
		Map<String, JsonNode> rows = new HashMap<>();
		report.get("kpis").forEach((k) -> rows.put(k.get("code").asString(), k));
		return rows;
	}

	private static void send(Api api, String key, String secret, Object message) {
		Api.Answer answer = api.postBasic("/api/v1/devices/" + key + "/telemetry", key, secret, "application/json",
				JSON.writeValueAsString(message).getBytes(StandardCharsets.UTF_8));
		assertThat(answer.status()).as(answer.body()).isIn(200, 202, 207, 422);
	}

	private static String created(Api.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	private static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
