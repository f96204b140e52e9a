package io.kaiwu.equipment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The equipment registry over REST: a machine linked to its device and to a line of the
 * enterprise structure, changed, refused with reasons, invisible to other tenants, and
 * keeping its node from being deleted.
 */
@KaiwuIntegrationTest
class EquipmentRegistryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	EquipmentCatalog catalog;

	Api api;

	static Tenants.FreshTenant tenant;

	static String site;

	static String deviceId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		if (tenant == null) {
			tenant = Tenants.fresh(this.api, unique("设备台账企业"));
			Api.Answer created = this.api.post("/api/v1/structure/nodes", tenant.adminToken(),
					Map.of("level", "SITE", "code", "EQ", "name", "设备工厂", "timeZone", "Asia/Shanghai"));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			site = created.json().get("id").asString();
			Api.Answer cncType = this.api.post("/api/v1/device-types", tenant.adminToken(),
					Map.of("code", unique("cnc"), "nameZh", "数控机床", "nameEn", "CNC machine", "properties",
							List.of(Map.of("identifier", "state", "nameZh", "状态", "dataType", "STRING"))));
			assertThat(cncType.status()).as(cncType.body()).isEqualTo(201);
			Api.Answer device = this.api.post("/api/v1/devices", tenant.adminToken(), Map.of("key", unique("cnc"),
					"name", "数控机床 1", "typeId", cncType.json().get("id").asString(), "nodeId", site));
			assertThat(device.status()).as(device.body()).isEqualTo(201);
			deviceId = device.json().get("id").asString();
		}
	}

	@Test
	void aMachineIsRegisteredWithItsDeviceAndPlaceThenChangedAndDeleted() {
		String code = unique("CNC");
		Api.Answer created = this.api.post("/api/v1/equipment", tenant.adminToken(), machine(code));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("deviceId").asString()).isEqualTo(deviceId);
		assertThat(created.json().get("nodeId").asString()).isEqualTo(site);
		assertThat(created.json().get("idealCycleTime").asString()).isEqualTo("PT12S");
		assertThat(created.json().get("commissionedOn").asString()).isEqualTo("2024-05-01");

		Map<String, Object> changed = machine(code);
		changed.put("criticality", "b");
		changed.put("serialNumber", "SN-0002");
		Api.Answer updated = this.api.put("/api/v1/equipment/" + id, tenant.adminToken(), changed);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("criticality").asString()).isEqualTo("B");

		Api.Answer read = this.api.get("/api/v1/equipment/" + id, tenant.adminToken());
		assertThat(read.json().get("serialNumber").asString()).isEqualTo("SN-0002");
		assertThat(this.api.get("/api/v1/equipment?size=100", tenant.adminToken()).body()).contains(code);

		Api.Answer refused = this.api.delete("/api/v1/structure/nodes/" + site, tenant.adminToken());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("设备台账");

		assertThat(this.api.delete("/api/v1/equipment/" + id, tenant.adminToken()).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/equipment/" + id, tenant.adminToken()).status()).isEqualTo(404);
	}

	@Test
	void aBadMachineIsRefusedNamingEveryBadField() {
		Map<String, Object> bad = machine(" ");
		bad.put("nodeId", "00000000-0000-0000-0000-000000000001");
		bad.put("criticality", "D");
		bad.put("commissionedOn", "01.05.2024");
		bad.put("idealCycleTime", "12 s");
		Api.Answer refused = this.api.post("/api/v1/equipment", tenant.adminToken(), bad);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("code", "nodeId",
				"criticality", "commissionedOn", "idealCycleTime");
		assertThat(refused.body()).contains("PT12S").contains("A, B, C");

		String code = unique("DUP");
		assertThat(this.api.post("/api/v1/equipment", tenant.adminToken(), machine(code)).status()).isEqualTo(201);
		Api.Answer taken = this.api.post("/api/v1/equipment", tenant.adminToken(), machine(code));
		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.body()).contains(code);
	}

	@Test
	void anotherTenantNeitherSeesTheMachineNorLinksItsOwnMachineToThisDevice() {
		Api.Answer created = this.api.post("/api/v1/equipment", tenant.adminToken(), machine(unique("CNC")));
		String id = created.json().get("id").asString();
		Tenants.FreshTenant other = Tenants.fresh(this.api, unique("别的企业"));

		assertThat(this.api.get("/api/v1/equipment/" + id, other.adminToken()).status()).isEqualTo(404);
		Api.Answer foreign = this.api.post("/api/v1/equipment", other.adminToken(), machine(unique("CNC")));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.json().get("errors").findValuesAsString("field")).contains("deviceId", "nodeId");
	}

	@Test
	void otherModulesReadTheMachinesOfADeviceThroughTheCatalog() {
		String code = unique("CAT");
		String id = this.api.post("/api/v1/equipment", tenant.adminToken(), machine(code)).json().get("id").asString();
		TenantId mine = TenantId.of(UUID.fromString(tenant.id()));

		EquipmentSummary summary = this.catalog.equipment(mine, UUID.fromString(id)).orElseThrow();
		assertThat(summary.code()).isEqualTo(code);
		assertThat(summary.criticality()).isEqualTo(Criticality.A);
		assertThat(this.catalog.onDevice(mine, UUID.fromString(deviceId))).extracting(EquipmentSummary::id)
			.contains(UUID.fromString(id));
		assertThat(this.catalog.all(mine)).extracting(EquipmentSummary::code).contains(code);

		TenantId other = TenantId.of(UUID.fromString(Tenants.fresh(this.api, unique("别的企业")).id()));
		assertThat(this.catalog.equipment(other, UUID.fromString(id))).isEmpty();
		assertThat(this.catalog.onDevice(other, UUID.fromString(deviceId))).isEmpty();
	}

	private static Map<String, Object> machine(String code) {
		Map<String, Object> machine = new HashMap<>();
		machine.put("code", code);
		machine.put("name", "立式加工中心 1");
		machine.put("deviceId", deviceId);
		machine.put("nodeId", site);
		machine.put("model", "VMC-850");
		machine.put("vendor", "沈阳机床");
		machine.put("serialNumber", "SN-0001");
		machine.put("commissionedOn", "2024-05-01");
		machine.put("criticality", "A");
		machine.put("idealCycleTime", "PT12S");
		return machine;
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
