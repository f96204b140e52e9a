package io.kaiwu.device;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.kaiwu.connectivity.mqtt.MqttBroker;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kaiwu.device.DeviceFixtures.createDevice;
import static io.kaiwu.device.DeviceFixtures.createSite;
import static io.kaiwu.device.DeviceFixtures.createType;
import static io.kaiwu.device.DeviceFixtures.fields;
import static io.kaiwu.device.DeviceFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Commands over MQTT: a real MQTT 5 client plays the device, subscribes to its commands
 * and answers (or not).
 */
@KaiwuIntegrationTest
class DeviceCommandsIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	MqttBroker broker;

	@Autowired
	DeviceRegistry devices;

	@Test
	void commandsAreSentAnsweredFailedTimedOutAndAudited() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "指令测试 " + System.nanoTime());
		String token = tenant.adminToken();
		String type = createType(api, token, unique("CMD"));
		String site = createSite(api, token, unique("C").toUpperCase(Locale.ROOT));
		String key = unique("cmd");
		Api.Answer created = createDevice(api, token, key, type, site);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String secret = created.json().get("secret").asString();

		AtomicReference<String> mode = new AtomicReference<>("ok");
		Mqtt5BlockingClient device = MqttClient.builder()
			.useMqttVersion5()
			.identifier(key + "-" + UUID.randomUUID())
			.serverHost("127.0.0.1")
			.serverPort(this.broker.boundPort())
			.buildBlocking();
		device.connectWith().simpleAuth().username(key).password(bytes(secret)).applySimpleAuth().send();
		try {
			Mqtt5AsyncClient async = device.toAsync();
			async.subscribeWith()
				.topicFilter("kaiwu/" + key + "/commands/+")
				.qos(MqttQos.AT_LEAST_ONCE)
				.callback((p) -> {
					JsonNode command = JSON.readTree(p.getPayloadAsBytes());
					String id = command.get("id").asString();
					String reply = switch (mode.get()) {
						case "ok" ->
							"{\"ok\":true,\"result\":{\"applied\":" + command.get("params").get("value") + "}}";
						case "fail" -> "{\"ok\":false,\"error\":\"motor jammed\"}";
						default -> null;
					};
					if (reply != null && "setTarget".equals(command.get("service").asString())) {
						async.publishWith()
							.topic("kaiwu/" + key + "/commands/" + id + "/reply")
							.qos(MqttQos.AT_LEAST_ONCE)
							.payload(bytes(reply))
							.send();
					}
				})
				.send()
				.join();
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(this.devices.findByKey(key).orElseThrow().online()).isTrue());
			String path = "/api/v1/devices/" + key + "/services/setTarget";

			Api.Answer replied = api.post(path, token, Map.of("params", Map.of("value", 42)));
			assertThat(replied.status()).as(replied.body()).isEqualTo(200);
			assertThat(replied.json().get("state").asString()).isEqualTo("REPLIED");
			assertThat(replied.json().get("result").get("applied").asInt()).isEqualTo(42);
			assertThat(replied.json().get("params").get("value").asInt()).isEqualTo(42);

			mode.set("fail");
			Api.Answer failed = api.post(path, token, Map.of("params", Map.of("value", 7), "timeoutSeconds", 5));
			assertThat(failed.status()).as(failed.body()).isEqualTo(200);
			assertThat(failed.json().get("state").asString()).isEqualTo("FAILED");
			assertThat(failed.json().get("error").asString()).isEqualTo("motor jammed");

			mode.set("silent");
			Instant before = Instant.now();
			Api.Answer silent = api.post(path, token, Map.of("params", Map.of("value", 1), "timeoutSeconds", 1));
			assertThat(silent.status()).as(silent.body()).isEqualTo(200);
			assertThat(silent.json().get("state").asString()).isEqualTo("TIMED_OUT");
			assertThat(Duration.between(before, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(900));

			// bad parameters, unknown service, a bad timeout
			Api.Answer wrongType = api.post(path, token, Map.of("params", Map.of("value", "high")));
			assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(400);
			assertThat(fields(wrongType)).containsExactly("params.value");
			assertThat(fields(api.post(path, token, Map.of("params", Map.of("value", 500)))))
				.containsExactly("params.value");
			assertThat(fields(api.post(path, token, Map.of("params", Map.of())))).containsExactly("params.value");
			assertThat(fields(api.post(path, token, Map.of("params", Map.of("value", 1, "speed", 2)))))
				.containsExactly("params.speed");
			assertThat(fields(api.post(path, token, Map.of("params", Map.of("value", 1), "timeoutSeconds", 301))))
				.containsExactly("timeoutSeconds");
			assertThat(api.post("/api/v1/devices/" + key + "/services/selfDestruct", token, Map.of()).status())
				.isEqualTo(404);

			// newest first
			Api.Answer list = api.get("/api/v1/devices/" + key + "/commands", token);
			assertThat(list.status()).as(list.body()).isEqualTo(200);
			assertThat(list.json().get("total").asInt()).isEqualTo(3);
			assertThat(list.json().get("items").findValuesAsString("state")).containsExactly("TIMED_OUT", "FAILED",
					"REPLIED");

			// another tenant does not see the device
			Tenants.FreshTenant other = Tenants.fresh(api, "指令隔离 " + System.nanoTime());
			assertThat(api.post(path, other.adminToken(), Map.of("params", Map.of("value", 1))).status())
				.isEqualTo(404);
			assertThat(api.get("/api/v1/devices/" + key + "/commands", other.adminToken()).status()).isEqualTo(404);

			// every command and its outcome are audited
			Api.Answer audit = api.get("/api/v1/audit?entityType=device-command&size=50", token);
			assertThat(audit.json().get("total").asInt()).isEqualTo(6);
			assertThat(audit.body()).contains(replied.json().get("id").asString()).contains("motor jammed");
		}
		finally {
			device.disconnect();
		}
	}

	@Test
	void anOfflineDeviceIsRefusedAtOnce() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "离线指令 " + System.nanoTime());
		String token = tenant.adminToken();
		String type = createType(api, token, unique("OFF"));
		String site = createSite(api, token, unique("O").toUpperCase(Locale.ROOT));
		String key = unique("off");
		assertThat(createDevice(api, token, key, type, site).status()).isEqualTo(201);
		Instant before = Instant.now();
		Api.Answer refused = api.post("/api/v1/devices/" + key + "/services/setTarget", token,
				Map.of("params", Map.of("value", 5), "timeoutSeconds", 30));
		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains(key);
		assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(5));
		assertThat(api.get("/api/v1/devices/" + key + "/commands", token).json().get("total").asInt()).isZero();
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

}
