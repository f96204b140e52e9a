package io.kaiwu.connectivity;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.kaiwu.connectivity.mqtt.MqttBroker;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.registry.OfflineSweep;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The offline sweep marks silent devices offline, but not one with an open MQTT
 * connection: the broker's heartbeat keeps it seen.
 */
@KaiwuIntegrationTest
class OfflineSweepIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OfflineSweep sweep;

	@Autowired
	MqttBroker broker;

	@Autowired
	DeviceRegistry devices;

	@Autowired
	JdbcClient jdbc;

	@Test
	void silentDevicesGoOfflineConnectedOnesStayOnline() {
		Api api = new Api(this.port);
		String token = Tenants.fresh(api, unique("离线扫描企业")).adminToken();
		Api.Answer site = api.post("/api/v1/structure/nodes", token, Map.of("level", "SITE", "code",
				unique("OS").toUpperCase(Locale.ROOT), "name", "扫描工厂", "timeZone", "Asia/Shanghai"));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		Api.Answer type = api.post("/api/v1/device-types", token,
				Map.of("code", unique("OS").toUpperCase(Locale.ROOT), "nameZh", "扫描测试", "properties",
						List.of(Map.of("identifier", "temperature", "nameZh", "温度", "dataType", "DOUBLE"))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		String[] silent = device(api, token, type, site);
		String[] recent = device(api, token, type, site);
		String[] connected = device(api, token, type, site);

		Instant now = Instant.now();
		assertThat(this.devices.markSeen(silent[0], now.minus(10, ChronoUnit.MINUTES))).isTrue();
		assertThat(this.devices.markSeen(recent[0], now)).isTrue();
		Mqtt5BlockingClient client = MqttClient.builder()
			.useMqttVersion5()
			.identifier(connected[0] + "-" + UUID.randomUUID())
			.serverHost("127.0.0.1")
			.serverPort(this.broker.boundPort())
			.buildBlocking();
		client.connectWith()
			.simpleAuth()
			.username(connected[0])
			.password(connected[1].getBytes(StandardCharsets.UTF_8))
			.applySimpleAuth()
			.send();
		try {
			// the connect is recorded off the broker's thread
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(this.devices.findByKey(connected[0]).orElseThrow().online()).isTrue());
			// connected, but quiet for ten minutes
			this.jdbc.sql("UPDATE device SET last_seen_at = ? WHERE device_key = ?")
				.params(Timestamp.from(now.minus(10, ChronoUnit.MINUTES)), connected[0])
				.update();
			assertThat(this.devices.findByKey(connected[0]).orElseThrow().lastSeenAt())
				.isBefore(now.minus(5, ChronoUnit.MINUTES));

			assertThat(this.broker.heartbeat()).isPositive();
			assertThat(this.sweep.sweep()).isPositive();

			assertThat(this.devices.findByKey(silent[0]).orElseThrow().online()).isFalse();
			assertThat(this.devices.findByKey(recent[0]).orElseThrow().online()).isTrue();
			assertThat(this.devices.findByKey(connected[0]).orElseThrow().online()).isTrue();
			assertThat(this.devices.findByKey(connected[0]).orElseThrow().lastSeenAt())
				.isAfter(now.minus(1, ChronoUnit.MINUTES));
			// a second sweep finds nothing new of these
			this.sweep.sweep();
			assertThat(this.devices.findByKey(recent[0]).orElseThrow().online()).isTrue();
		}
		finally {
			client.disconnect();
		}
	}

	private static String[] device(Api api, String token, Api.Answer type, Api.Answer site) {
		String key = unique("os");
		Api.Answer created = api.post("/api/v1/devices", token, Map.of("key", key, "name", "设备 " + key, "typeId",
				type.json().get("id").asString(), "nodeId", site.json().get("id").asString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new String[] { key, created.json().get("secret").asString() };
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
