package io.kaiwu.production.routing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.production.resource.PlantFixtures;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routings over real HTTP and SQL: a resource that does not exist or stands in another
 * work centre is refused with the exact step; the effective version and the setup matrix
 * read back as saved.
 */
@KaiwuIntegrationTest
class RoutingIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	PlantFixtures f;

	String turning;

	String milling;

	String lathe;

	String mill;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.f = new PlantFixtures(this.api);
		this.turning = this.f.workCentre(this.f.plant, "WC-TURN");
		this.milling = this.f.workCentre(this.f.plant, "WC-MILL");
		this.lathe = this.f.resource(this.turning, "R-CK1", this.f.lathe);
		this.mill = this.f.resource(this.milling, "R-VMC1", this.f.mill);
	}

	@Test
	void aResourceOfAnotherWorkCentreIsRefusedNamingTheStep() {
		Api.Answer answer = this.api.post("/api/v1/production/routings", this.f.token(), routing("A", "2026-01-01", List
			.of(step(10, "OP10", this.turning, this.lathe), step(20, "OP20", this.milling, this.mill, this.lathe))));
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("steps[1].resources[1].resourceId");
		assertThat(error.get("message").asString()).contains("20 OP20")
			.contains("R-CK1")
			.contains("WC-TURN")
			.contains("WC-MILL");
		assertThat(answer.json().get("errors")).hasSize(1);
	}

	@Test
	void anUnknownResourceIsRefusedNamingTheStep() {
		String ghost = UUID.randomUUID().toString();
		Api.Answer answer = this.api.post("/api/v1/production/routings", this.f.token(),
				routing("A", "2026-01-01", List.of(step(10, "OP10", this.turning, ghost))));
		assertThat(answer.status()).isEqualTo(400);
		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("steps[0].resources[0].resourceId");
		assertThat(error.get("message").asString()).contains("10 OP10").contains(ghost);
	}

	@Test
	void theEffectiveRoutingReadsBackInSequence() {
		this.f.post("/api/v1/production/routings", routing("A", "2026-01-01",
				List.of(step(20, "OP20", this.milling, this.mill), step(10, "OP10", this.turning, this.lathe))));
		JsonNode routing = this.api
			.get("/api/v1/production/routings/effective?itemId=" + this.f.finished + "&on=2026-03-01", this.f.token())
			.json();
		assertThat(routing.get("productFamily").asString()).isEqualTo("SHAFT");
		JsonNode first = routing.get("steps").get(0);
		assertThat(first.get("sequence").asInt()).isEqualTo(10);
		assertThat(first.get("resources").get(0).get("resourceId").asString()).isEqualTo(this.lathe);
		assertThat(first.get("resources").get(0).get("speedFactor").asString()).isEqualTo("1.5");
		assertThat(first.get("setupTime").asString()).isEqualTo("PT15M");
		assertThat(first.get("runTimePerUnit").asString()).isEqualTo("PT1M30S");
		assertThat(first.get("transferBatch").asString()).isEqualTo("5");
		assertThat(routing.get("steps").get(1).get("operationCode").asString()).isEqualTo("OP20");
	}

	@Test
	void theSetupMatrixKeepsFamilyToFamilyTimes() {
		this.f.post("/api/v1/production/routings",
				routing("A", "2026-01-01", List.of(step(10, "OP10", this.turning, this.lathe))));
		Api.Answer saved = this.api.put("/api/v1/production/setup-matrix/" + this.turning, this.f.token(),
				Map.of("entries", List.of(Map.of("fromFamily", "SHAFT", "toFamily", "GEAR", "setupMinutes", "45"),
						Map.of("fromFamily", "GEAR", "toFamily", "SHAFT", "setupMinutes", "30"))));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		JsonNode matrix = this.api.get("/api/v1/production/setup-matrix/" + this.turning, this.f.token()).json();
		assertThat(matrix.get("families").toString()).isEqualTo("[\"GEAR\",\"SHAFT\"]");
		assertThat(matrix.get("entries").get(1).get("fromFamily").asString()).isEqualTo("SHAFT");
		assertThat(matrix.get("entries").get(1).get("setupMinutes").asString()).isEqualTo("45");
		Api.Answer bad = this.api.put("/api/v1/production/setup-matrix/" + this.turning, this.f.token(),
				Map.of("entries", List.of(Map.of("fromFamily", "SHAFT", "toFamily", "GEAR", "setupMinutes", "-5"))));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("entries[0].setupMinutes");
	}

	private Map<String, Object> routing(String version, String from, List<Map<String, Object>> steps) {
		return Map.of("itemId", this.f.finished, "version", version, "productFamily", "SHAFT", "validFrom", from,
				"steps", steps);
	}

	private static Map<String, Object> step(int sequence, String code, String centre, String... resources) {
		List<Map<String, Object>> alternatives = new java.util.ArrayList<>();
		for (int i = 0; i < resources.length; i++) {
			alternatives.add(Map.of("resourceId", resources[i], "speedFactor", (i == 0) ? "1.5" : "1"));
		}
		return Map.of("sequence", sequence, "operationCode", code, "name", "工序 " + code, "workCentreId", centre,
				"resources", alternatives, "setupMinutes", "15", "runSecondsPerUnit", "90", "transferBatch", "5");
	}

}
