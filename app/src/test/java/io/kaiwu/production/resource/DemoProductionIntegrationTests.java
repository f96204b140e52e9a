package io.kaiwu.production.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.time.Duration;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo plant comes with production master data the planning parts can work on, and
 * another enterprise sees none of it.
 */
@KaiwuIntegrationTest
class DemoProductionIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theDemoPlantHasWorkCentresResourcesOnItsMachinesBomsAndRoutings() {
		Api api = new Api(this.port);
		String demo = api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		List<String> centres = new ArrayList<>();
		api.get("/api/v1/production/work-centres", demo).json().forEach((w) -> centres.add(w.get("code").asString()));
		assertThat(centres).contains("WC-TURN", "WC-MILL", "WC-HT", "WC-MOULD");
		JsonNode resources = api.get("/api/v1/production/resources", demo).json();
		List<String> bound = new ArrayList<>();
		resources.forEach((r) -> {
			if (!r.get("equipmentId").isNull()) {
				bound.add(r.get("code").asString());
			}
		});
		assertThat(bound).contains("CNC-01", "CNC-02", "CNC-03", "CNC-04", "IMM-01", "IMM-04");

		String shaft = id(api, demo, "FG-GS-200");
		JsonNode routing = api.get("/api/v1/production/routings/effective?itemId=" + shaft + "&on=2026-12-01", demo)
			.json();
		assertThat(routing.get("steps")).hasSize(3);
		assertThat(routing.get("productFamily").asString()).isEqualTo("SHAFT");
		// 100 gear shafts → 100 rough-turned blanks → 100 × 1.8 kg × 1.03 = 185.4 kg bar
		JsonNode tree = api
			.get("/api/v1/production/boms/explosion?itemId=" + shaft + "&on=2026-12-01&quantity=100", demo)
			.json();
		assertThat(tree.get(2).get("code").asString()).isEqualTo("RM-45-D50");
		assertThat(tree.get(2).get("quantity").asString()).isEqualTo("185.4");

		String turning = resources.get(0).get("workCentreId").asString();
		Tenants.FreshTenant other = Tenants.fresh(api, PlantFixtures.unique("他厂"));
		assertThat(api.get("/api/v1/production/work-centres/" + turning, other.adminToken()).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/production/work-centres", other.adminToken()).json()).isEmpty();
		assertThat(
				api.put("/api/v1/production/setup-matrix/" + turning, other.adminToken(), Map.of("entries", List.of()))
					.status())
			.isEqualTo(404);
	}

	@Test
	void theDemoPlantOpensOnAnApprovedScheduleOfItsOrderBook() {
		Api api = new Api(this.port);
		String demo = api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		// the first plan runs after the demo tenant commits, on its own thread
		await().atMost(Duration.ofSeconds(60))
			.until(() -> api.get("/api/v1/production/schedules/active", demo).status() == 200);
		Api.Answer active = api.get("/api/v1/production/schedules/active", demo);
		assertThat(active.status()).isEqualTo(200);
		JsonNode schedule = active.json().get("schedule");
		assertThat(schedule.get("status").asString()).isEqualTo("ACTIVE");
		// five released orders: 120 + 80 gear shafts (3 steps each), 400 sleeves, 3000
		// housings and 200 rough-turned shafts (1 step each)
		assertThat(schedule.get("orders")).hasSize(5);
		assertThat(active.json().get("rows")).hasSize(9);
		Set<String> resources = new HashSet<>();
		active.json().get("rows").forEach((o) -> resources.add(o.get("resourceCode").asString()));
		assertThat(resources).containsAnyOf("CNC-01", "CNC-02").contains("HT-01").containsAnyOf("CNC-03", "CNC-04");
	}

	private static String id(Api api, String token, String code) {
		JsonNode items = api.get("/api/v1/items?q=" + code, token).json();
		JsonNode list = items.get("items");
		for (JsonNode item : list) {
			if (item.get("code").asString().equals(code)) {
				return item.get("id").asString();
			}
		}
		throw new AssertionError("No demo item " + code + " in " + items);
	}

}
