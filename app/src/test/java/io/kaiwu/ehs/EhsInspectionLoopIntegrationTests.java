package io.kaiwu.ehs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hidden-danger loop and the emergency records over HTTP in a fresh enterprise: a
 * checklist run on a hazardous source with a finding, the finding rectified, rejected,
 * rectified again and verified by a second engineer to closure, with every refusal on the
 * way (verifying before rectifying 409, the rectifier verifying 403, a closed finding
 * 409, bad inspections 400); an overdue finding listed; plans flagged for review and for
 * drills; a drill's finding closed through the same loop; every table as CSV.
 */
@KaiwuIntegrationTest
class EhsInspectionLoopIntegrationTests {

	@LocalServerPort
	int port;

	EhsLoopFixtures ehs;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.ehs = new EhsLoopFixtures(new Api(this.port), "隐患闭环企业");
		this.today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	@Test
	void aFindingGoesFromInspectionThroughRectificationAndARejectionToVerifiedClosure() {
		JsonNode checklist = checklist("CL-BR");
		List<String> items = checklist.get("items").valueStream().map((i) -> i.get("id").asString()).toList();
		assertThat(items).hasSize(3);

		// bad inspections: an item left out, a finding without its details, a deadline
		// before the day it was found, a date in the future
		Api.Answer refused = post("/api/v1/ehs/inspections",
				Map.of("checklistId", checklist.get("id").asString(), "inspectedOn", this.today.plusDays(1).toString(),
						"answers", List.of(answer(items.get(0), "OK", null), answer(items.get(1), "FINDING", null))));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		Map<String, String> faults = fields(refused);
		assertThat(faults).containsKeys("answers", "answers[1].finding", "inspectedOn");
		assertThat(faults.get("answers")).contains("1", "应急照明和疏散指示完好");
		Api.Answer early = post("/api/v1/ehs/inspections",
				inspection(checklist, items, this.today, finding("GENERAL", this.today.minusDays(1))));
		assertThat(early.status()).as(early.body()).isEqualTo(400);
		assertThat(fields(early)).containsKey("answers[1].finding.deadline");
		assertThat(findings("")).isEmpty();

		JsonNode inspection = created("/api/v1/ehs/inspections",
				inspection(checklist, items, this.today, finding("MAJOR", this.today.plusDays(7))));
		assertThat(inspection.get("findings").asLong()).isEqualTo(1);
		assertThat(inspection.get("hazardSourceId").asString()).isEqualTo(this.ehs.sourceId);
		List<JsonNode> open = findings("");
		assertThat(open).hasSize(1);
		String id = open.get(0).get("id").asString();
		assertThat(open.get(0).get("state").asString()).isEqualTo("OPEN");
		assertThat(open.get(0).get("severity").asString()).isEqualTo("MAJOR");
		assertThat(open.get(0).get("overdue").asBoolean()).isFalse();
		assertThat(open.get(0).get("itemId").asString()).isEqualTo(items.get(1));

		// verifying what is not rectified: 409 saying to rectify first
		Api.Answer unrectified = this.ehs.api.post("/api/v1/ehs/findings/" + id + "/verify", this.ehs.verifierToken,
				Map.of());
		assertThat(unrectified.status()).as(unrectified.body()).isEqualTo(409);
		assertThat(unrectified.json().get("detail").asString()).contains("rectify");

		Api.Answer noMeasure = post("/api/v1/ehs/findings/" + id + "/rectify", Map.of("measure", " "));
		assertThat(noMeasure.status()).isEqualTo(400);
		assertThat(fields(noMeasure)).containsKey("measure");
		JsonNode rectified = ok(post("/api/v1/ehs/findings/" + id + "/rectify", Map.of("measure", "更换压力表并校验")));
		assertThat(rectified.get("state").asString()).isEqualTo("RECTIFIED");
		assertThat(rectified.get("rectifiedBy").asString()).isEqualTo(this.ehs.tenant.adminUsername());
		assertThat(post("/api/v1/ehs/findings/" + id + "/rectify", Map.of("measure", "再次整改")).status()).isEqualTo(409);

		// the rectifier may not verify his own work
		Api.Answer own = post("/api/v1/ehs/findings/" + id + "/verify", Map.of("note", "自检合格"));
		assertThat(own.status()).as(own.body()).isEqualTo(403);
		assertThat(own.json().get("detail").asString()).contains(this.ehs.tenant.adminUsername());

		// rejected by the second engineer: a reason is needed, then it is open again
		Api.Answer noReason = this.ehs.api.post("/api/v1/ehs/findings/" + id + "/reject", this.ehs.verifierToken,
				Map.of());
		assertThat(noReason.status()).isEqualTo(400);
		JsonNode rejected = ok(this.ehs.api.post("/api/v1/ehs/findings/" + id + "/reject", this.ehs.verifierToken,
				Map.of("reason", "压力表未送检")));
		assertThat(rejected.get("state").asString()).isEqualTo("OPEN");
		assertThat(rejected.get("measure").isNull()).isTrue();

		ok(post("/api/v1/ehs/findings/" + id + "/rectify", Map.of("measure", "压力表送检合格后重新安装")));
		JsonNode verified = ok(this.ehs.api.post("/api/v1/ehs/findings/" + id + "/verify", this.ehs.verifierToken,
				Map.of("note", "现场复核通过")));
		assertThat(verified.get("state").asString()).isEqualTo("VERIFIED");
		assertThat(verified.get("verifiedBy").asString()).isEqualTo(this.ehs.verifierUsername);
		assertThat(verified.get("steps").valueStream().map((s) -> s.get("action").asString())).containsExactly("RAISED",
				"RECTIFIED", "REJECTED", "RECTIFIED", "VERIFIED");
		assertThat(verified.get("steps").get(2).get("note").asString()).isEqualTo("压力表未送检");

		// closed: nothing moves it any more
		Api.Answer closed = this.ehs.api.post("/api/v1/ehs/findings/" + id + "/reject", this.ehs.verifierToken,
				Map.of("reason", "再看看"));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(findings("?state=VERIFIED")).hasSize(1);
		assertThat(findings("?state=OPEN")).isEmpty();

		// the site's monthly EHS report counts the inspection, its major finding and the
		// closure
		JsonNode work = ok(
				this.ehs.api.get("/api/v1/ehs/report?siteId=" + this.ehs.site + "&month=" + YearMonth.from(this.today),
						this.ehs.admin()))
			.get("safetyWork");
		assertThat(work.get("inspections").asInt()).isEqualTo(1);
		assertThat(work.get("findings").asInt()).isEqualTo(1);
		assertThat(work.get("majorFindings").asInt()).isEqualTo(1);
		assertThat(work.get("verified").asInt()).isEqualTo(1);
		assertThat(work.get("overdueNow").asInt()).isZero();
		assertThat(work.get("drills").asInt()).isZero();

		// another enterprise does not see it
		String demo = this.ehs.api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		assertThat(this.ehs.api.get("/api/v1/ehs/findings/" + id, demo).status()).isEqualTo(404);
	}

