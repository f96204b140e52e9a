package io.kaiwu.transform.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assessment runs over HTTP and SQL: a run against the SME 2024 model answered (bad
 * answers refused whole with their paths), submitted once even when submitted twice at
 * the same moment, its score card with the radar and the gap, and the comparison with an
 * earlier run; its sections assigned to respondent groups, each with its progress, and
 * supporting material attached to a question.
 */
@KaiwuIntegrationTest
class AssessmentRunsIntegrationTests {

	static final String BASE = "/api/v1/transform/assessments";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	/**
	 * 基础 50 (networked from 45 of 60 = 75 %: E 6) + 管理 30 = 80; 6 constrained and 4
	 * guiding scenarios at L4, the rest at L3: 四级.
	 */
	static Map<String, Object> level4() {
		Map<String, Object> answers = new HashMap<>();
		answers.put("Q-NETWORK", Map.of("options", List.of("A", "B", "C", "D")));
		answers.put("Q-DEVICE-DIGITAL", Map.of("options", List.of("E")));
		answers.put("Q-DEVICE-NETWORKED", Map.of("numbers", Map.of("networked", 45, "total", 60)));
		answers.put("Q-DATA-COLLECTION",
				Map.of("options", List.of("DESIGN", "PROCESS", "MARKETING", "SERVICE", "PLANNING", "PRODUCTION",
						"QUALITY", "EQUIPMENT", "SAFETY", "ENERGY", "PURCHASING", "WAREHOUSE", "FINANCE", "HR")));
		answers.put("Q-SYSTEMS", Map.of("options", List.of("E")));
		answers.put("Q-NETWORK-SECURITY", Map.of("options", List.of("A", "B", "C", "D")));
		answers.put("Q-DATA-SECURITY", Map.of("options", List.of("A", "B", "C", "D")));
		answers.put("Q-PLANNING", Map.of("options", List.of("F")));
		answers.put("Q-MECHANISM", Map.of("options", List.of("A", "B", "C", "D")));
		answers.put("Q-TALENT", Map.of("options", List.of("A", "B", "C", "D", "E")));
		answers.put("Q-FUNDING", Map.of("numbers", Map.of("investment", 70, "revenue", 100)));
		List<String> constrained = List.of("S-PRODUCT-DESIGN", "S-MARKETING", "S-PRODUCTION-CONTROL", "S-QUALITY",
				"S-EQUIPMENT", "S-SAFETY", "S-ENERGY", "S-PURCHASING", "S-WAREHOUSE", "S-FINANCE");
		List<String> guiding = List.of("S-PROCESS-DESIGN", "S-AFTER-SALES", "S-PLANNING", "S-HR", "S-OFFICE",
				"S-DECISION");
		for (int i = 0; i < constrained.size(); i++) {
			answers.put(constrained.get(i), Map.of("level", (i < 6) ? 4 : 3));
		}
		for (int i = 0; i < guiding.size(); i++) {
			answers.put(guiding.get(i), Map.of("level", (i < 4) ? 4 : 3));
		}
		return answers;
	}

	String start(String token, String title) {
		Api.Answer started = this.api.post(BASE, token,
				Map.of("model", "sme-digital", "version", "2024", "title", title));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		assertThat(started.json().get("status").asString()).isEqualTo("OPEN");
		return started.json().get("id").asString();
	}

	@Test
	void aRunIsAnsweredSubmittedOnceAndComparedWithTheEarlierOne() throws Exception {
		Tenants.FreshTenant tenant = Tenants.fresh(this.api, "自评估 " + UUID.randomUUID());
		String token = tenant.adminToken();

		// an earlier run: only the scored part, 80 points but no scenario answered
		String earlier = start(token, "2025 年自评");
		Map<String, Object> scoredOnly = new HashMap<>(level4());
		scoredOnly.keySet().removeIf((code) -> code.startsWith("S-"));
		assertThat(this.api.put(BASE + "/" + earlier + "/answers", token, scoredOnly).status()).isEqualTo(200);
		Api.Answer first = this.api.post(BASE + "/" + earlier + "/submit", token, null);
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().get("total").asDouble()).isEqualTo(80.0);
		assertThat(first.json().get("grade").isNull()).isTrue();

