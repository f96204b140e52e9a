package io.kaiwu.connectivity.rate;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.kaiwu.connectivity.mqtt.MqttBroker;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A device publishes over MQTT; the connectors API then shows the messages in the MQTT
 * broker's counts and rate. The test takes the samples itself instead of waiting for the
 * schedule.
 */
@KaiwuIntegrationTest
class MessageRatesIntegrationTests {

	static final int MESSAGES = 40;

	@LocalServerPort
	int port;

	@Autowired
	MqttBroker broker;

	@Autowired
	DeviceRegistry devices;

	@Autowired
	MessageRates rates;

	@Test
	void publishedMessagesShowInTheBrokersCountsAndRate() {
		Api api = new Api(this.port);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String token = Tenants.fresh(api, "速率" + suffix).adminToken();
		String key = "rate-press-" + suffix;
		registerPress(api, token, key);
		long before = mqtt(api, token).get("messagesReceived").asLong();
		this.rates.sample();

		String secret = this.devices.issueSecret(key).orElseThrow();
		Mqtt5BlockingClient client = MqttClient.builder()
			.useMqttVersion5()
			.identifier(key + "-" + UUID.randomUUID())
			.serverHost("127.0.0.1")
			.serverPort(this.broker.boundPort())
			.buildBlocking();
		client.connectWith().simpleAuth().username(key).password(bytes(secret)).applySimpleAuth().send();
		try {
			for (int i = 0; i < MESSAGES; i++) {
				client.publishWith()
					.topic("kaiwu/" + key + "/telemetry")
					.qos(MqttQos.AT_LEAST_ONCE)
					.payload(bytes("{\"values\":{\"pressure\":" + (100 + i) + "}}"))
					.send();
			}
		}
		finally {
			client.disconnect();
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.broker.status().messagesReceived())
				.isGreaterThanOrEqualTo(before + MESSAGES));
		this.rates.sample();

		JsonNode mqtt = mqtt(api, token);
		// the demo plant may publish too, so at least the device's messages
		assertThat(mqtt.get("messagesReceived").asLong()).isGreaterThanOrEqualTo(before + MESSAGES);
		assertThat(mqtt.get("state").asString()).isEqualTo("RUNNING");
		// the samples are at most a minute apart, and the messages came in between
		assertThat(mqtt.get("rateSeconds").asLong()).isBetween(0L, 60L);
		assertThat(mqtt.get("receivedPerSecond").asDouble()).isGreaterThanOrEqualTo(MESSAGES / 60.0);
		assertThat(mqtt.get("rejectedPerSecond").asDouble()).isGreaterThanOrEqualTo(0.0);
	}

	@Test
	void aTenantSeesTheRateAndErrorsOfItsOwnConnectionsOnly() throws Exception {
		Api api = new Api(this.port);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String owner = Tenants.fresh(api, "速率甲" + suffix).adminToken();
		String other = Tenants.fresh(api, "速率乙" + suffix).adminToken();
		String key = "rate-line-" + suffix;
		registerPress(api, owner, key);
		// nothing listens on the port, so every poll fails and counts as an error
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		String name = "line-" + suffix;
		Api.Answer created = api.post("/api/v1/connectors/modbus", owner, Map.of("name", name, "host", "127.0.0.1",
				"port", closed, "pollIntervalMs", 200, "timeoutMs", 500, "registers", List.of(Map.of("deviceKey", key,
						"property", "pressure", "table", "holding_register", "address", 0, "dataType", "float32")),
				"commands", List.of()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(connector(api, owner, "modbus:" + name).get("messagesRejected").asLong())
				.isPositive());
		this.rates.sample();
		long errors = connector(api, owner, "modbus:" + name).get("messagesRejected").asLong();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(connector(api, owner, "modbus:" + name).get("messagesRejected").asLong())
				.isGreaterThan(errors));
		this.rates.sample();

		JsonNode line = connector(api, owner, "modbus:" + name);
		assertThat(line.get("state").asString()).isEqualTo("FAILED");
		assertThat(line.get("lastError").asString()).isNotBlank();
		assertThat(line.get("rejectedPerSecond").asDouble()).isPositive();
		assertThat(line.get("receivedPerSecond").asDouble()).isZero();
		JsonNode status = api.get("/api/v1/connectors/modbus/" + created.json().get("id").asString(), owner)
			.json()
			.get("status");
		assertThat(status.get("errorsPerSecond").asDouble()).isPositive();

		Api.Answer seenByOther = api.get("/api/v1/connectors", other);
		assertThat(seenByOther.status()).isEqualTo(200);
		assertThat(seenByOther.body()).contains("\"mqtt\"").doesNotContain(name);
		api.delete("/api/v1/connectors/modbus/" + created.json().get("id").asString(), owner);
	}

	@Test
	void theConnectorsApiIsForEngineers() {
		Api api = new Api(this.port);
		assertThat(api.get("/api/v1/connectors", null).status()).isEqualTo(401);
	}

	/** A site, a press type with one property, and a press of that type. */
	private static void registerPress(Api api, String token, String key) {
		Api.Answer site = api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", key.toUpperCase(Locale.ROOT), "name", "速率工厂"));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		Api.Answer type = api.post("/api/v1/device-types", token, Map.of("code", key.toUpperCase(Locale.ROOT), "nameZh",
				"压机", "properties",
				List.of(Map.of("identifier", "pressure", "nameZh", "压力", "dataType", "DOUBLE", "unit", "bar"))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		Api.Answer device = api.post("/api/v1/devices", token, Map.of("key", key, "name", "压机", "typeId",
				type.json().get("id").asString(), "nodeId", site.json().get("id").asString()));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
	}

	private static JsonNode mqtt(Api api, String token) {
		return connector(api, token, "mqtt");
	}

	private static JsonNode connector(Api api, String token, String name) {
		Api.Answer answer = api.get("/api/v1/connectors", token);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		for (JsonNode connector : answer.json()) {
			if (connector.get("connector").asString().equals(name)) {
				return connector;
			}
		}
		throw new AssertionError("no connector " + name + " in " + answer.body());
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

}
