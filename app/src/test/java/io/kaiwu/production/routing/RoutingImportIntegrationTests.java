package io.kaiwu.production.routing;

import java.util.ArrayList;
import java.util.List;

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
 * Importing routing steps from Excel over real HTTP and SQL: unknown codes and a resource
 * of another work centre are named with row and column, and nothing is written until the
 * whole file is right.
 */
@KaiwuIntegrationTest
class RoutingImportIntegrationTests {

	static final List<String> HEADER = List.of("item", "version", "productFamily", "validFrom", "validTo", "sequence",
			"operationCode", "operationName", "workCentre", "resources", "setupMinutes", "runSeconds", "transferBatch");

	@LocalServerPort
	int port;

	Api api;

	PlantFixtures f;

	String fg;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.f = new PlantFixtures(this.api);
		this.fg = this.f.itemCode(this.f.finished);
		String turning = this.f.workCentre(this.f.plant, "WC-TURN");
		String milling = this.f.workCentre(this.f.plant, "WC-MILL");
		this.f.resource(turning, "R-CK1", this.f.lathe);
		this.f.resource(milling, "R-VMC1", this.f.mill);
	}

	@Test
	void badRowsAreNamedWithTheirColumnAndNothingIsWritten() {
		JsonNode report = upload(List.of(HEADER, step("10", "OP10", "WC-TURN", "R-CK1*1.2", "30", "90"),
				step("20", "OP20", "WC-GRIND", "R-VMC1", "15", "60"),
				step("30", "OP30", "WC-MILL", "R-NONE; R-VMC1", "x", "60")));
		assertThat(report.get("imported").asInt()).isZero();
		assertThat(errors(report)).containsExactly("3 workCentre", "4 resources", "4 setupMinutes");
		assertThat(this.api.get("/api/v1/production/routings", this.f.token()).json()).isEmpty();
	}

	@Test
	void aResourceOfAnotherWorkCentreIsNamedWithItsRowAfterTheOtherChecksPass() {
		JsonNode report = upload(List.of(HEADER, step("10", "OP10", "WC-TURN", "R-CK1", "30", "90"),
				step("20", "OP20", "WC-MILL", "R-VMC1; R-CK1", "15", "60")));
		assertThat(report.get("imported").asInt()).isZero();
		assertThat(errors(report)).containsExactly("3 resources");
		assertThat(report.get("errors").get(0).get("message").asString()).contains("20 OP20").contains("R-CK1");
		assertThat(this.api.get("/api/v1/production/routings", this.f.token()).json()).isEmpty();
	}

	@Test
	void aGoodFileMakesTheRoutingWithSpeedFactors() {
		JsonNode report = upload(List.of(HEADER, step("10", "OP10", "WC-TURN", "R-CK1*1.25", "30", "90"),
				step("20", "OP20", "WC-MILL", "r-vmc1", "15", "60")));
		assertThat(report.get("imported").asInt()).as(report.toString()).isEqualTo(2);
		JsonNode routing = this.api.get("/api/v1/production/routings?itemId=" + this.f.finished, this.f.token())
			.json()
			.get(0);
		assertThat(routing.get("productFamily").asString()).isEqualTo("SHAFT");
		assertThat(routing.get("steps").get(0).get("resources").get(0).get("speedFactor").asString()).isEqualTo("1.25");
		assertThat(routing.get("steps").get(1).get("resources").get(0).get("code").asString()).isEqualTo("R-VMC1");
		assertThat(routing.get("steps").get(1).get("setupMinutes").asString()).isEqualTo("15");
	}

	private List<String> step(String sequence, String code, String centre, String resources, String setup, String run) {
		return List.of(this.fg, "A", "SHAFT", "2026-01-01", "", sequence, code, "工序 " + code, centre, resources, setup,
				run, "");
	}

	private JsonNode upload(List<List<String>> rows) {
		Api.Answer answer = this.api.upload("/api/v1/production/routings/import", this.f.token(), "routing.xlsx",
				Workbooks.xlsx(rows));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	static List<String> errors(JsonNode report) {
		List<String> out = new ArrayList<>();
		report.get("errors").forEach((e) -> out.add(e.get("row").asInt() + " " + e.get("column").asString()));
		return out;
	}

}
