package io.kaiwu.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kaiwu.device.DeviceFixtures.createDevice;
import static io.kaiwu.device.DeviceFixtures.createSite;
import static io.kaiwu.device.DeviceFixtures.createType;
import static io.kaiwu.device.DeviceFixtures.demoToken;
import static io.kaiwu.device.DeviceFixtures.nodeId;
import static io.kaiwu.device.DeviceFixtures.typeDocument;
import static io.kaiwu.device.DeviceFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second tenant gets 404 for every device and device-type endpoint by id of the first,
 * and never sees them in a list.
 */
@KaiwuIntegrationTest
class DeviceTenantIsolationIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void secondTenantGets404ForEveryDeviceAndDeviceTypeOfTheFirst() {
		Api api = new Api(this.port);
		String first = demoToken(api);
		String type = createType(api, first, unique("ISO"));
		String device = createDevice(api, first, unique("iso"), type, nodeId(api, first, "SZ-IM-L1-02")).json()
			.get("id")
			.asString();

		Tenants.FreshTenant second = Tenants.fresh(api, "设备隔离测试 " + System.nanoTime());
		String b = second.adminToken();
		String ownType = createType(api, b, unique("OWN"));
		String ownSite = createSite(api, b, unique("X").toUpperCase(java.util.Locale.ROOT));
		List<String> leaks = new ArrayList<>();
		expect404(leaks, api.get("/api/v1/devices/" + device, b), "GET device");
		expect404(leaks,
				api.put("/api/v1/devices/" + device, b, Map.of("name", "taken", "typeId", ownType, "nodeId", ownSite)),
				"PUT device");
		expect404(leaks, api.post("/api/v1/devices/" + device + "/secret", b, null), "POST secret");
		expect404(leaks, api.delete("/api/v1/devices/" + device, b), "DELETE device");
		expect404(leaks, api.get("/api/v1/device-types/" + type, b), "GET type");
		expect404(leaks, api.put("/api/v1/device-types/" + type, b, typeDocument(unique("TK"))), "PUT type");
		expect404(leaks, api.get("/api/v1/device-types/" + type + "/thing-model", b), "GET thing model");
		expect404(leaks, api.delete("/api/v1/device-types/" + type, b), "DELETE type");
		assertThat(leaks).isEmpty();

		assertThat(api.get("/api/v1/devices?size=500", b).body()).doesNotContain(device).doesNotContain("demo-cnc");
		assertThat(api.get("/api/v1/devices?typeId=" + type, b).json().get("total").asLong()).isZero();
		assertThat(api.get("/api/v1/device-types?size=500", b).body()).doesNotContain(type);
		Api.Answer foreignType = createDevice(api, b, unique("steal"), type, ownSite);
		assertThat(foreignType.status()).as("a device of another tenant's type").isEqualTo(400);
		Api.Answer foreignNode = createDevice(api, b, unique("steal"), ownType, nodeId(api, first, "SZ"));
		assertThat(foreignNode.status()).as("a device on another tenant's node").isEqualTo(400);
		assertThat(api.get("/api/v1/devices/" + device, first).status()).isEqualTo(200);
	}

	private static void expect404(List<String> leaks, Api.Answer answer, String what) {
		if (answer.status() != 404) {
			leaks.add(what + " answered " + answer.status() + ": " + answer.body());
		}
	}

}
