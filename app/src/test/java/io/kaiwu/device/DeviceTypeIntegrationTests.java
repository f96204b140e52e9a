package io.kaiwu.device;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kaiwu.device.DeviceFixtures.createDevice;
import static io.kaiwu.device.DeviceFixtures.createType;
import static io.kaiwu.device.DeviceFixtures.demoToken;
import static io.kaiwu.device.DeviceFixtures.fields;
import static io.kaiwu.device.DeviceFixtures.nodeId;
import static io.kaiwu.device.DeviceFixtures.typeDocument;
import static io.kaiwu.device.DeviceFixtures.unique;
import static io.kaiwu.device.DeviceFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

/** Device types and their thing model over the REST API, and the demo plant's devices. */
@KaiwuIntegrationTest
class DeviceTypeIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	Api api;

	String demo;

	@BeforeEach
	void client() {
		this.api = new Api(this.port);
		this.demo = demoToken(this.api);
	}

	@Test
	void theDemoTenantHasItsThingModelsAndDevices() {
		JsonNode types = this.api.get("/api/v1/device-types?size=500", this.demo).json().get("items");
		assertThat(types.findValuesAsString("code")).contains("CNC", "IMM", "PM", "AC", "WM", "GM", "GD", "ENV", "CEMS",
				"WW");
		Api.Answer cnc = this.api.get("/api/v1/devices?q=demo-cnc-01", this.demo);
		assertThat(cnc.json().get("total").asLong()).isEqualTo(1);
		JsonNode device = cnc.json().get("items").get(0);
		assertThat(device.get("typeCode").asString()).isEqualTo("CNC");
		assertThat(device.get("nodePath").asString()).isEqualTo("SZ/SZ-MC/SZ-MC-L1/SZ-MC-L1-01");
		assertThat(device.get("online").asBoolean()).isFalse();
		assertThat(device.has("secret")).isFalse();
		String cncType = device.get("typeId").asString();
		JsonNode model = this.api.get("/api/v1/device-types/" + cncType, this.demo).json();
		assertThat(model.get("properties").findValuesAsString("identifier")).containsExactly("spindleSpeed",
				"spindleLoad", "temperature", "vibrationRms", "state", "goodParts", "rejectParts", "shortStops");
		assertThat(model.get("services").get(0).get("identifier").asString()).isEqualTo("setSpindleOverride");
		assertThat(model.get("devices").asLong()).isEqualTo(4);
		String machining = nodeId(this.api, this.demo, "SZ-MC");
		assertThat(this.api.get("/api/v1/devices?nodeId=" + machining, this.demo).json().get("total").asLong())
			.as("4 CNC machines, their power meters and the workshop's environment sensor")
			.isEqualTo(9);
		assertThat(this.api.get("/api/v1/devices?q=demo-&size=500", this.demo).json().get("total").asLong())
			.as("8 machines, 9 power meters, compressor, water and gas meters, 3 gas detectors, 2 environment sensors, stack, wastewater")
			.isEqualTo(27);
		assertThat(this.api.get("/api/v1/devices?q=demo-&typeId=" + cncType, this.demo).json().get("total").asLong())
			.isEqualTo(4);
	}

	@Test
	void createsReadsUpdatesAndDeletesADeviceType() {
		String code = unique("T");
		Api.Answer created = this.api.post("/api/v1/device-types", this.demo, typeDocument(code));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("createdAt").asString()).endsWith("Z");
		JsonNode read = this.api.get("/api/v1/device-types/" + id, this.demo).json();
		assertThat(read.get("properties").get(0).get("max").decimalValue()).isEqualByComparingTo("120");
		assertThat(read.get("properties").get(1).get("enumValues").size()).isEqualTo(2);
		assertThat(this.api.get("/api/v1/device-types?q=" + code, this.demo).json().get("total").asLong()).isEqualTo(1);

		Map<String, Object> changed = new HashMap<>(typeDocument(code));
		changed.put("nameZh", "改名的设备");
		changed.put("properties", List.of(Map.of("identifier", "pressure", "nameZh", "压力", "dataType", "FLOAT", "unit",
				"bar", "min", 0, "max", 250, "writable", true)));
		Api.Answer updated = this.api.put("/api/v1/device-types/" + id, this.demo, changed);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("nameZh").asString()).isEqualTo("改名的设备");
		assertThat(updated.json().get("properties").findValuesAsString("identifier")).containsExactly("pressure");
		assertThat(updated.json().get("properties").get(0).get("writable").asBoolean()).isTrue();

		assertThat(this.api.post("/api/v1/device-types", this.demo, typeDocument(code)).status()).isEqualTo(400);
		assertThat(this.api.delete("/api/v1/device-types/" + id, this.demo).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/device-types/" + id, this.demo).status()).isEqualTo(404);
		String audit = this.api.get("/api/v1/audit?entityType=device-type&size=500", this.demo).body();
		assertThat(audit).contains(id).contains("CREATED").contains("UPDATED").contains("DELETED");
	}

	@Test
	void namesEachBadFieldByItsJsonPath() {
		Map<String, Object> bad = Map.of("code", "bad code!", "nameZh", "", "properties",
				List.of(Map.of("identifier", "ok", "nameZh", "好", "dataType", "INT"),
						Map.of("identifier", "9lives", "nameZh", "坏", "dataType", "DOUBLE", "min", 5, "max", 1),
						Map.of("identifier", "mode", "nameZh", "模式", "dataType", "ENUM"),
						Map.of("identifier", "x", "nameZh", "x", "dataType", "TEXT")),
				"services", List.of(Map.of("identifier", "run", "nameZh", "运行", "inputs",
						List.of(Map.of("identifier", "p", "nameZh", "p", "dataType", "INT", "precision", 12)))));
		Api.Answer answer = this.api.post("/api/v1/device-types", this.demo, bad);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.json().get("type").asString()).isEqualTo("urn:kaiwu:problem:validation");
		assertThat(fields(answer)).containsExactlyInAnyOrder("code", "nameZh", "properties[1].identifier",
				"properties[1].max", "properties[2].enumValues", "properties[3].dataType",
				"services[0].inputs[0].precision");
		Api.Answer notJson = this.api.postRaw("/api/v1/device-types", this.demo, "application/json", "{nope");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(fields(notJson)).containsExactly("body");
	}

	@Test
	void anExportedThingModelImportsAsANewType() {
		String id = createType(this.api, this.demo, unique("EXP"));
		Api.Download exported = this.api.download("/api/v1/device-types/" + id + "/thing-model", this.demo);
		assertThat(exported.status()).isEqualTo(200);
		assertThat(exported.header("Content-Disposition")).contains("thing-model.json");
		JsonNode document = JSON.readTree(exported.bytes());
		assertThat(document.get("format").asString()).isEqualTo("kaiwu-thing-model/1");
		assertThat(document.has("id")).isFalse();

		String copyCode = unique("IMP");
		Map<String, Object> copy = JSON.convertValue(document, Map.class);
		copy.put("code", copyCode);
		Api.Answer imported = this.api.post("/api/v1/device-types/import", this.demo, copy);
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		JsonNode again = JSON.readTree(this.api
			.download("/api/v1/device-types/" + imported.json().get("id").asString() + "/thing-model", this.demo)
			.bytes());
		assertThat(((tools.jackson.databind.node.ObjectNode) again).put("code", "-"))
			.isEqualTo(((tools.jackson.databind.node.ObjectNode) document).put("code", "-"));

		Map<String, Object> broken = new HashMap<>(copy);
		broken.put("code", unique("BAD"));
		broken.put("format", "other/9");
		broken.put("events", List.of(Map.of("identifier", "e", "nameZh", "事件", "level", "SEVERE")));
		Api.Answer refused = this.api.post("/api/v1/device-types/import", this.demo, broken);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactlyInAnyOrder("format", "events[0].level");
	}

	@Test
	void aTypeInUseCannotBeDeletedAndViewersCannotWrite() {
		String type = createType(this.api, this.demo, unique("USE"));
		String key = unique("use");
		Api.Answer device = createDevice(this.api, this.demo, key, type, nodeId(this.api, this.demo, "SZ-IM-L1-01"));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		Api.Answer refused = this.api.delete("/api/v1/device-types/" + type, this.demo);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:kaiwu:problem:conflict");
		assertThat(refused.json().get("detail").asString()).contains("1");

		String viewer = user(this.api, this.demo, "VIEWER", List.of());
		assertThat(this.api.get("/api/v1/device-types/" + type, viewer).status()).isEqualTo(200);
		assertThat(this.api.post("/api/v1/device-types", viewer, typeDocument(unique("V"))).status()).isEqualTo(403);
		assertThat(this.api.delete("/api/v1/devices/" + device.json().get("id").asString(), viewer).status())
			.isEqualTo(403);

		assertThat(this.api.delete("/api/v1/devices/" + device.json().get("id").asString(), this.demo).status())
			.isEqualTo(204);
		assertThat(this.api.delete("/api/v1/device-types/" + type, this.demo).status()).isEqualTo(204);
	}

}
