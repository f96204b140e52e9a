package io.kaiwu.production.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.production.resource.PlantFixtures;
import io.kaiwu.production.resource.Workbooks;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routings per plant over real HTTP and SQL: a version belongs to the plant of its work
 * centres, a version whose steps span two plants is refused naming the step, and two
 * plants may each have a routing of the same item effective on the same day.
 */
@KaiwuIntegrationTest
class PlantRoutingIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	PlantFixtures f;

	String turning;

	String lathe;

	String farTurning;

	String farLathe;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.f = new PlantFixtures(this.api);
		this.turning = this.f.workCentre(this.f.plant, "WC-TURN");
		this.lathe = this.f.resource(this.turning, "R-CK1", this.f.lathe);
		this.farTurning = this.f.workCentre(this.f.otherPlant, "WC-TURN2");
		this.farLathe = this.f.resource(this.farTurning, "R-CK2", null);
	}

	@Test
	void aRoutingWhoseStepsSpanTwoPlantsIsRefusedNamingTheStep() {
		Api.Answer answer = this.api.post("/api/v1/production/routings", this.f.token(), routing("A",
				List.of(step(10, "OP10", this.turning, this.lathe), step(20, "OP20", this.farTurning, this.farLathe))));
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.json().get("errors")).hasSize(1);
		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("steps[1].workCentreId");
		assertThat(error.get("message").asString()).contains("20 OP20")
			.contains("P2")
			.contains("10 OP10")
			.contains("P1");
		assertThat(this.api.get("/api/v1/production/routings?itemId=" + this.f.finished, this.f.token()).json())
			.isEmpty();
	}

	@Test
	void anImportedVersionSpanningTwoPlantsIsRefusedOnTheRowOfTheForeignStep() {
		String item = this.f.itemCode(this.f.finished);
		List<List<String>> rows = List.of(RoutingImportIntegrationTests.HEADER,
				List.of(item, "A", "SHAFT", "2026-01-01", "", "10", "OP10", "车", "WC-TURN", "R-CK1", "15", "90", ""),
				List.of(item, "A", "SHAFT", "2026-01-01", "", "20", "OP20", "精车", "WC-TURN2", "R-CK2", "15", "90", ""));
		Api.Answer answer = this.api.upload("/api/v1/production/routings/import", this.f.token(), "routing.xlsx",
				Workbooks.xlsx(rows));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(RoutingImportIntegrationTests.errors(answer.json())).containsExactly("3 workCentre");
		assertThat(answer.json().get("errors").get(0).get("message").asString()).contains("20 OP20").contains("P2");
		assertThat(this.api.get("/api/v1/production/routings?itemId=" + this.f.finished, this.f.token()).json())
			.isEmpty();
	}

	@Test
	void twoPlantsEachHaveTheirOwnRoutingOfTheSameItem() {
		String near = this.f.post("/api/v1/production/routings",
				routing("P1-A", List.of(step(10, "OP10", this.turning, this.lathe))));
		String far = this.f.post("/api/v1/production/routings",
				routing("P2-A", List.of(step(10, "OP10", this.farTurning, this.farLathe))));

		JsonNode stored = this.api.get("/api/v1/production/routings/" + far, this.f.token()).json();
		assertThat(stored.get("plantId").asString()).isEqualTo(this.f.otherPlant);
		assertThat(effective("&plantId=" + this.f.plant).get("id").asString()).isEqualTo(near);
		assertThat(effective("&plantId=" + this.f.otherPlant).get("id").asString()).isEqualTo(far);
		Api.Answer either = this.api
			.get("/api/v1/production/routings/effective?itemId=" + this.f.finished + "&on=2026-03-01", this.f.token());
		assertThat(either.status()).as(either.body()).isEqualTo(400);
		assertThat(either.json().get("errors").get(0).get("field").asString()).isEqualTo("plantId");

		String page = PageSession.signIn(this.port, this.f.tenant.adminUsername(), "Settled-Passw0rd-7")
			.get("/production/routings")
			.body();
		assertThat(page).contains("<td class=\"code\">P1</td>").contains("<td class=\"code\">P2</td>");

		// in one plant the versions still must not overlap
		Api.Answer overlap = this.api.post("/api/v1/production/routings", this.f.token(),
				routing("P2-B", List.of(step(10, "OP10", this.farTurning, this.farLathe))));
		assertThat(overlap.status()).as(overlap.body()).isEqualTo(409);
		assertThat(overlap.body()).contains("P2-A");
	}

	@Test
	void aVersionStaysInItsPlant() {
		String near = this.f.post("/api/v1/production/routings",
				routing("P1-A", List.of(step(10, "OP10", this.turning, this.lathe))));
		Api.Answer moved = this.api.put("/api/v1/production/routings/" + near, this.f.token(),
				routing("P1-A", List.of(step(10, "OP10", this.farTurning, this.farLathe))));
		assertThat(moved.status()).as(moved.body()).isEqualTo(400);
		assertThat(moved.json().get("errors").get(0).get("field").asString()).isEqualTo("steps");
		assertThat(moved.json().get("errors").get(0).get("message").asString()).contains("P1-A");
		JsonNode stored = this.api.get("/api/v1/production/routings/" + near, this.f.token()).json();
		assertThat(stored.get("plantId").asString()).isEqualTo(this.f.plant);
		assertThat(stored.get("steps").get(0).get("workCentreId").asString()).isEqualTo(this.turning);
	}

	private JsonNode effective(String plant) {
		Api.Answer answer = this.api.get(
				"/api/v1/production/routings/effective?itemId=" + this.f.finished + "&on=2026-03-01" + plant,
				this.f.token());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private Map<String, Object> routing(String version, List<Map<String, Object>> steps) {
		return Map.of("itemId", this.f.finished, "version", version, "productFamily", "SHAFT", "validFrom",
				"2026-01-01", "steps", steps);
	}

	private static Map<String, Object> step(int sequence, String code, String centre, String resource) {
		List<Map<String, Object>> alternatives = new ArrayList<>();
		alternatives.add(Map.of("resourceId", resource));
		return Map.of("sequence", sequence, "operationCode", code, "name", "工序 " + code, "workCentreId", centre,
				"resources", alternatives, "setupMinutes", "15", "runSecondsPerUnit", "90");
	}

}
