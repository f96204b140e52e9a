package io.kaiwu.energy;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo plant opens metered: the simulator's power, water and gas meters in the
 * metering tree with the register maxima they roll over at, and site SZ priced under its
 * time-of-use tariff.
 */
@KaiwuIntegrationTest
class EnergyDemoIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theDemoPlantsMetersAreBoundToTheSimulatorsDevicesAndSiteSzHasATariff() {
		Api api = new Api(this.port);
		String token = api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		Map<String, JsonNode> meters = api.get("/api/v1/energy/meters", token)
			.json()
			.valueStream()
			.collect(Collectors.toMap((m) -> m.get("code").asString(), (m) -> m));

		JsonNode incomer = meters.get("EL-INCOMER");
		assertThat(incomer.get("counterProperty").asString()).isEqualTo("energyKwh");
		assertThat(incomer.get("counterMaximum").decimalValue()).isEqualByComparingTo("99999.99");
		assertThat(meters.get("EL-CNC-01").get("parentId").asString()).isEqualTo(incomer.get("id").asString());
		assertThat(meters.get("EL-IMM-04").get("parentId").asString()).isEqualTo(incomer.get("id").asString());
		JsonNode auxiliary = meters.get("EL-AUXILIARY");
		assertThat(auxiliary.get("virtual").asBoolean()).isTrue();
		assertThat(auxiliary.get("terms")).hasSize(9);
		assertThat(meters.get("WATER-SZ").get("counterMaximum").decimalValue()).isEqualByComparingTo("9999999.9");
		assertThat(meters.get("WATER-SZ").get("unit").asString()).isEqualTo("m3");
		assertThat(meters.get("GAS-BOILER").get("kind").asString()).isEqualTo("NATURAL_GAS");

		String site = api.get("/api/v1/devices?q=demo-water-01", token)
			.json()
			.get("items")
			.get(0)
			.get("nodeId")
			.asString();
		LocalDate today = LocalDate.now();
		Api.Answer consumption = api.get("/api/v1/energy/consumption?nodeId=" + site + "&from=" + today.minusDays(1)
				+ "&to=" + today + "&granularity=DAY", token);
		assertThat(consumption.status()).as(consumption.body()).isEqualTo(200);
		JsonNode electricity = consumption.json()
			.get("series")
			.valueStream()
			.filter((s) -> s.get("kind").asString().equals("ELECTRICITY"))
			.findFirst()
			.orElseThrow();
		assertThat(electricity.get("tariff").asString()).isEqualTo("DEMO-TOU");
		// the node adds the incomer only: the machines' meters hang under it
		assertThat(electricity.get("meters").valueStream().map(JsonNode::asString)).containsExactly("EL-INCOMER");
	}

}
