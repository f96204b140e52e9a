package io.kaiwu.connectivity.external;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import io.kaiwu.telemetry.TelemetryIngestion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Against the real Mosquitto on 127.0.0.1:1883 (.ci/run starts it): a separate client
 * plays the device and publishes there; Kaiwu's subscriber (started here with its own
 * client id and a topic of this run's device, so parallel runs do not meet) stores what
 * it receives. Messages published while the subscriber is stopped wait in its persistent
 * session and are stored exactly once after it starts again.
 */
@KaiwuIntegrationTest
class ExternalBrokerIntegrationTests {

	static final String MOSQUITTO = "127.0.0.1";

	@LocalServerPort
	int port;

	@Autowired
	TelemetryIngestion ingestion;

	@Autowired
	JdbcClient jdbc;

	@Test
	void telemetryFromMosquittoIsStoredAndQueuedMessagesSurviveAStop() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "外部代理 " + System.nanoTime());
		String token = tenant.adminToken();
		String key = device(api, token);
		ExternalBrokerSettings settings = settings("kaiwu/" + key + "/telemetry");
		Instant base = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);

		Mqtt5BlockingClient device = MqttClient.builder()
			.useMqttVersion5()
			.identifier("device-" + key)
			.serverHost(MOSQUITTO)
			.serverPort(1883)
			.buildBlocking();
		device.connect();
		ExternalBroker first = new ExternalBroker(settings, this.ingestion);
		ExternalBroker second = new ExternalBroker(settings, this.ingestion);
		try {
			first.start();
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(first.status().state()).isEqualTo(ConnectorStatus.State.RUNNING));
			publish(device, key, base, 20.5);
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stored(api, token, key)).hasSize(1));
			assertThat(first.status().messagesReceived()).isEqualTo(1);

			// Kaiwu away: Mosquitto queues for the persistent session
			first.stop();
			assertThat(first.status().state()).isEqualTo(ConnectorStatus.State.STOPPED);
			for (int i = 1; i <= 5; i++) {
				publish(device, key, base.plusSeconds(i), 20.5 + i);
			}
			assertThat(stored(api, token, key)).hasSize(1);

			second.start();
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stored(api, token, key)).hasSize(6));
			List<String> timestamps = stored(api, token, key);
			assertThat(new HashSet<>(timestamps)).hasSize(6);
			assertThat(second.status().messagesReceived()).isGreaterThanOrEqualTo(5);
			assertThat(second.status().messagesRejected()).isZero();
		}
		finally {
			second.stop();
			first.stop();
			device.disconnect();
		}
	}

	@Test
	void anUnknownDeviceKeyEndsInTheDeadLetters() {
		String ghost = "ghost-" + Long.toString(System.nanoTime(), 36);
		ExternalBroker connector = new ExternalBroker(settings("kaiwu/" + ghost + "/telemetry"), this.ingestion);
		Mqtt5BlockingClient device = MqttClient.builder()
			.useMqttVersion5()
			.identifier("device-" + ghost)
			.serverHost(MOSQUITTO)
			.serverPort(1883)
			.buildBlocking();
		device.connect();
		try {
			connector.start();
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(connector.status().state()).isEqualTo(ConnectorStatus.State.RUNNING));
			publish(device, ghost, Instant.now(), 1);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(this.jdbc
					.sql("SELECT COUNT(*) FROM telemetry_dead_letter WHERE device_key = ? AND connector = ?")
					.params(ghost, ExternalBroker.CONNECTOR)
					.query(Long.class)
					.single()).isEqualTo(1));
		}
		finally {
			connector.stop();
			device.disconnect();
		}
	}

	@Test
	void anUnreachableBrokerIsReportedAndRetried() {
		ExternalBrokerSettings unreachable = new ExternalBrokerSettings(true, MOSQUITTO, 1,
				"kaiwu-test-" + UUID.randomUUID(), null, null, "kaiwu/+/telemetry", 1, false, Duration.ofMinutes(5),
				Duration.ofSeconds(2));
		ExternalBroker connector = new ExternalBroker(unreachable, this.ingestion);
		try {
			connector.start();
			assertThat(connector.isRunning()).isTrue();
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(connector.status().lastError()).contains("127.0.0.1:1"));
			Instant firstFailure = connector.status().lastErrorAt();
			// the next attempt comes after the back-off and fails again
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(connector.status().lastErrorAt()).isAfter(firstFailure));
			assertThat(connector.status().state()).isNotEqualTo(ConnectorStatus.State.RUNNING);
		}
		finally {
			connector.stop();
		}
		assertThat(connector.status().state()).isEqualTo(ConnectorStatus.State.STOPPED);
	}

	private static ExternalBrokerSettings settings(String topicFilter) {
		// a session that outlives this test only briefly
		return new ExternalBrokerSettings(true, MOSQUITTO, 1883, "kaiwu-test-" + UUID.randomUUID(), null, null,
				topicFilter, 1, false, Duration.ofMinutes(5), Duration.ofSeconds(5));
	}

	private static void publish(Mqtt5BlockingClient device, String key, Instant ts, double value) {
		device.publishWith()
			.topic("kaiwu/" + key + "/telemetry")
			.qos(MqttQos.AT_LEAST_ONCE)
			.payload(("{\"ts\":" + ts.toEpochMilli() + ",\"values\":{\"temperature\":" + value + "}}")
				.getBytes(StandardCharsets.UTF_8))
			.send();
	}

	/** The stored timestamps of the device's temperature in the last ten minutes. */
	private static List<String> stored(Api api, String token, String key) {
		Instant now = Instant.now();
		JsonNode page = api
			.get("/api/v1/devices/" + key + "/telemetry/temperature?size=100&from=" + now.minus(Duration.ofMinutes(10))
					+ "&to=" + now.plusSeconds(60), token)
			.json();
		List<String> ts = new ArrayList<>();
		for (JsonNode point : page.get("items")) {
			ts.add(point.get("ts").asString());
		}
		return ts;
	}

	private static String device(Api api, String token) {
		String code = ("X" + Long.toString(System.nanoTime(), 36)).toUpperCase(Locale.ROOT);
		Api.Answer site = api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", code, "name", "外部代理工厂"));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		Api.Answer type = api.post("/api/v1/device-types", token, Map.of("code", code, "nameZh", "外部代理测试", "properties",
				List.of(Map.of("identifier", "temperature", "nameZh", "温度", "dataType", "DOUBLE"))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		String key = "ext-" + code.toLowerCase(Locale.ROOT);
		Api.Answer device = api.post("/api/v1/devices", token, Map.of("key", key, "name", "设备 " + key, "typeId",
				type.json().get("id").asString(), "nodeId", site.json().get("id").asString()));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		return key;
	}

}