	@Test
	void aFindingPastItsDeadlineIsOverdueUntilVerifiedAndEveryTableExportsAsCsv() {
		JsonNode checklist = checklist("CL-OLD");
		List<String> items = checklist.get("items").valueStream().map((i) -> i.get("id").asString()).toList();
		created("/api/v1/ehs/inspections",
				inspection(checklist, items, this.today.minusDays(10), finding("GENERAL", this.today.minusDays(1))));
		created("/api/v1/ehs/inspections", inspection(checklist, items, this.today, finding("GENERAL", this.today)));
		List<JsonNode> overdue = findings("?overdue=true");
		assertThat(overdue).hasSize(1);
		assertThat(overdue.get(0).get("deadline").asString()).isEqualTo(this.today.minusDays(1).toString());
		assertThat(findings("?overdue=false")).hasSize(1)
			.allMatch((f) -> f.get("deadline").asString().equals(this.today.toString()));

		String csv = csv("/api/v1/ehs/findings/export.csv?overdue=true");
		assertThat(csv.lines().toList()).hasSize(2);
		assertThat(csv.lines().toList().get(0)).startsWith("\uFEFF\"id\",\"severity\",\"description\"");
		assertThat(csv).contains("压力表指针超出红线", ",true,");
		assertThat(csv("/api/v1/ehs/checklists/export.csv").lines().count()).isEqualTo(4);
		assertThat(csv("/api/v1/ehs/inspections/export.csv").lines().count()).isEqualTo(3);
	}

