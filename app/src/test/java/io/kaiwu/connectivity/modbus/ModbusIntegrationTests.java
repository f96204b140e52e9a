package io.kaiwu.connectivity.modbus;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kaiwu.connectivity.ModbusConnections;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.simulator.CommandSink;
import io.kaiwu.simulator.Protocol;
import io.kaiwu.simulator.Sample;
import io.kaiwu.simulator.SimulatedDevice;
import io.kaiwu.simulator.SimulatedProperty;
import io.kaiwu.simulator.ValueType;
import io.kaiwu.simulator.modbus.ModbusOutlet;
import io.kaiwu.simulator.modbus.ModbusTable;
import io.kaiwu.simulator.modbus.RegisterEntry;
import io.kaiwu.simulator.modbus.ServiceRegisters;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Modbus TCP for real: the simulator's j2mod server on a free port, a connection
 * configured over REST from the simulator's own register map, values polled into the
 * telemetry store, an exception range into the dead letters, the server stopped and
 * restarted, and a command written to the simulated device.
 */
@KaiwuIntegrationTest
class ModbusIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ModbusConnections connections;

	@Test
	void modulesDefineConnectionsFromCsvLines() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("Modbus定义"));
		String key = unique("defined");
		createDevice(api, tenant.adminToken(), key);
		TenantId id = TenantId.of(UUID.fromString(tenant.id()));
		ModbusConnections.Definition definition = new ModbusConnections.Definition("demo line", "127.0.0.1", 5020, 1,
				Duration.ofSeconds(1), Duration.ofSeconds(1), false,
				List.of(key + ",pressure,,input_register,0,float32", key + ",state,,input_register,4,int16"),
				List.of(key + ",setPressure.target,,holding_register,1000,float32"));
		UUID created = this.connections.define(id, definition);
		JsonNode read = api.get("/api/v1/connectors/modbus/" + created, tenant.adminToken()).json();
		assertThat(read.get("registers")).hasSize(2);
		assertThat(read.get("enabled").asBoolean()).isFalse();
		assertThat(read.get("status").isNull()).isTrue();

		// the same name again replaces it
		UUID replaced = this.connections.define(id,
				new ModbusConnections.Definition("demo line", "127.0.0.1", 5021, 1, Duration.ofSeconds(1),
						Duration.ofSeconds(1), false, List.of(key + ",pressure,,input_register,0,float32"), List.of()));
		assertThat(replaced).isEqualTo(created);
		assertThat(api.get("/api/v1/connectors/modbus/" + created, tenant.adminToken()).json().get("port").asInt())
			.isEqualTo(5021);

		assertThatThrownBy(() -> this.connections.define(id,
				new ModbusConnections.Definition("demo line", "127.0.0.1", 5020, 1, Duration.ofSeconds(1),
						Duration.ofSeconds(1), false, List.of(key + ",pressure,,input_register,0,float64"), List.of())))
			.isInstanceOfSatisfying(KaiwuProblem.InvalidInput.class,
					(ex) -> assertThat(ex.errors()).extracting(KaiwuProblem.FieldError::field)
						.containsExactly("registerLines[1].dataType"));
	}

	@Test
	void valuesArriveFaultsShowAndCommandsReachTheDevice() throws Exception {
		Api api = new Api(this.port);
		String token = Tenants.fresh(api, unique("Modbus企业")).adminToken();
		String key = unique("press");
		createDevice(api, token, key);
		List<String> commands = new CopyOnWriteArrayList<>();
		CommandSink sink = (device, service, params) -> {
			commands.add(device + " " + service + " " + params);
			return new CommandSink.CommandOutcome(true, "set");
		};
		SimulatedDevice press = new SimulatedDevice(key, "press", Protocol.MODBUS_TCP,
				List.of(new SimulatedProperty("pressure", ValueType.DOUBLE, "bar"),
						new SimulatedProperty("alarm", ValueType.BOOLEAN, ""),
						new SimulatedProperty("shots", ValueType.LONG, ""),
						new SimulatedProperty("state", ValueType.TEXT, "")));
		try (ModbusOutlet outlet = new ModbusOutlet("127.0.0.1", 0,
				Map.of("press", List.of(new ServiceRegisters("setPressure", List.of("target")))))) {
			outlet.start(List.of(press), sink);
			outlet.publish(List.of(new Sample(key, Instant.now(),
					Map.of("pressure", 123.456, "alarm", true, "shots", 41_000L, "state", "setup"))));

			Api.Answer created = api.post("/api/v1/connectors/modbus", token,
					connection("press line", outlet.boundPort(), outlet.registerMap(key)));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			String id = created.json().get("id").asString();
			assertThat(created.json().get("registers")).hasSize(4);
			assertThat(created.json().get("commands").get(0).get("service").asString()).isEqualTo("setPressure");

			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				Map<String, JsonNode> latest = latest(api, token, key);
				assertThat(latest.keySet()).containsExactlyInAnyOrder("pressure", "alarm", "shots", "state");
				assertThat(latest.get("pressure").get("value").asDouble()).isEqualTo(123.456);
				assertThat(latest.get("shots").get("value").asLong()).isEqualTo(41_000L);
				assertThat(latest.get("state").get("value").asString()).isEqualTo("setup");
				assertThat(latest.get("alarm").get("value").asBoolean()).isTrue();
			});
			JsonNode status = api.get("/api/v1/connectors/modbus/" + id, token).json().get("status");
			assertThat(status.get("state").asString()).isEqualTo("RUNNING");
			assertThat(status.get("connected").asBoolean()).isTrue();
			assertThat(status.get("messagesReceived").asLong()).isPositive();

			// a command is written to the command block and reaches the simulated device
			Api.Answer command = api.post("/api/v1/devices/" + key + "/services/setPressure", token,
					Map.of("params", Map.of("target", 250.5), "timeoutSeconds", 10));
			assertThat(command.status()).as(command.body()).isEqualTo(200);
			assertThat(command.json().get("state").asString()).as(command.body()).isEqualTo("REPLIED");
			assertThat(commands).containsExactly(key + " setPressure {target=250.5}");

			// an exception for the counter's registers: that property is a dead letter,
			// the rest is stored
			outlet.failRange(key, ModbusTable.INPUT_REGISTER, 2, 2);
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				JsonNode letters = api.get("/api/v1/dead-letters?size=50", token).json().get("items");
				assertThat(letters.findValuesAsString("what")).contains("shots");
				assertThat(letters.findValuesAsString("reason"))
					.anySatisfy((r) -> assertThat(r).contains("Modbus exception 2"));
			});
			outlet.clearFault(key);

			// the server goes away: the connector shows the error and keeps retrying
			outlet.stopServer();
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				JsonNode down = api.get("/api/v1/connectors/modbus/" + id, token).json().get("status");
				assertThat(down.get("state").asString()).isEqualTo("FAILED");
				assertThat(down.get("connected").asBoolean()).isFalse();
				assertThat(down.get("lastError").asString()).contains("retrying in");
			});
			long errorsWhileDown = api.get("/api/v1/connectors/modbus/" + id, token)
				.json()
				.get("status")
				.get("errors")
				.asLong();
			await().atMost(Duration.ofSeconds(20))
				.until(() -> api.get("/api/v1/connectors/modbus/" + id, token)
					.json()
					.get("status")
					.get("errors")
					.asLong() > errorsWhileDown);

			// and is back: new values arrive
			outlet.restartServer();
			outlet.publish(List.of(new Sample(key, Instant.now(),
					Map.of("pressure", 99.5, "alarm", false, "shots", 41_001L, "state", "running"))));
			await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
				Map<String, JsonNode> latest = latest(api, token, key);
				assertThat(latest.get("pressure").get("value").asDouble()).isEqualTo(99.5);
				assertThat(latest.get("state").get("value").asString()).isEqualTo("running");
			});
			assertThat(api.get("/api/v1/connectors/modbus/" + id, token).json().get("status").get("state").asString())
				.isEqualTo("RUNNING");

			// another tenant sees nothing of it; deleting stops the poller
			String other = Tenants.fresh(api, unique("别的企业")).adminToken();
			assertThat(api.get("/api/v1/connectors/modbus/" + id, other).status()).isEqualTo(404);
			assertThat(api.get("/api/v1/connectors/modbus", other).json()).isEmpty();
			JsonNode audit = api.get("/api/v1/audit?entityType=modbus-connection&size=10", token).json();
			assertThat(audit.get("total").asInt()).isEqualTo(1);
			assertThat(api.delete("/api/v1/connectors/modbus/" + id, token).status()).isEqualTo(204);
			assertThat(api.get("/api/v1/connectors/modbus/" + id, token).status()).isEqualTo(404);
		}
	}

	@Test
	void badConfigurationsAreRefusedWithProblemDetails() {
		Api api = new Api(this.port);
		String token = Tenants.fresh(api, unique("Modbus校验")).adminToken();
		String key = unique("bad");
		createDevice(api, token, key);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "bad one");
		body.put("host", "127.0.0.1");
		body.put("port", 70000);
		body.put("pollIntervalMs", 10);
		body.put("registers", List.of(mapping("no-such-device", "pressure", "input_register", 0, "float32"),
				mapping(key, "noSuchProperty", "input_register", 0, "float32"),
				mapping(key, "pressure", "holding_register", 70_000, "float32"),
				mapping(key, "alarm", "coil", 0, "int32"), mapping(key, "pressure", "input_register", 0, "bool"),
				mapping(key, "shots", "input_register", 65_535, "uint32"),
				mapping(key, "state", "register", 0, "int16")));
		body.put("commands", List.of(Map.of("deviceKey", key, "service", "setPressure", "parameter", "target", "table",
				"input_register", "address", 0, "dataType", "float32")));
		Api.Answer refused = api.post("/api/v1/connectors/modbus", token, body);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("registers[6].table");

		List<Map<String, Object>> registers = new java.util.ArrayList<>();
		for (Object m : (List<?>) body.get("registers")) {
			registers.add(new HashMap<>((Map<String, Object>) m));
		}
		registers.get(6).put("table", "input_register");
		body.put("registers", registers);
		refused = api.post("/api/v1/connectors/modbus", token, body);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(Set.copyOf(refused.json().get("errors").findValuesAsString("field"))).containsExactlyInAnyOrder(
				"port", "pollIntervalMs", "registers[0].deviceKey", "registers[1].point", "registers[2].address",
				"registers[3].dataType", "registers[4].dataType", "registers[4].point", "registers[5].address",
				"commands[0].table");
		assertThat(api.get("/api/v1/connectors/modbus", token).json()).isEmpty();
		Api.Answer english = api.get("/api/v1/connectors/modbus/00000000-0000-0000-0000-000000000000", token,
				Map.of("Accept-Language", "en"));
		assertThat(english.status()).isEqualTo(404);
	}

	static void createDevice(Api api, String token, String key) {
		Api.Answer site = api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", unique("MB").toUpperCase(Locale.ROOT), "name", "Modbus 工厂"));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		Api.Answer type = api.post("/api/v1/device-types", token,
				Map.of("code", unique("PRESS").toUpperCase(Locale.ROOT), "nameZh", "压机", "properties",
						List.of(Map.of("identifier", "pressure", "nameZh", "压力", "dataType", "DOUBLE", "unit", "bar"),
								Map.of("identifier", "alarm", "nameZh", "报警", "dataType", "BOOLEAN"),
								Map.of("identifier", "shots", "nameZh", "冲次", "dataType", "LONG"),
								Map.of("identifier", "state", "nameZh", "状态", "dataType", "ENUM", "enumValues",
										List.of("running", "idle", "setup", "down"))),
						"services",
						List.of(Map.of("identifier", "setPressure", "nameZh", "设定压力", "inputs",
								List.of(Map.of("identifier", "target", "nameZh", "目标压力", "dataType", "DOUBLE", "min", 0,
										"max", 1000))))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		Api.Answer device = api.post("/api/v1/devices", token, Map.of("key", key, "name", "压机 " + key, "typeId",
				type.json().get("id").asString(), "nodeId", site.json().get("id").asString()));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
	}

	/** A connection body from the simulator's register map. */
	static Map<String, Object> connection(String name, int port, List<RegisterEntry> map) {
		List<Map<String, Object>> registers = new java.util.ArrayList<>();
		List<Map<String, Object>> commands = new java.util.ArrayList<>();
		for (RegisterEntry e : map) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("deviceKey", e.deviceKey());
			int dot = e.property().indexOf('.');
			if (dot > 0) {
				m.put("service", e.property().substring(0, dot));
				m.put("parameter", e.property().substring(dot + 1));
			}
			else {
				m.put("property", e.property());
			}
			m.put("unitId", e.unitId());
			m.put("table", e.table().name());
			m.put("address", e.address());
			m.put("dataType", e.dataType());
			m.put("order", e.order());
			m.put("scale", e.scale());
			m.put("offset", e.offset());
			((dot > 0) ? commands : registers).add(m);
		}
		return Map.of("name", name, "host", "127.0.0.1", "port", port, "pollIntervalMs", 200, "timeoutMs", 1000,
				"registers", registers, "commands", commands);
	}

	private static Map<String, Object> mapping(String device, String property, String table, int address, String type) {
		return Map.of("deviceKey", device, "property", property, "table", table, "address", address, "dataType", type);
	}

	static Map<String, JsonNode> latest(Api api, String token, String key) {
		Api.Answer latest = api.get("/api/v1/devices/" + key + "/telemetry/latest", token);
		assertThat(latest.status()).as(latest.body()).isEqualTo(200);
		Map<String, JsonNode> byProperty = new HashMap<>();
		latest.json().forEach((p) -> byProperty.put(p.get("property").asString(), p));
		return byProperty;
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
