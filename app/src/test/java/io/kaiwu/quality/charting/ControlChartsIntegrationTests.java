package io.kaiwu.quality.charting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.quality.inspection.InspectionFixtures;
import io.kaiwu.quality.inspection.SubgroupRecorded;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Control charts over real HTTP and SQL, fed the way the inspections feed them: a
 * {@link SubgroupRecorded} event published in a committed transaction, for a
 * characteristic of a real inspection plan (Ø25 ±0.05 mm, subgroups of 5). The data are
 * Montgomery's piston rings moved from 74 to 25 mm, so the phase I limits, the capability
 * and the phase II signals (samples 37 to 39) are known.
 */
@KaiwuIntegrationTest
class ControlChartsIntegrationTests {

	static final String PASSWORD = "Settled-Passw0rd-7";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ControlCharting charting;

	Api api;

	InspectionFixtures given;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = InspectionFixtures.of(this.api);
	}

	@Test
	void phaseOneLimitsPhaseTwoSignalsAlarmAndCapability() throws IOException {
		UUID characteristic = diameterCharacteristic();
		String chart = "/api/v1/quality/charts/" + characteristic;
		List<double[]> rings = pistonRingsAt25mm();
		Instant t0 = Instant.parse("2026-11-20T08:00:00Z");
		List<SubgroupRecorded> recorded = new ArrayList<>();
		for (int i = 0; i < rings.size(); i++) {
			recorded.add(subgroup(characteristic, t0.plusSeconds(600L * i), rings.get(i)));
		}

		publish(recorded.subList(0, 12));
		awaitSubgroups(chart, 12);
		Api.Answer tooFew = this.api.post(chart + "/limits", token(), Map.of());
		assertThat(tooFew.status()).as(tooFew.body()).isEqualTo(409);
		assertThat(tooFew.json().get("more").asInt()).isEqualTo(8);
		assertThat(tooFew.json().get("needed").asInt()).isEqualTo(20);
		assertThat(tooFew.json().get("detail").asString()).contains("8");

		publish(recorded.subList(12, 25));
		awaitSubgroups(chart, 25);
		Api.Answer frozen = this.api.post(chart + "/limits", token(), Map.of("reason", "首件批次基准"));
		assertThat(frozen.status()).as(frozen.body()).isEqualTo(201);
		JsonNode limits = frozen.json();
		assertThat(limits.get("chartType").asString()).isEqualTo("XBAR_R");
		assertThat(limits.get("center").asDouble()).isCloseTo(25.001176, within(1e-6));
		assertThat(limits.get("spread").asDouble()).isCloseTo(0.02276, within(1e-6));
		assertThat(limits.get("location").get("ucl").asDouble()).isCloseTo(25.01431, within(1e-4));
		assertThat(limits.get("location").get("lcl").asDouble()).isCloseTo(24.98804, within(1e-4));
		assertThat(limits.get("spreadLimits").get("ucl").asDouble()).isCloseTo(0.04811, within(1e-4));
		assertThat(limits.get("baselineSubgroups").asInt()).isEqualTo(25);

		Api.Answer capability = this.api.get(chart + "/capability", token());
		assertThat(capability.status()).as(capability.body()).isEqualTo(200);
		assertThat(capability.json().get("cp").get("value").asDouble()).isCloseTo(1.703, within(1e-3));
		assertThat(capability.json().get("cpk").get("value").asDouble()).isCloseTo(1.663, within(1e-3));
		assertThat(capability.json().get("cpk").get("lower").asDouble()).isCloseTo(1.448, within(1e-3));
		assertThat(capability.json().get("cpm").asDouble()).isCloseTo(1.691, within(1e-3));
		assertThat(capability.json().get("ppk").get("value").asDouble()).isCloseTo(1.616, within(1e-3));
		assertThat(capability.json().get("normality").get("pValue").asDouble()).isGreaterThan(0.05);

		publish(recorded.subList(25, 40));
		// each subgroup is stored and judged in one transaction: 40 stored means all
		// judged
		awaitSubgroups(chart, 40);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Api.Answer violations = this.api.get(chart + "/violations", token());
			assertThat(violations.status()).isEqualTo(200);
			List<String> beyond = new ArrayList<>();
			violations.json()
				.forEach((v) -> beyond.add(v.get("subgroupId").asString() + " " + v.get("rule").asString() + " "
						+ v.get("side").asString() + " " + v.get("statistic").asString()));
			assertThat(beyond).contains(recorded.get(36).subgroupId() + " BEYOND_LIMITS ABOVE MEAN",
					recorded.get(37).subgroupId() + " BEYOND_LIMITS ABOVE MEAN",
					recorded.get(38).subgroupId() + " BEYOND_LIMITS ABOVE MEAN");
		});
		JsonNode found = this.api.get(chart + "/violations", token()).json();
		int violationCount = found.size();
		List<String> beyondLimits = new ArrayList<>();
		List<String> twoOfThree = new ArrayList<>();
		found.forEach((v) -> {
			String rule = v.get("rule").asString();
			(rule.equals("BEYOND_LIMITS") ? beyondLimits
					: rule.equals("TWO_OF_THREE_BEYOND_TWO_SIGMA") ? twoOfThree : new ArrayList<String>())
				.add(v.get("subgroupId").asString());
		});
		// only 37 to 39 beyond the limits; the drift of 34 and 35 (2.3σ and 2.6σ above)
		// breaks rule 2 at 35
		assertThat(beyondLimits).containsExactlyInAnyOrder(recorded.get(36).subgroupId().toString(),
				recorded.get(37).subgroupId().toString(), recorded.get(38).subgroupId().toString());
		assertThat(twoOfThree).contains(recorded.get(34).subgroupId().toString());

		// the quality alarm, with the values filled in
		JsonNode alarms = this.api.get("/api/v1/alarms?size=200", token()).json().get("items");
		JsonNode alarm = null;
		for (JsonNode a : alarms) {
			if (a.get("originator").get("kind").asString().equals("inspection-characteristic")
					&& a.get("originator").get("id").asString().equals(characteristic.toString())) {
				alarm = a;
			}
		}
		assertThat(alarm).as("alarm for the characteristic").isNotNull();
		assertThat(alarm.get("condition").asString()).isEqualTo("out-of-control");
		assertThat(alarm.get("message").get("zh").asString()).contains("D1", "失控", "UCL 25.0143");
		assertThat(alarm.get("message").get("en").asString()).contains("D1", "out of control", "UCL 25.0143");

		// a redelivered event changes nothing (delivered here synchronously, so the check
		// below cannot run before it)
		this.charting.plot(recorded.get(37));
		Api.Answer points = this.api.get(chart + "/points", token());
		assertThat(points.json().get("series").get(0).get("points")).hasSize(40);
		assertThat(this.api.get(chart + "/violations", token()).json().size()).isEqualTo(violationCount);
		JsonNode point38 = points.json().get("series").get(0).get("points").get(37);
		assertThat(point38.get("value").asDouble()).isCloseTo(25.0196, within(1e-4));
		assertThat(point38.get("violations")).extracting((v) -> v.get("rule").asString()).contains("BEYOND_LIMITS");
		assertThat(points.json().get("series").get(0).get("points").get(0).get("baseline").asBoolean()).isTrue();
		assertThat(points.json().get("series").get(0).get("points").get(30).get("baseline").asBoolean()).isFalse();

		// recomputing keeps the history
		assertThat(this.api
			.post(chart + "/limits", token(),
					Map.of("from", t0.toString(), "to", t0.plusSeconds(600L * 24).toString(), "reason", "复核"))
			.status()).isEqualTo(201);
		assertThat(this.api.get(chart + "/limits", token()).json()).hasSize(2);

		// the chart page, bilingual
		PageSession session = PageSession.signIn(this.port, this.given.tenant.adminUsername(), PASSWORD);
		String page = session.get("/quality/charts/" + characteristic).body();
		assertThat(page).contains("spc-location", "spc-histogram", "Cpk", "XBAR_R", "1.663 [");
	}

	@Test
	void settingsAreCheckedAndTheRulesConfigurable() {
		UUID characteristic = diameterCharacteristic();
		String chart = "/api/v1/quality/charts/" + characteristic;
		Api.Answer initial = this.api.get(chart, token());
		assertThat(initial.status()).as(initial.body()).isEqualTo(200);
		assertThat(initial.json().get("settings").get("chartType").asString()).isEqualTo("XBAR_R");
		assertThat(initial.json().get("settings").get("ruleFamily").asString()).isEqualTo("WESTERN_ELECTRIC");
		assertThat(initial.json().get("baseline").get("more").asInt()).isEqualTo(20);

		Api.Answer wrong = this.api.put(chart + "/settings", token(),
				Map.of("chartType", "P", "ruleFamily", "SHEWHART", "sameSideRun", 1));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("chartType", "ruleFamily", "sameSideRun");

		Api.Answer nelson = this.api.put(chart + "/settings", token(),
				Map.of("chartType", "XBAR_S", "ruleFamily", "NELSON", "sameSideRun", 8));
		assertThat(nelson.status()).as(nelson.body()).isEqualTo(200);
		assertThat(nelson.json().get("settings").get("chartType").asString()).isEqualTo("XBAR_S");
		assertThat(nelson.json().get("settings").get("sameSideRun").asInt()).isEqualTo(8);
		assertThat(nelson.json().get("settings").get("trendRun").asInt()).isEqualTo(6);

		assertThat(this.api.get("/api/v1/quality/charts/" + UUID.randomUUID(), token()).status()).isEqualTo(404);
		assertThat(this.api.get(chart + "/points?from=yesterday", token()).status()).isEqualTo(400);
		assertThat(this.api.get(chart + "/capability", token()).status()).isEqualTo(409);
	}

	private UUID diameterCharacteristic() {
		JsonNode plan = this.given.plan("IN_PROCESS", List.of(InspectionFixtures.diameter(5))).json();
		return UUID.fromString(plan.get("characteristics").get(0).get("id").asString());
	}

	private SubgroupRecorded subgroup(UUID characteristic, Instant at, double[] values) {
		List<Double> measured = new ArrayList<>();
		for (double value : values) {
			measured.add(value);
		}
		return new SubgroupRecorded(this.given.tenantId(), UUID.randomUUID(), characteristic, at, measured, 0, 0, 0);
	}

	private void publish(List<SubgroupRecorded> subgroups) {
		// one transaction per subgroup, as the inspections record them
		for (SubgroupRecorded subgroup : subgroups) {
			this.transactions.executeWithoutResult((status) -> this.events.publishEvent(subgroup));
		}
	}

	private void awaitSubgroups(String chart, int count) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.api.get(chart, token()).json().get("subgroups").asInt()).isEqualTo(count));
	}

	private String token() {
		return this.given.token();
	}

	/** Montgomery's piston rings, 40 samples of 5, less 49 mm. */
	static List<double[]> pistonRingsAt25mm() throws IOException {
		List<List<Double>> samples = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				Objects.requireNonNull(
						ControlChartsIntegrationTests.class.getResourceAsStream("/quality/pistonrings.txt")),
				StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("#") || line.startsWith("diameter") || line.isBlank()) {
					continue;
				}
				String[] fields = line.trim().split("\\s+");
				int sample = Integer.parseInt(fields[1]);
				while (samples.size() < sample) {
					samples.add(new ArrayList<>());
				}
				samples.get(sample - 1).add(Math.round((Double.parseDouble(fields[0]) - 49) * 1000) / 1000.0);
			}
		}
		return samples.stream().map((s) -> s.stream().mapToDouble(Double::doubleValue).toArray()).toList();
	}

}