	@Test
	void plansAreFlaggedForReviewAndDrillsAndADrillsFindingClosesThroughTheSameLoop() {
		Api.Answer noSource = post("/api/v1/ehs/emergency-plans", plan("YA-ZX", "SPECIAL", List.of(), this.today));
		assertThat(noSource.status()).as(noSource.body()).isEqualTo(400);
		assertThat(fields(noSource)).containsKey("sourceIds");

		JsonNode special = created("/api/v1/ehs/emergency-plans",
				plan("YA-ZX", "SPECIAL", List.of(this.ehs.sourceId), this.today.minusDays(1)));
		assertThat(special.get("hazardSourceIds").get(0).asString()).isEqualTo(this.ehs.sourceId);
		assertThat(special.get("reviewOverdue").asBoolean()).isTrue();
		assertThat(special.get("drillOverdue").asBoolean()).as("entered today").isFalse();
		assertThat(special.get("drillDue").asString()).isEqualTo(this.today.plusMonths(12).toString());
		JsonNode onSite = created("/api/v1/ehs/emergency-plans",
				plan("YA-XC", "ON_SITE", List.of(this.ehs.sourceId), this.today.plusDays(10)));
		assertThat(onSite.get("reviewSoon").asBoolean()).isTrue();
		String plan = onSite.get("id").asString();

		// a drill seven months ago leaves the on-site plan late (every six months)
		created("/api/v1/ehs/drills", drill(plan, this.today.minusMonths(7), List.of()));
		JsonNode late = plan("YA-XC");
		assertThat(late.get("lastDrill").asString()).isEqualTo(this.today.minusMonths(7).toString());
		assertThat(late.get("drillOverdue").asBoolean()).isTrue();

		Api.Answer future = post("/api/v1/ehs/drills", drill(plan, this.today.plusDays(1), List.of(Map.of())));
		assertThat(future.status()).isEqualTo(400);
		assertThat(fields(future)).containsKeys("drilledOn", "findings[0].severity", "findings[0].responsible");

		JsonNode drill = created("/api/v1/ehs/drills",
				drill(plan, this.today, List.of(Map.of("severity", "GENERAL", "description", "应急物资柜中两套空气呼吸器气瓶压力不足",
						"location", "锅炉房应急物资柜", "responsible", "刘工", "deadline", this.today.plusDays(3).toString()))));
		assertThat(drill.get("findingIds")).hasSize(1);
		assertThat(plan("YA-XC").get("drillOverdue").asBoolean()).isFalse();
		String finding = drill.get("findingIds").get(0).asString();
		JsonNode raised = ok(this.ehs.api.get("/api/v1/ehs/findings/" + finding, this.ehs.admin()));
		assertThat(raised.get("drillId").asString()).isEqualTo(drill.get("id").asString());
		assertThat(raised.get("siteId").asString()).isEqualTo(this.ehs.site);
		ok(post("/api/v1/ehs/findings/" + finding + "/rectify", Map.of("measure", "气瓶充装至 30 MPa")));
		assertThat(
				ok(this.ehs.api.post("/api/v1/ehs/findings/" + finding + "/verify", this.ehs.verifierToken, Map.of()))
					.get("state")
					.asString())
			.isEqualTo("VERIFIED");

		assertThat(this.ehs.api.get("/api/v1/ehs/drills?planId=" + plan, this.ehs.admin()).json().size()).isEqualTo(2);
		String plans = csv("/api/v1/ehs/emergency-plans/export.csv");
		assertThat(plans).contains("YA-ZX", "YA-XC", this.ehs.sourceId);
		assertThat(csv("/api/v1/ehs/drills/export.csv").lines().count()).isEqualTo(3);
	}

