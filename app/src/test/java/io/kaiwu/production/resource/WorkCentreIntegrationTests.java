package io.kaiwu.production.resource;

import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work centres and resources over real HTTP and SQL: binding to machines, refusals, the
 * plant that cannot be deleted, and availability as the shift calendar minus the
 * machine's planned maintenance, worked out by hand.
 */
@KaiwuIntegrationTest
class WorkCentreIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	PlantFixtures f;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.f = new PlantFixtures(this.api);
	}

	@Test
	void availabilityIsTheShiftCalendarMinusOpenMaintenanceWindows() {
		String centre = this.f.workCentre(this.f.plant, "WC-TURN");
		String lathe = this.f.resource(centre, "R-CK1", this.f.lathe);
		// 2026-06-01 (a Monday) in Shanghai: 08:00–12:00 and 12:30–16:00 working;
		// maintenance planned 10:00–11:00 blocks; a cancelled order at 14:00–15:00 does
		// not
		maintenanceOrder("2026-06-01T10:00:00+08:00", "2026-06-01T11:00:00+08:00");
		String cancelled = maintenanceOrder("2026-06-01T14:00:00+08:00", "2026-06-01T15:00:00+08:00");
		Api.Answer cancel = this.api.post("/api/v1/maintenance-orders/" + cancelled + "/cancel", this.f.token(),
				Map.of("reason", "改期"));
		assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);

		Api.Answer answer = this.api.get("/api/v1/production/resources/" + lathe
				+ "/availability?from=2026-05-31T16:00:00Z&to=2026-06-01T16:00:00Z", this.f.token());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		JsonNode json = answer.json();
		assertThat(json.get("calendar").asBoolean()).isTrue();
		assertThat(windows(json.get("working"))).containsExactly("2026-06-01T00:00:00Z/2026-06-01T04:00:00Z",
				"2026-06-01T04:30:00Z/2026-06-01T08:00:00Z");
		assertThat(json.get("maintenance")).hasSize(1);
		assertThat(windows(json.get("free"))).containsExactly("2026-06-01T00:00:00Z/2026-06-01T02:00:00Z",
				"2026-06-01T03:00:00Z/2026-06-01T04:00:00Z", "2026-06-01T04:30:00Z/2026-06-01T08:00:00Z");
	}

	@Test
	void aResourceWithoutCalendarNeverStops() {
		String centre = this.f.workCentre(this.f.otherPlant, "WC-MOULD");
		String press = this.f.resource(centre, "R-IMM1", this.f.farMachine);
		JsonNode json = this.api
			.get("/api/v1/production/resources/" + press
					+ "/availability?from=2026-06-01T00:00:00Z&to=2026-06-02T00:00:00Z", this.f.token())
			.json();
		assertThat(json.get("calendar").asBoolean()).isFalse();
		assertThat(windows(json.get("free"))).containsExactly("2026-06-01T00:00:00Z/2026-06-02T00:00:00Z");
	}

	@Test
	void aMachineIsOneResourceOnlyAndOfItsOwnPlant() {
		String centre = this.f.workCentre(this.f.plant, "WC-MILL");
		this.f.resource(centre, "R-VMC1", this.f.mill);
		Api.Answer second = this.api.post("/api/v1/production/resources", this.f.token(),
				Map.of("workCentreId", centre, "code", "R-VMC1B", "name", "重复", "equipmentId", this.f.mill));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("detail").asString()).contains("R-VMC1");
		Api.Answer foreign = this.api.post("/api/v1/production/resources", this.f.token(),
				Map.of("workCentreId", centre, "code", "R-FAR", "name", "外厂设备", "equipmentId", this.f.farMachine));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("equipmentId");
	}

	@Test
	void aPlantWithWorkCentresCannotBeDeleted() {
		this.f.workCentre(this.f.otherPlant, "WC-KEEP");
		Api.Answer delete = this.api.delete("/api/v1/structure/nodes/" + this.f.otherPlant, this.f.token());
		assertThat(delete.status()).isEqualTo(409);
		assertThat(delete.body()).contains("WC-KEEP");
	}

	@Test
	void aPlantMustBeASite() {
		Api.Answer answer = this.api.post("/api/v1/production/work-centres", this.f.token(),
				Map.of("plantId", this.f.lathe, "code", "WC-X", "name", "无效"));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("plantId");
	}

	private String maintenanceOrder(String start, String end) {
		return this.f.post("/api/v1/maintenance-orders", Map.of("kind", "PREVENTIVE", "equipmentId", this.f.lathe,
				"title", "主轴保养 " + start, "plannedStart", start, "plannedEnd", end));
	}

	private static java.util.List<String> windows(JsonNode array) {
		java.util.List<String> out = new java.util.ArrayList<>();
		array.forEach((w) -> out.add(w.get("start").asString() + "/" + w.get("end").asString()));
		return out;
	}

}
