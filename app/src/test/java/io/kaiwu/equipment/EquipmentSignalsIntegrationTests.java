package io.kaiwu.equipment;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A machine's signal mapping over REST: stored and read back, checked against the thing
 * model of its device (an unknown property, a value the enum lacks, a text counter and a
 * machine without a device are refused with the reason), invisible to other tenants; and
 * a machine's documents.
 */
@KaiwuIntegrationTest
class EquipmentSignalsIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	static Tenants.FreshTenant tenant;

	static String site;

	static String deviceId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		if (tenant == null) {
			tenant = Tenants.fresh(this.api, unique("信号映射企业"));
			site = this.api
				.post("/api/v1/structure/nodes", tenant.adminToken(),
						Map.of("level", "SITE", "code", "SIG", "name", "信号工厂", "timeZone", "Asia/Shanghai"))
				.json()
				.get("id")
				.asString();
			Api.Answer type = this.api.post("/api/v1/device-types", tenant.adminToken(),
					Map.of("code", unique("cnc"), "nameZh", "数控机床", "properties",
							List.of(Map.of("identifier", "state", "nameZh", "状态", "dataType", "ENUM", "enumValues",
									List.of("running", "idle", "setup", "down")),
									Map.of("identifier", "spindleSpeed", "nameZh", "主轴转速", "dataType", "DOUBLE"),
									Map.of("identifier", "goodParts", "nameZh", "合格件", "dataType", "LONG"),
									Map.of("identifier", "mode", "nameZh", "模式", "dataType", "STRING"))));
			assertThat(type.status()).as(type.body()).isEqualTo(201);
			Api.Answer device = this.api.post("/api/v1/devices", tenant.adminToken(), Map.of("key", unique("cnc"),
					"name", "数控机床", "typeId", type.json().get("id").asString(), "nodeId", site));
			assertThat(device.status()).as(device.body()).isEqualTo(201);
			deviceId = device.json().get("id").asString();
		}
	}

	@Test
	void aStateTableAndCountersAreStoredAndReadBack() {
		String machine = machine(deviceId);
		assertThat(this.api.get("/api/v1/equipment/" + machine + "/signals", tenant.adminToken()).status())
			.isEqualTo(404);

		Api.Answer saved = this.api.put("/api/v1/equipment/" + machine + "/signals", tenant.adminToken(),
				byValue(Map.of("running", "RUNNING", "setup", "setup", "down", "DOWN")));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		Api.Answer read = this.api.get("/api/v1/equipment/" + machine + "/signals", tenant.adminToken());
		assertThat(read.json().get("stateKind").asString()).isEqualTo("BY_VALUE");
		assertThat(read.json().get("stateValues").get("setup").asString()).isEqualTo("SETUP");
		assertThat(read.json().get("otherwise").asString()).isEqualTo("IDLE");
		assertThat(read.json().get("goodCounter").asString()).isEqualTo("goodParts");
		assertThat(read.json().get("minorStopThreshold").asString()).isEqualTo("PT2M");

		Api.Answer byLimit = this.api.put("/api/v1/equipment/" + machine + "/signals", tenant.adminToken(),
				Map.of("stateProperty", "spindleSpeed", "stateKind", "ABOVE_LIMIT", "limit", 50, "above", "RUNNING",
						"otherwise", "IDLE"));
		assertThat(byLimit.status()).as(byLimit.body()).isEqualTo(200);
		assertThat(byLimit.json().get("limit").asDouble()).isEqualTo(50.0);
		assertThat(byLimit.json().has("stateValues")).isFalse();

		Tenants.FreshTenant other = Tenants.fresh(this.api, unique("别的企业"));
		assertThat(this.api.get("/api/v1/equipment/" + machine + "/signals", other.adminToken()).status())
			.isEqualTo(404);
	}

	@Test
	void propertiesTheThingModelLacksAreRefusedByName() {
		String machine = machine(deviceId);
		Map<String, Object> draft = byValue(Map.of("running", "RUNNING", "jammed", "DOWN"));
		draft.put("stateProperty", "state");
		draft.put("rejectCounter", "scrapCount");
		Api.Answer refused = this.api.put("/api/v1/equipment/" + machine + "/signals", tenant.adminToken(), draft);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.body()).contains("\"rejectCounter\"")
			.contains("scrapCount")
			.contains("\"stateValues.jammed\"")
			.contains("goodParts");

		Api.Answer textLimit = this.api.put("/api/v1/equipment/" + machine + "/signals", tenant.adminToken(),
				Map.of("stateProperty", "mode", "stateKind", "ABOVE_LIMIT", "above", "RUNNING", "otherwise", "IDLE",
						"goodCounter", "mode", "minorStopThreshold", "two minutes"));
		assertThat(textLimit.status()).isEqualTo(400);
		assertThat(textLimit.body()).contains("\"stateProperty\"")
			.contains("\"limit\"")
			.contains("\"goodCounter\"")
			.contains("\"minorStopThreshold\"");

		String unconnected = machine(null);
		Api.Answer noDevice = this.api.put("/api/v1/equipment/" + unconnected + "/signals", tenant.adminToken(),
				byValue(Map.of("running", "RUNNING")));
		assertThat(noDevice.status()).isEqualTo(400);
		assertThat(noDevice.body()).contains("\"deviceId\"");
	}

	@Test
	void aManualIsUploadedListedDownloadedAndDeletedAndATooLargeFileIsRefused() throws Exception {
		String machine = machine(deviceId);
		byte[] manual = "%PDF-1.4 立式加工中心 使用说明书".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> uploaded = upload(machine, "使用说明书.pdf", "application/pdf", manual);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		String id = this.api.get("/api/v1/equipment/" + machine + "/documents", tenant.adminToken())
			.json()
			.get(0)
			.get("id")
			.asString();

		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + this.port + "/api/v1/equipment/" + machine + "/documents/" + id))
				.header("Authorization", "Bearer " + tenant.adminToken())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(manual);
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
			.contains("UTF-8''");

		HttpResponse<String> tooLarge = upload(machine, "drawing.dwg", "application/octet-stream",
				new byte[10 * 1024 * 1024 + 1]);
		assertThat(tooLarge.statusCode()).as(tooLarge.headers().map() + tooLarge.body()).isEqualTo(400);
		assertThat(tooLarge.body()).contains("\"file\"").contains("drawing.dwg");

		Tenants.FreshTenant other = Tenants.fresh(this.api, unique("别的企业"));
		assertThat(this.api.get("/api/v1/equipment/" + machine + "/documents/" + id, other.adminToken()).status())
			.isEqualTo(404);
		assertThat(this.api.delete("/api/v1/equipment/" + machine + "/documents/" + id, tenant.adminToken()).status())
			.isEqualTo(204);
		assertThat(this.api.get("/api/v1/equipment/" + machine + "/documents", tenant.adminToken()).json()).isEmpty();
	}

	private HttpResponse<String> upload(String machine, String name, String type, byte[] content) throws Exception {
		String boundary = "kaiwu-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/equipment/" + machine + "/documents"))
				.header("Authorization", "Bearer " + tenant.adminToken())
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static Map<String, Object> byValue(Map<String, String> values) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("stateProperty", "state");
		draft.put("stateKind", "BY_VALUE");
		draft.put("stateValues", values);
		draft.put("otherwise", "IDLE");
		draft.put("goodCounter", "goodParts");
		draft.put("minorStopThreshold", "PT2M");
		return draft;
	}

	private String machine(String device) {
		Map<String, Object> machine = new HashMap<>(
				Map.of("code", unique("M"), "name", "加工中心", "nodeId", site, "criticality", "A"));
		if (device != null) {
			machine.put("deviceId", device);
		}
		Api.Answer created = this.api.post("/api/v1/equipment", tenant.adminToken(), machine);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
