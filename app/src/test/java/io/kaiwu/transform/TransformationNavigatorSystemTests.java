package io.kaiwu.transform;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kaiwu.demoplant.DemoPlant;
import io.kaiwu.simulator.Outlets;
import io.kaiwu.simulator.VirtualFactory;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The navigator's loop on the demo factory's live data: with the virtual factory
 * streaming, the self-assessment proposes 生产设备联网率 from the devices that report and takes
 * it, the roadmap leaves out 设备在线监测维护 because it already runs live, and results
 * evaluation measures data quality from the telemetry.
 */
@KaiwuIntegrationTest
class TransformationNavigatorSystemTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoPlant demoPlant;

	@Test
	void anAssessmentARoadmapAndAnEvaluationOnTheDemoFactorysLiveData() throws Exception {
		Api api = new Api(this.port);
		String token = api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		this.demoPlant.start(VirtualFactory.demoPlant(2027, Instant.now().truncatedTo(ChronoUnit.SECONDS), false),
				Outlets.standard(), Duration.ofMillis(500), 1, 0, 0);
		try {
			// the modules see the plant: devices report, the machines run on live data
			JsonNode networking = await().atMost(Duration.ofSeconds(90))
				.until(() -> fact(api, token, "device.networking-rate"),
						(f) -> f != null && f.get("value").asDouble() > 0);
			await().atMost(Duration.ofSeconds(90))
				.until(() -> api.get("/api/v1/transform/atlas/OPS-01", token)
					.json()
					.get("coverage")
					.get("state")
					.asString(), "LIVE"::equals);

			// 1. the self-assessment takes the networking rate from the platform
			Api.Answer started = api.post("/api/v1/transform/assessments", token,
					Map.of("model", "sme-digital", "version", "2024", "title", "示范工厂自评"));
			assertThat(started.status()).as(started.body()).isEqualTo(201);
			String run = started.json().get("id").asString();
			JsonNode proposal = null;
			for (JsonNode p : api.get("/api/v1/transform/assessments/" + run + "/proposals", token).json()) {
				if (p.get("code").asString().equals("Q-DEVICE-NETWORKED")) {
					proposal = p;
				}
			}
			assertThat(proposal).as("a proposal for 生产设备联网率").isNotNull();
			assertThat(proposal.get("key").asString()).isEqualTo("device.networking-rate");
			assertThat(proposal.get("proposed").isNull()).isFalse();
			Api.Answer accepted = api
				.post("/api/v1/transform/assessments/" + run + "/proposals/Q-DEVICE-NETWORKED/accept", token, null);
			assertThat(accepted.status()).as(accepted.body()).isIn(200, 201);
			JsonNode answers = api.get("/api/v1/transform/assessments/" + run, token).json().get("answers");
			List<String> sources = new ArrayList<>();
			answers.forEach((a) -> {
				if (a.get("code").asString().equals("Q-DEVICE-NETWORKED")) {
					sources.add(a.get("source").asString());
				}
			});
			assertThat(sources).hasSize(1).doesNotContain("MANUAL");
			Api.Answer submitted = api.post("/api/v1/transform/assessments/" + run + "/submit", token, null);
			assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
			assertThat(api.get("/api/v1/transform/assessments/" + run + "/result", token).status()).isEqualTo(200);

			// 2. the roadmap plans what is not live yet
			JsonNode roadmap = api
				.post("/api/v1/transform/roadmaps", token,
						Map.of("name", "示范工厂转型规划", "goals", List.of("QUALITY", "EFFICIENCY")))
				.json();
			List<String> planned = new ArrayList<>();
			roadmap.get("phases")
				.forEach((p) -> p.get("scenarios").forEach((s) -> planned.add(s.get("code").asString())));
			assertThat(planned).isNotEmpty().doesNotContain("OPS-01");

			// 3. results evaluation measures data quality from the plant's telemetry
			String evaluation = api
				.post("/api/v1/transform/evaluations", token,
						Map.of("name", "示范工厂本月", "periodFrom", "2026-11-01", "periodTo", "2026-11-30"))
				.json()
				.get("id")
				.asString();
			JsonNode measured = api.post("/api/v1/transform/evaluations/" + evaluation + "/measure", token, Map.of())
				.json();
			assertThat(measured.findValuesAsString("code")).contains("data-quality");
			assertThat(networking.get("provenance").asString()).isNotBlank();
		}
		finally {
			this.demoPlant.stop();
		}
	}

	private static JsonNode fact(Api api, String token, String key) {
		for (JsonNode f : api.get("/api/v1/transform/evidence", token).json()) {
			if (f.get("key").asString().equals(key)) {
				return f;
			}
		}
		return null;
	}

}