		String run = start(token, "2026 年自评");
		Map<String, Object> bad = Map.of("Q-NOPE", Map.of("options", List.of("A")), "Q-SYSTEMS",
				Map.of("options", List.of("Z")), "S-QUALITY", Map.of("level", 7), "Q-NETWORK",
				Map.of("options", List.of("A")));
		Api.Answer refused = this.api.put(BASE + "/" + run + "/answers", token, bad);
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.json().get("errors").findValuesAsString("path")).containsExactlyInAnyOrder("answers.Q-NOPE",
				"dimensions[0].subDimensions[2].indicators[0].questions[0] (Q-SYSTEMS)",
				"rubric.groups[1].items[2] (S-QUALITY)");
		assertThat(this.api.get(BASE + "/" + run, token).json().get("answered").asInt())
			.as("a refused set stores nothing, not even its good answers")
			.isZero();

		// sections to respondents per the guide 三(三); an unknown section or group refuses
		// all
		Api.Answer badAssignment = this.api.put(BASE + "/" + run + "/assignments", token,
				Map.of("BASE", Map.of("group", "FRONTLINE"), "NOPE", Map.of("group", "MANAGEMENT"), "G-SUPPLY",
						Map.of("group", "EVERYONE")));
		assertThat(badAssignment.status()).as(badAssignment.body()).isEqualTo(400);
		assertThat(badAssignment.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("NOPE",
				"G-SUPPLY");
		Api.Answer assigned = this.api.put(BASE + "/" + run + "/assignments", token, Map.of("MGMT",
				Map.of("group", "MANAGEMENT", "assignee", "厂长"), "G-PRODUCTION", Map.of("group", "FRONTLINE")));
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

		Api.Answer answered = this.api.put(BASE + "/" + run + "/answers", token, level4());
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		// 11 scored questions (成效 left unanswered) and 16 scenarios
		assertThat(answered.json().get("answered").asInt()).isEqualTo(27);
		assertThat(answered.json().get("questions").asInt()).isEqualTo(31);
		JsonNode sections = this.api.get(BASE + "/" + run + "/assignments", token).json();
		// 3 dimensions and 4 scenario groups; 管理 all 4 answered, 成效 none of 4, 生产执行 all 6
		assertThat(sections.findValuesAsString("section")).containsExactly("BASE", "MGMT", "RESULT", "G-LIFECYCLE",
				"G-PRODUCTION", "G-SUPPLY", "G-DECISION");
		assertThat(sections.get(1).get("group").asString()).isEqualTo("MANAGEMENT");
		assertThat(sections.get(1).get("assignee").asString()).isEqualTo("厂长");
		assertThat(sections.get(1).get("answered").asInt()).isEqualTo(4);
		assertThat(sections.get(2).get("answered").asInt()).isZero();
		assertThat(sections.get(2).get("total").asInt()).isEqualTo(4);
		assertThat(sections.get(2).get("group").isNull()).isTrue();
		assertThat(sections.get(4).get("group").asString()).isEqualTo("FRONTLINE");
		assertThat(sections.get(4).get("answered").asInt()).isEqualTo(6);
		// supporting material for 生产设备联网率, refused for a code not in the model
		Api.Answer attached = this.api.upload(BASE + "/" + run + "/attachments/Q-DEVICE-NETWORKED", token, "联网设备清单.csv",
				"设备,联网\nCNC-01,是\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(attached.status()).as(attached.body()).isEqualTo(201);
		assertThat(this.api.upload(BASE + "/" + run + "/attachments/Q-NOPE", token, "x.txt", new byte[] { 1 }).status())
			.isEqualTo(400);
		JsonNode attachments = this.api.get(BASE + "/" + run + "/attachments", token).json();
		assertThat(attachments.findValuesAsString("fileName")).containsExactly("联网设备清单.csv");
		Api.Download file = this.api
			.download(BASE + "/" + run + "/attachments/" + attached.json().get("id").asString() + "/content", token);
		assertThat(new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("CNC-01");
		JsonNode preview = this.api.get(BASE + "/" + run + "/result", token).json();
		assertThat(preview.get("total").asDouble()).isEqualTo(80.0);

		// two submits at the same moment: one score card, the same submission time
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Api.Answer>> submits = List.of(1, 2)
			.stream()
			.map((i) -> CompletableFuture.supplyAsync(() -> {
				try {
					go.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return this.api.post(BASE + "/" + run + "/submit", token, null);
			}))
			.toList();
		go.countDown();
		List<Api.Answer> answers = submits.stream().map(CompletableFuture::join).toList();
		assertThat(answers).allSatisfy((a) -> assertThat(a.status()).as(a.body()).isEqualTo(200));
		assertThat(answers.get(0).json().get("submittedAt").asString())
			.isEqualTo(answers.get(1).json().get("submittedAt").asString());
		JsonNode submitted = answers.get(0).json();
		assertThat(submitted.get("total").asDouble()).isEqualTo(80.0);
		assertThat(submitted.get("grade").asString()).isEqualTo("L4");
		Api.Answer again = this.api.post(BASE + "/" + run + "/submit", token, null);
		assertThat(again.json().get("submittedAt").asString()).isEqualTo(submitted.get("submittedAt").asString());
		assertThat(again.json().get("total").asDouble()).isEqualTo(80.0);

		JsonNode result = this.api.get(BASE + "/" + run + "/result", token).json();
		assertThat(result.get("grades").get(0).get("grade").asString()).isEqualTo("L4");
		assertThat(result.get("radar").size()).isEqualTo(7);
		assertThat(result.get("questionPoints").get("Q-DEVICE-NETWORKED").asDouble()).isEqualTo(6.0);
		assertThat(result.get("questionPoints").get("Q-FUNDING").asDouble()).isEqualTo(7.5);

		Api.Answer late = this.api.put(BASE + "/" + run + "/answers", token,
				Map.of("Q-SYSTEMS", Map.of("options", List.of("A"))));
		assertThat(late.status()).isEqualTo(409);

		JsonNode comparison = this.api.get(BASE + "/" + run + "/comparison", token).json();
		assertThat(comparison.findValuesAsString("title")).containsExactly("2025 年自评", "2026 年自评");
		assertThat(comparison.get(0).get("grade").isNull()).isTrue();
		assertThat(comparison.get(1).get("grade").asString()).isEqualTo("L4");
		JsonNode list = this.api.get(BASE + "?model=sme-digital", token).json();
		assertThat(list.size()).isEqualTo(2);
	}

	@Test
	void aRunNeedsAKnownModelAndBelongsToItsTenant() {
		Tenants.FreshTenant tenant = Tenants.fresh(this.api, "评估权限 " + UUID.randomUUID());
		assertThat(this.api.post(BASE, tenant.adminToken(), Map.of("model", "sme-digital", "version", "1999")).status())
			.isEqualTo(404);
		Api.Answer missing = this.api.post(BASE, tenant.adminToken(), Map.of("title", "无模型"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("model", "version");
		Tenants.FreshTenant other = Tenants.fresh(this.api, "别家企业 " + UUID.randomUUID());
		String run = start(tenant.adminToken(), "自评");
		assertThat(this.api.get(BASE + "/" + run, other.adminToken()).status()).isEqualTo(404);
	}

}