	@Test
	void aListWithAnEmptyEntryIsRefusedNamingTheEntry() {
		List<Object> items = new ArrayList<>();
		items.add(null);
		Api.Answer refused = this.ehs.api.post("/api/v1/ehs/checklists", this.ehs.admin(),
				Map.of("code", "CK-EMPTY", "name", "空检查项", "siteId", this.ehs.site, "items", items));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("items[0]");
	}

	private JsonNode checklist(String code) {
		return created("/api/v1/ehs/checklists",
				Map.of("code", code, "name", "锅炉房月度安全检查", "siteId", this.ehs.site, "items",
						List.of(Map.of("text", "燃气管道无泄漏，可燃气体探测器在检定有效期内", "category", "燃气安全", "legalBasis",
								"GB/T 50493-2019"), Map.of("text", "锅炉安全阀、压力表完好", "category", "特种设备"),
								Map.of("text", "应急照明和疏散指示完好", "category", "消防安全"))));
	}

	private Map<String, Object> inspection(JsonNode checklist, List<String> items, LocalDate day,
			Map<String, Object> finding) {
		return Map.of("checklistId", checklist.get("id").asString(), "hazardSourceId", this.ehs.sourceId, "inspectedOn",
				day.toString(), "inspector", "李安全", "answers", List.of(answer(items.get(0), "OK", null),
						answer(items.get(1), "FINDING", finding), answer(items.get(2), "NOT_APPLICABLE", null)));
	}

	private static Map<String, Object> answer(String item, String outcome, Map<String, Object> finding) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("itemId", item);
		answer.put("outcome", outcome);
		if (finding != null) {
			answer.put("finding", finding);
		}
		return answer;
	}

	private static Map<String, Object> finding(String severity, LocalDate deadline) {
		return Map.of("severity", severity, "description", "压力表指针超出红线", "location", "1 号锅炉", "responsible", "王师傅",
				"deadline", deadline.toString());
	}

	private Map<String, Object> plan(String code, String kind, List<String> sources, LocalDate reviewDue) {
		return Map.of("code", code, "name", "锅炉房天然气泄漏应急预案", "siteId", this.ehs.site, "kind", kind, "sourceIds", sources,
				"responseLevels", List.of("Ⅰ级：公司级响应", "Ⅱ级：车间级响应"), "contacts", List.of("应急办 王工 138 0000 0000"),
				"reviewDue", reviewDue.toString());
	}

	private static Map<String, Object> drill(String plan, LocalDate day, List<Map<String, Object>> findings) {
		return Map.of("planId", plan, "drilledOn", day.toString(), "scenario", "锅炉房调压柜天然气泄漏，人员疏散与切断气源", "participants",
				18, "durationMinutes", 45, "evaluation", "疏散 4 分钟完成，切断气源及时", "findings", findings);
	}

	private JsonNode plan(String code) {
		return this.ehs.api.get("/api/v1/ehs/emergency-plans", this.ehs.admin())
			.json()
			.valueStream()
			.filter((p) -> p.get("code").asString().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private List<JsonNode> findings(String query) {
		return ok(this.ehs.api.get("/api/v1/ehs/findings" + query, this.ehs.admin())).valueStream().toList();
	}

	private String csv(String path) {
		Api.Download download = this.ehs.api.download(path, this.ehs.admin());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Type")).startsWith("text/csv");
		return new String(download.bytes(), StandardCharsets.UTF_8);
	}

	private Api.Answer post(String path, Object body) {
		return this.ehs.api.post(path, this.ehs.admin(), body);
	}

	private JsonNode created(String path, Object body) {
		return this.ehs.created(path, body);
	}

	private static JsonNode ok(Api.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static Map<String, String> fields(Api.Answer answer) {
		Map<String, String> byField = new HashMap<>();
		answer.json().get("errors").forEach((e) -> byField.put(e.get("field").asString(), e.get("message").asString()));
		return byField;
	}

}
