package io.kaiwu.connectivity.opcua;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kaiwu.simulator.CommandSink;
import io.kaiwu.simulator.Protocol;
import io.kaiwu.simulator.Sample;
import io.kaiwu.simulator.SimulatedDevice;
import io.kaiwu.simulator.SimulatedProperty;
import io.kaiwu.simulator.ValueType;
import io.kaiwu.simulator.opcua.OpcUaOutlet;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * OPC UA over real sockets: the simulator's server ({@link OpcUaOutlet}, port 0) on one
 * side, Kaiwu's client configured through the REST API on the other, in a fresh tenant.
 */
@KaiwuIntegrationTest
class OpcUaIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	Api api;

	String token;

	String key;

	String deviceId;

	OpcUaOutlet outlet;

	final List<String> commands = new CopyOnWriteArrayList<>();

	final String password = "sim-" + UUID.randomUUID();

	@BeforeEach
	void setUp() throws Exception {
		this.api = new Api(this.port);
		this.token = Tenants.fresh(this.api, "OPC UA 测试 " + System.nanoTime()).adminToken();
		Api.Answer type = this.api.post("/api/v1/device-types", this.token,
				Map.of("code", unique("UA"), "nameZh", "OPC UA 设备", "properties",
						List.of(Map.of("identifier", "temperature", "nameZh", "温度", "dataType", "DOUBLE"),
								Map.of("identifier", "parts", "nameZh", "计数", "dataType", "LONG"),
								Map.of("identifier", "running", "nameZh", "运行", "dataType", "BOOLEAN"),
								Map.of("identifier", "mode", "nameZh", "模式", "dataType", "STRING")),
						"services", List.of(Map.of("identifier", "setTarget", "nameZh", "设定目标", "inputs",
								List.of(Map.of("identifier", "value", "nameZh", "目标值", "dataType", "INT"))))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		Api.Answer site = this.api.post("/api/v1/structure/nodes", this.token,
				Map.of("level", "SITE", "code", unique("S"), "name", "OPC UA 工厂"));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		this.key = unique("ua").toLowerCase(Locale.ROOT);
		Api.Answer device = this.api.post("/api/v1/devices", this.token, Map.of("key", this.key, "name", "设备", "typeId",
				type.json().get("id").asString(), "nodeId", site.json().get("id").asString()));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		this.deviceId = device.json().get("id").asString();

		this.outlet = new OpcUaOutlet(new OpcUaOutlet.Settings(0, "127.0.0.1", "kaiwu-test", this.password));
		CommandSink sink = (deviceKey, service, params) -> {
			this.commands.add(deviceKey + " " + service + " " + params);
			return new CommandSink.CommandOutcome(true, "target " + params.get("value"));
		};
		this.outlet.start(List.of(new SimulatedDevice(this.key, "test", Protocol.OPC_UA,
				List.of(new SimulatedProperty("temperature", ValueType.DOUBLE, "°C"),
						new SimulatedProperty("parts", ValueType.LONG, ""),
						new SimulatedProperty("running", ValueType.BOOLEAN, ""),
						new SimulatedProperty("mode", ValueType.TEXT, "")))),
				sink);
	}

	@AfterEach
	void tearDown() {
		this.outlet.close();
	}

	@Test
	void valuesQualityReconnectAndCommandsFlowOverOpcUa() throws Exception {
		Api.Answer created = this.api.post("/api/v1/connectors/opcua", this.token,
				connection("Basic256Sha256", "SignAndEncrypt", "kaiwu-test", this.password));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().has("password")).isFalse();
		assertThat(created.json().get("passwordSet").asBoolean()).isTrue();
		String id = created.json().get("id").asString();

		// values with their source time and quality GOOD
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		publishUntil(Map.of("temperature", 21.5, "parts", 42L, "running", true, "mode", "auto"), at,
				(latest) -> latest.containsKey("mode") && latest.get("temperature").get("value").asDouble() == 21.5);
		Map<String, JsonNode> latest = latest();
		assertThat(latest.get("temperature").get("quality").asString()).isEqualTo("GOOD");
		assertThat(Instant.parse(latest.get("temperature").get("ts").asString())).isEqualTo(at);
		assertThat(latest.get("parts").get("value").asLong()).isEqualTo(42);
		assertThat(latest.get("running").get("value").asBoolean()).isTrue();
		assertThat(latest.get("mode").get("value").asString()).isEqualTo("auto");

		// a bad sensor: the value arrives with quality BAD
		this.outlet.setStatus(this.key, "temperature", OpcUaOutlet.Status.BAD);
		publishUntil(Map.of("temperature", 99.0), Instant.now(),
				(l) -> "BAD".equals(l.get("temperature").get("quality").asString()));
		this.outlet.setStatus(this.key, "temperature", OpcUaOutlet.Status.UNCERTAIN);
		publishUntil(Map.of("temperature", 98.0), Instant.now(),
				(l) -> "UNCERTAIN".equals(l.get("temperature").get("quality").asString()));
		this.outlet.setStatus(this.key, "temperature", OpcUaOutlet.Status.GOOD);

		// a command through the device's invoke method
		Api.Answer command = this.api.post("/api/v1/devices/" + this.key + "/services/setTarget", this.token,
				Map.of("params", Map.of("value", 7)));
		assertThat(command.status()).as(command.body()).isEqualTo(200);
		assertThat(command.json().get("state").asString()).as(command.body()).isEqualTo("REPLIED");
		assertThat(command.json().get("result").get("message").asString()).isEqualTo("target 7");
		assertThat(this.commands).containsExactly(this.key + " setTarget {value=7}");

		// the server goes away: the connector shows the error, the device goes offline
		this.outlet.stop();
		await().atMost(WAIT).untilAsserted(() -> {
			JsonNode status = this.api.get("/api/v1/connectors/opcua/" + id, this.token).json().get("status");
			assertThat(status.get("state").asString()).isNotEqualTo("RUNNING");
			assertThat(status.get("lastError").isNull()).isFalse();
		});
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(
					this.api.get("/api/v1/devices/" + this.deviceId, this.token).json().get("online").asBoolean())
				.isFalse());

		// back again: reconnected and subscribed again, values flow
		this.outlet.restart();
		publishUntil(Map.of("temperature", 33.25), Instant.now(),
				(l) -> l.get("temperature").get("value").asDouble() == 33.25);
		JsonNode status = this.api.get("/api/v1/connectors/opcua/" + id, this.token).json().get("status");
		assertThat(status.get("state").asString()).isEqualTo("RUNNING");
		assertThat(status.get("messagesReceived").asLong()).isGreaterThan(0);

		// updated without a password keeps it; deleted stops the runtime
		Api.Answer updated = this.api.put("/api/v1/connectors/opcua/" + id, this.token,
				connection("None", "None", "kaiwu-test", null));
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("passwordSet").asBoolean()).isTrue();
		publishUntil(Map.of("temperature", 12.0), Instant.now(),
				(l) -> l.get("temperature").get("value").asDouble() == 12.0);
		assertThat(this.api.delete("/api/v1/connectors/opcua/" + id, this.token).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/connectors/opcua/" + id, this.token).status()).isEqualTo(404);
	}

	@Test
	void badConfigurationsAnswerProblemDetails() {
		Map<String, Object> bad = new HashMap<>();
		bad.put("name", "");
		bad.put("endpointUrl", "http://example.com");
		bad.put("securityPolicy", "Basic128");
		bad.put("securityMode", "Sign");
		bad.put("username", "someone");
		bad.put("mappings",
				List.of(Map.of("nodeId", "ns=2;x=oops", "deviceKey", this.key, "property", "temperature"),
						Map.of("nodeId", "ns=2;s=a", "deviceKey", "no-such-device", "property", "temperature"),
						Map.of("nodeId", "ns=2;s=b", "deviceKey", this.key, "property", "pressure", "samplingMs", 1)));
		Api.Answer problem = this.api.post("/api/v1/connectors/opcua", this.token, bad);
		assertThat(problem.status()).as(problem.body()).isEqualTo(400);
		assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
		assertThat(Set.copyOf(problem.json().get("errors").findValuesAsString("field"))).containsExactlyInAnyOrder(
				"name", "endpointUrl", "securityPolicy", "password", "mappings[0].nodeId", "mappings[1].deviceKey",
				"mappings[2].property", "mappings[2].samplingMs");

		Map<String, Object> mismatch = connection("None", "SignAndEncrypt", null, null);
		assertThat(this.api.post("/api/v1/connectors/opcua", this.token, mismatch)
			.json()
			.get("errors")
			.findValuesAsString("field")).containsExactly("securityMode");
	}

	private Map<String, Object> connection(String policy, String mode, String username, String password) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "simulator");
		body.put("endpointUrl", this.outlet.endpointUrl());
		body.put("securityPolicy", policy);
		body.put("securityMode", mode);
		body.put("username", username);
		body.put("password", password);
		body.put("mappings",
				List.of("temperature", "parts", "running", "mode")
					.stream()
					.map((p) -> Map.of("nodeId", "ns=2;s=" + OpcUaOutlet.nodeKey(this.key, p), "deviceKey", this.key,
							"property", p, "samplingMs", 100))
					.toList());
		return body;
	}

	/** Publishes the values again and again (a tick) until the latest values pass. */
	private void publishUntil(Map<String, Object> values, Instant at,
			java.util.function.Predicate<Map<String, JsonNode>> done) {
		await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
			this.outlet.publish(List.of(new Sample(this.key, at, values)));
			Map<String, JsonNode> latest = latest();
			return latest.containsKey("temperature") && done.test(latest);
		});
	}

	private Map<String, JsonNode> latest() {
		Api.Answer latest = this.api.get("/api/v1/devices/" + this.key + "/telemetry/latest", this.token);
		assertThat(latest.status()).as(latest.body()).isEqualTo(200);
		Map<String, JsonNode> byProperty = new HashMap<>();
		latest.json().forEach((p) -> byProperty.put(p.get("property").asString(), p));
		return byProperty;
	}

	private static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
	}

}
