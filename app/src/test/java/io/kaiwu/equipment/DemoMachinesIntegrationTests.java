package io.kaiwu.equipment;

import java.util.ArrayList;
import java.util.List;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo factory comes with its machines: the CNC machines mapped to their signals and
 * watched for bearing wear, the moulding machines in the registry.
 */
@KaiwuIntegrationTest
class DemoMachinesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theDemoTenantHasItsMachinesMappedAndWatched() {
		Api api = new Api(this.port);
		String token = api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		JsonNode machines = api.get("/api/v1/equipment?size=100", token).json().get("items");
		List<String> codes = new ArrayList<>();
		machines.forEach((m) -> codes.add(m.get("code").asString()));
		assertThat(codes).contains("CNC-01", "CNC-02", "CNC-03", "CNC-04", "IMM-01", "IMM-02", "IMM-03", "IMM-04");

		for (JsonNode machine : machines) {
			if (machine.get("code").asString().startsWith("CNC-")) {
				Api.Answer signals = api.get("/api/v1/equipment/" + machine.get("id").asString() + "/signals", token);
				assertThat(signals.status()).as(signals.body()).isEqualTo(200);
				assertThat(signals.body()).contains("goodParts").contains("running");
				assertThat(machine.get("idealCycleTime").asString()).isEqualTo("PT1M30S");
			}
		}
		List<String> watched = new ArrayList<>();
		api.get("/api/v1/health", token).json().forEach((h) -> watched.add(h.get("code").asString()));
		assertThat(watched).containsExactlyInAnyOrder("CNC-01", "CNC-02", "CNC-03", "CNC-04");
	}

}
